package io.github.schedkit.core.webhooks;

import io.github.schedkit.core.errors.SchedkitException;

/**
 * A webhook or push notification failed verification; reject it (for example with HTTP 400).
 * Each subclass names one way of failing.
 */
public class WebhookVerificationException extends SchedkitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   */
  public WebhookVerificationException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed
   * @param cause the underlying failure
   */
  public WebhookVerificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
