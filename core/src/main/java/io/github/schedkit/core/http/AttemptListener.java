package io.github.schedkit.core.http;

/**
 * Hears each attempt of each call: every time a request is sent, including the retries the retry
 * policy makes. Set one with {@code .attemptListener(..)} on a client builder to feed metrics or
 * logs. An {@link AttemptEvent} names the operation, never a credential, a query value or a body.
 *
 * <p>Called on the thread that made the attempt (the caller's for {@code execute()}, an OkHttp
 * dispatcher thread for {@code enqueue()}), right after the attempt ended and before any wait for
 * the next one. Keep it quick. An exception it throws is ignored, so a broken listener never fails
 * a call.
 */
@FunctionalInterface
public interface AttemptListener {
  /** A listener that ignores every attempt. */
  AttemptListener NONE = event -> {};

  /**
   * Receives one attempt.
   *
   * @param event what happened
   */
  void onAttempt(AttemptEvent event);
}
