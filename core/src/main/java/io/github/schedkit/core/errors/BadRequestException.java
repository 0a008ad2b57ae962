package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;

/** HTTP 400 Bad Request: the request was unacceptable, often because a required parameter is missing. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   */
  public BadRequestException(OperationInfo operation, Headers headers, String body, int attempts) {
    super(operation, 400, headers, body, attempts);
  }
}
