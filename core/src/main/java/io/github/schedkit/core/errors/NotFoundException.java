package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;

/** HTTP 404 Not Found: the requested resource does not exist. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   */
  public NotFoundException(OperationInfo operation, Headers headers, String body, int attempts) {
    super(operation, 404, headers, body, attempts);
  }
}
