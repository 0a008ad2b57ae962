package io.github.schedkit.core.webhooks;

/** No signature in the header matches the payload signed with any configured secret. */
public class SignatureMismatchException extends WebhookVerificationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   */
  public SignatureMismatchException(String message) {
    super(message);
  }
}
