package io.github.schedkit.core.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * Runs the attempts of one {@code enqueue}d call: each attempt is its own OkHttp call, and the
 * wait before a retry is scheduled on the client's {@link ClientResources} scheduler instead of
 * sleeping in an OkHttp dispatcher thread, so a waiting retry holds no dispatcher slot. The whole
 * call's timeout covers every attempt and wait, as it does for {@code execute()}.
 */
final class ScheduledAttempts implements Callback {
  /** Creates the OkHttp call of each attempt. */
  interface Attempts {
    /**
     * Returns a new call for the next attempt, registered so that cancelling the {@code ApiCall}
     * cancels it.
     *
     * @param timeoutMillis the time left for the whole call, or 0 for no timeout
     */
    Call next(long timeoutMillis);

    /** Tells whether the {@code ApiCall} was cancelled. */
    boolean canceled();
  }

  /** Receives the outcome of the last attempt. */
  interface Outcome {
    void response(Response response);

    void failure(IOException failure);
  }

  private final ClientResources resources;
  private final DeferredRetry deferred;
  private final Attempts attempts;
  private final Outcome outcome;
  private final long deadlineNanos;

  private ScheduledAttempts(
      ClientResources resources, DeferredRetry deferred, Attempts attempts, Outcome outcome, long timeoutMillis) {
    this.resources = resources;
    this.deferred = deferred;
    this.attempts = attempts;
    this.outcome = outcome;
    this.deadlineNanos = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
  }

  /**
   * Sends the first attempt.
   *
   * @param timeoutMillis the whole call's timeout, or 0 for none
   */
  static void start(
      ClientResources resources, DeferredRetry deferred, Attempts attempts, Outcome outcome, long timeoutMillis) {
    new ScheduledAttempts(resources, deferred, attempts, outcome, timeoutMillis).send();
  }

  private void send() {
    if (resources.isClosed()) {
      outcome.failure(new InterruptedIOException("the client was closed"));
      return;
    }
    long timeoutMillis = 0;
    if (deadlineNanos != 0) {
      timeoutMillis = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
      if (timeoutMillis <= 0) {
        outcome.failure(new InterruptedIOException("timeout"));
        return;
      }
    }
    attempts.next(timeoutMillis).enqueue(this);
  }

  @Override
  public void onResponse(Call call, Response response) {
    Duration wait = deferred.take();
    if (wait == null) {
      outcome.response(response);
      return;
    }
    response.close();
    retryAfter(wait);
  }

  @Override
  public void onFailure(Call call, IOException failure) {
    Duration wait = deferred.take();
    if (wait == null || call.isCanceled()) {
      outcome.failure(failure);
      return;
    }
    retryAfter(wait);
  }

  private void retryAfter(Duration wait) {
    if (attempts.canceled()) {
      outcome.failure(new IOException("Canceled"));
      return;
    }
    if (deadlineNanos != 0 && System.nanoTime() + wait.toNanos() >= deadlineNanos) {
      outcome.failure(new InterruptedIOException("timeout"));
      return;
    }
    try {
      resources.schedule(this::send, wait.toMillis());
    } catch (RejectedExecutionException closed) {
      outcome.failure(new InterruptedIOException("the client was closed"));
    }
  }
}
