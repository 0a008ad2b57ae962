package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import java.io.InterruptedIOException;

/**
 * A connect, read, write or whole-call timeout expired before the exchange completed. Whether the
 * server acted on the request is unknown.
 */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that timed out
   * @param attempts how many times the request was sent
   * @param cause the timeout
   */
  public ApiTimeoutException(OperationInfo operation, int attempts, InterruptedIOException cause) {
    super(operation, attempts, cause, "timed out");
  }
}
