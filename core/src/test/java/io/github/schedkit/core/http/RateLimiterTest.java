package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter's arithmetic, on a clock the test moves; no request here ever waits. */
class RateLimiterTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  private final AtomicLong now = new AtomicLong(1_000 * SECOND);

  private RateLimiter.Permit acquire(RateLimiter limiter) throws Exception {
    RateLimiter.Permit permit = limiter.acquire(() -> true);
    assertNotNull(permit);
    return permit;
  }

  @Test
  void aRequestCountsWhileInFlightAndForThePeriodAfterItsAnswer() throws Exception {
    RateLimiter limiter = RateLimiter.builder().limit(2, Duration.ofSeconds(1)).margin(Duration.ZERO).build(now::get);

    RateLimiter.Permit first = acquire(limiter);
    acquire(limiter);
    assertEquals(Long.MAX_VALUE, limiter.waitNanos(), "both in flight: wait for an answer");

    now.addAndGet(SECOND / 2);
    limiter.release(first);
    assertEquals(SECOND, limiter.waitNanos(), "the answered one counts for a period after its answer");

    now.addAndGet(SECOND);
    assertEquals(0, limiter.waitNanos());
  }

  @Test
  void everyLimitHoldsAndTheMarginLengthensEachPeriod() throws Exception {
    RateLimiter limiter =
        RateLimiter.builder()
            .limit(2, Duration.ofSeconds(1))
            .limit(3, Duration.ofSeconds(10))
            .margin(Duration.ofMillis(100))
            .build(now::get);

    limiter.release(acquire(limiter));
    limiter.release(acquire(limiter));
    assertEquals(SECOND + TimeUnit.MILLISECONDS.toNanos(100), limiter.waitNanos());
    now.addAndGet(SECOND + TimeUnit.MILLISECONDS.toNanos(100));
    limiter.release(acquire(limiter));
    // the 10-second limit is full now: 10.1 s after the first answer
    assertEquals(9 * SECOND, limiter.waitNanos());
  }

  @Test
  void aFullQueueRefusesAtOnce() throws Exception {
    RateLimiter limiter =
        RateLimiter.builder().limit(1, Duration.ofSeconds(1)).maxQueued(0).build(now::get);

    acquire(limiter);

    assertNull(limiter.acquire(() -> true));
  }

  @Test
  void aWaiterThatGivesUpLeavesTheLine() throws Exception {
    RateLimiter limiter = RateLimiter.builder().limit(1, Duration.ofSeconds(1)).margin(Duration.ZERO).build(now::get);
    RateLimiter.Permit first = acquire(limiter);

    assertEquals("Canceled", assertThrows(java.io.IOException.class, () -> limiter.acquire(() -> true)).getMessage());

    limiter.release(first);
    now.addAndGet(SECOND);
    // the line is empty again, so the next request goes at once
    acquire(limiter);
  }

  @Test
  void badSettingsAreRefusedByName() {
    assertEquals(
        "a RateLimiter needs at least one limit: call .limit(permits, per)",
        assertThrows(IllegalStateException.class, () -> RateLimiter.builder().build()).getMessage());
    assertEquals(
        "permits must be at least 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> RateLimiter.builder().limit(0, Duration.ofSeconds(1)))
            .getMessage());
    assertEquals(
        "per must be positive, got PT0S",
        assertThrows(IllegalArgumentException.class, () -> RateLimiter.builder().limit(1, Duration.ZERO)).getMessage());
  }
}
