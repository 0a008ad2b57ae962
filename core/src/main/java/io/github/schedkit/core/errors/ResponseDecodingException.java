package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;

/**
 * The server answered with a success status, but the body is not valid JSON for the expected
 * model (for example an HTML page, truncated JSON, or a value of the wrong type).
 */
public class ResponseDecodingException extends SchedkitException {
  private static final long serialVersionUID = 1L;

  private final transient OperationInfo operation;

  /**
   * Creates the exception.
   *
   * @param operation the operation whose response could not be decoded
   * @param expected the type that was expected, such as {@code Booking}
   * @param cause the parse failure
   */
  public ResponseDecodingException(OperationInfo operation, String expected, Throwable cause) {
    super(
        "could not decode the response of "
            + operation
            + " as "
            + expected
            + ": "
            + cause.getMessage(),
        cause);
    this.operation = operation;
  }

  /**
   * Returns the operation whose response could not be decoded.
   *
   * @return the operation
   */
  public OperationInfo operation() {
    return operation;
  }
}
