package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;

/** HTTP 422 Unprocessable Entity: the request was well-formed but failed validation; {@link #body()} says which fields. */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   */
  public UnprocessableEntityException(OperationInfo operation, Headers headers, String body, int attempts) {
    super(operation, 422, headers, body, attempts);
  }
}
