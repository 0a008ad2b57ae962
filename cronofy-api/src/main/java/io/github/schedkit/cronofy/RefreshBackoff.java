package io.github.schedkit.cronofy;

import io.github.schedkit.core.errors.SchedkitException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * How long automatic refreshes wait after refreshes that failed without being rejected (5xx,
 * 429, timeouts, connection failures): {@value #FIRST_SECONDS} s after the first failure, doubling
 * with each further failure of the same tokens up to {@value #MAX_SECONDS} s. Until then, calls
 * that need a refresh fail at once with the last failure as cause, without a token request. Not
 * thread-safe: the {@link TokenRefreshInterceptor} uses it under its lock.
 */
final class RefreshBackoff {
  static final long FIRST_SECONDS = 1;
  static final long MAX_SECONDS = 30;

  private final LongSupplier ticker;
  private CronofyTokens failedTokens;
  private SchedkitException lastFailure;
  private int failures;
  private long notBeforeNanos;

  RefreshBackoff(LongSupplier ticker) {
    this.ticker = ticker;
  }

  /** The last failure while a refresh of {@code tokens} must still wait, otherwise {@code null}. */
  SchedkitException pending(CronofyTokens tokens) {
    if (lastFailure == null || failedTokens != tokens || ticker.getAsLong() - notBeforeNanos >= 0) {
      return null;
    }
    return lastFailure;
  }

  /** Records a failed refresh of {@code tokens} and starts the wait before the next one. */
  void failed(CronofyTokens tokens, SchedkitException failure) {
    failures = failedTokens == tokens ? failures + 1 : 1;
    failedTokens = tokens;
    lastFailure = failure;
    long seconds = Math.min(FIRST_SECONDS << Math.min(failures - 1, 10), MAX_SECONDS);
    notBeforeNanos = ticker.getAsLong() + TimeUnit.SECONDS.toNanos(seconds);
  }

  /** Forgets the failures after a successful refresh. */
  void succeeded() {
    failedTokens = null;
    lastFailure = null;
    failures = 0;
  }
}
