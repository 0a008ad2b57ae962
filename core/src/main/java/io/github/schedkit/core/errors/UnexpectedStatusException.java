package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;

/** An HTTP status that is neither a success nor one of the statuses with a class of its own. */
public class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param statusCode the status code
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   */
  public UnexpectedStatusException(
      OperationInfo operation, int statusCode, Headers headers, String body, int attempts) {
    super(operation, statusCode, headers, body, attempts);
  }
}
