package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;

/** HTTP 402: the parameters were valid but the request failed (Jicoo "Request Failed"; Cronofy: the feature needs another plan). */
public class PaymentRequiredException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   */
  public PaymentRequiredException(OperationInfo operation, Headers headers, String body, int attempts) {
    super(operation, 402, headers, body, attempts);
  }
}
