package io.github.schedkit.core.webhooks;

/** The signature header is present but cannot be parsed (no timestamp, a non-numeric timestamp, or no signature of a supported scheme). */
public class MalformedSignatureException extends WebhookVerificationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   */
  public MalformedSignatureException(String message) {
    super(message);
  }
}
