package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;

/** HTTP 5xx: something went wrong on the server's side. Safe to retry later for reads. */
public class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param statusCode the 5xx status code
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   */
  public InternalServerException(
      OperationInfo operation, int statusCode, Headers headers, String body, int attempts) {
    super(operation, statusCode, headers, body, attempts);
  }
}
