package io.github.schedkit.core.webhooks;

/** The signed timestamp is further from the current time than the configured tolerance: a stale (possibly replayed) or future-dated delivery. */
public class TimestampOutsideToleranceException extends WebhookVerificationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   */
  public TimestampOutsideToleranceException(String message) {
    super(message);
  }
}
