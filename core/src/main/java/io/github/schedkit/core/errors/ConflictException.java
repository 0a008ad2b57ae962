package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;

/** HTTP 409 Conflict: the request conflicts with the current state, such as a slot that is no longer available. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   */
  public ConflictException(OperationInfo operation, Headers headers, String body, int attempts) {
    super(operation, 409, headers, body, attempts);
  }
}
