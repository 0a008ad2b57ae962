package io.github.schedkit.core.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Tags the request of an {@code enqueue}d call: the {@link RetryInterceptor} then makes one
 * attempt per OkHttp call and, instead of sleeping in the dispatcher thread, records here how long
 * to wait before the retry, which {@link ScheduledAttempts} then schedules.
 */
final class DeferredRetry {
  private final AtomicReference<Duration> wait = new AtomicReference<>();

  /** Asks for a retry after {@code duration}. */
  void defer(Duration duration) {
    wait.set(duration);
  }

  /** Returns the wait asked for by the last attempt and forgets it; {@code null} when none. */
  @Nullable Duration take() {
    return wait.getAndSet(null);
  }
}
