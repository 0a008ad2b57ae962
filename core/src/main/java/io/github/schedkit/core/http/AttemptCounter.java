package io.github.schedkit.core.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the times one {@code ApiCall}'s request was sent. Carried as a request tag; the retry
 * policy increments it, and exceptions report it.
 */
public final class AttemptCounter {
  private final AtomicInteger attempts = new AtomicInteger();

  /** Creates a counter at zero. */
  public AttemptCounter() {}

  /**
   * Records one more attempt.
   *
   * @return the number of attempts so far
   */
  public int increment() {
    return attempts.incrementAndGet();
  }

  /**
   * Returns the number of attempts, at least 1 once anything was sent.
   *
   * @return the attempts
   */
  public int get() {
    return Math.max(1, attempts.get());
  }
}
