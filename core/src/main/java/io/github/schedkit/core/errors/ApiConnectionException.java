package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import java.io.IOException;

/**
 * No usable HTTP response arrived: the connection was refused, reset or closed early, DNS failed,
 * or TLS could not be set up. The cause is the underlying {@link IOException}.
 */
public class ApiConnectionException extends SchedkitException {
  private static final long serialVersionUID = 1L;

  private final transient OperationInfo operation;
  /** How many times the request was sent. */
  private final int attempts;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param attempts how many times the request was sent
   * @param cause the I/O failure
   */
  public ApiConnectionException(OperationInfo operation, int attempts, IOException cause) {
    this(operation, attempts, cause, "could not complete the HTTP exchange");
  }

  /**
   * Creates the exception with a description of the kind of failure.
   *
   * @param operation the operation that failed
   * @param attempts how many times the request was sent
   * @param cause the I/O failure
   * @param what a short description of the failure
   */
  protected ApiConnectionException(
      OperationInfo operation, int attempts, IOException cause, String what) {
    super(
        operation
            + " failed: "
            + what
            + (attempts > 1 ? " after " + attempts + " attempts" : "")
            + " ("
            + cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
            + ")",
        cause);
    this.operation = operation;
    this.attempts = attempts;
  }

  /**
   * Returns the operation that failed.
   *
   * @return the operation
   */
  public OperationInfo operation() {
    return operation;
  }

  /**
   * Returns how many times the request was sent.
   *
   * @return the attempt count, at least 1
   */
  public int attempts() {
    return attempts;
  }
}
