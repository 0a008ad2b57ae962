package io.github.schedkit.core.webhooks;

import org.jspecify.annotations.Nullable;

/** The signature is valid but the payload is not a well-formed event. */
public class WebhookPayloadException extends WebhookVerificationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the payload
   * @param cause the parse failure, may be {@code null}
   */
  public WebhookPayloadException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
