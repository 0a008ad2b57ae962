package io.github.schedkit.core.webhooks;

/** The request has no signature header, or it is empty. */
public class MissingSignatureException extends WebhookVerificationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   */
  public MissingSignatureException(String message) {
    super(message);
  }
}
