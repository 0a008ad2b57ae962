package io.github.schedkit.core.http;

import io.github.schedkit.core.OperationInfo;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a call, as an {@link AttemptListener} hears it: the operation (operationId,
 * method and path template), the attempt number, the outcome (an HTTP status or a failure), how
 * long the attempt took, and whether and after what wait the request is sent again.
 *
 * <p>Holds no credential, no URL with identifiers or query values, and no body.
 */
public final class AttemptEvent {
  private final OperationInfo operation;
  private final int attempt;
  private final int statusCode;
  private final @Nullable String failure;
  private final Duration duration;
  private final @Nullable String retryReason;
  private final @Nullable Duration retryWait;

  AttemptEvent(
      OperationInfo operation,
      int attempt,
      int statusCode,
      @Nullable String failure,
      Duration duration,
      @Nullable String retryReason,
      @Nullable Duration retryWait) {
    this.operation = operation;
    this.attempt = attempt;
    this.statusCode = statusCode;
    this.failure = failure;
    this.duration = duration;
    this.retryReason = retryReason;
    this.retryWait = retryWait;
  }

  /**
   * Returns the operation.
   *
   * @return the operationId, method and path template
   */
  public OperationInfo operation() {
    return operation;
  }

  /**
   * Returns the spec's operationId.
   *
   * @return such as {@code getBooking}
   */
  public String operationId() {
    return operation.operationId();
  }

  /**
   * Returns the HTTP method.
   *
   * @return such as {@code GET}
   */
  public String method() {
    return operation.method();
  }

  /**
   * Returns the path template, never the concrete URL.
   *
   * @return such as {@code /v1/bookings/{uid}}
   */
  public String pathTemplate() {
    return operation.pathTemplate();
  }

  /**
   * Returns which attempt of the call this was.
   *
   * @return 1 for the first request, 2 for the first retry, ...
   */
  public int attempt() {
    return attempt;
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the status, or 0 when the attempt failed without a response (see {@link #failure()})
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns what made the attempt fail without a response.
   *
   * @return the kind of failure, such as {@code SocketTimeoutException}, or {@code null} when a
   *     response arrived
   */
  public @Nullable String failure() {
    return failure;
  }

  /**
   * Returns how long the attempt took, from sending the request (including any wait for the
   * client-side rate limiter and a token refresh on the way) to the response headers or the
   * failure.
   *
   * @return the duration
   */
  public Duration duration() {
    return duration;
  }

  /**
   * Tells whether the request is sent again after this attempt.
   *
   * @return {@code true} when a retry follows
   */
  public boolean willRetry() {
    return retryReason != null;
  }

  /**
   * Returns why the request is sent again.
   *
   * @return such as {@code HTTP 429} or {@code ConnectException}, or {@code null} when no retry
   *     follows
   */
  public @Nullable String retryReason() {
    return retryReason;
  }

  /**
   * Returns how long the client waits before the retry.
   *
   * @return the wait ({@code Retry-After} or backoff), or {@code null} when no retry follows
   */
  public @Nullable Duration retryWait() {
    return retryWait;
  }

  /** Shows the operation, attempt, outcome, duration and retry decision. */
  @Override
  public String toString() {
    return operation
        + " attempt "
        + attempt
        + ": "
        + (failure != null ? failure : "HTTP " + statusCode)
        + " in "
        + duration.toMillis()
        + " ms"
        + (retryReason == null ? "" : ", retrying in " + retryWait.toMillis() + " ms (" + retryReason + ")");
  }
}
