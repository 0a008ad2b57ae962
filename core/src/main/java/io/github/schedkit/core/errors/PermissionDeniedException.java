package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;

/** HTTP 403 Forbidden: the credential is valid but may not perform this request. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   */
  public PermissionDeniedException(OperationInfo operation, Headers headers, String body, int attempts) {
    super(operation, 403, headers, body, attempts);
  }
}
