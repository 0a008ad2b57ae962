package io.github.schedkit.core.http;

import java.time.Duration;

/** Waits between retries; replaceable in tests so they take milliseconds. */
public interface Sleeper {
  /** Sleeps with {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits.
   *
   * @param duration how long
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
