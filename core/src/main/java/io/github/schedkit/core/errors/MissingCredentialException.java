package io.github.schedkit.core.errors;

/**
 * An operation needs a credential that was not configured on the client. Thrown before any
 * request is sent; the message names the builder setting to add.
 */
public class MissingCredentialException extends SchedkitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which operation needs which builder setting
   */
  public MissingCredentialException(String message) {
    super(message);
  }
}
