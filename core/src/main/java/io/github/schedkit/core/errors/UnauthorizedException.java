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

  /**
   * Creates the exception with a message that ends with {@code detail} instead of the body
   * excerpt, for subclasses that know more about why the credential failed.
   *
   * @param operation the operation that failed
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   * @param detail what the message says after the status
   */
  protected UnauthorizedException(
      OperationInfo operation, Headers headers, String body, int attempts, String detail) {
    super(operation, 401, headers, body, attempts, detail);
  }
}
