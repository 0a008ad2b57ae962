package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;

/** HTTP 401 Unauthorized: no valid credential was provided (a missing, wrong, revoked or expired key or token). */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   */
  public UnauthorizedException(OperationInfo operation, Headers headers, String body, int attempts) {
    super(operation, 401, headers, body, attempts);
  }
}
