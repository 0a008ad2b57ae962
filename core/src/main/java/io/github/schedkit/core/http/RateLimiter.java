package io.github.schedkit.core.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A client-side rate limiter: keeps the requests of one client, or of every client it is given
 * to, under limits such as "50 per second and 500 per minute", by delaying requests rather than
 * failing them. Thread-safe; share one instance between the clients of an application.
 *
 * <pre>{@code
 * RateLimiter limiter = RateLimiter.builder()
 *     .limit(50, Duration.ofSeconds(1))
 *     .limit(500, Duration.ofMinutes(1))
 *     .build();
 * JicooClient a = JicooClient.builder().apiKey(key).rateLimiter(limiter).build();
 * }</pre>
 *
 * <p>Every request sent counts, retries and token refreshes included. Requests go in the order
 * they asked: each takes the earliest time at which no window of any limit would hold more than
 * its number of requests, each window taken {@link Builder#margin(Duration) a margin} longer to
 * absorb network jitter. A request waits on its calling thread (for {@code enqueue}, the OkHttp
 * dispatcher thread), and the wait counts toward the call's timeout. When {@link
 * Builder#maxQueued(int)} requests are already waiting, the next one fails at once with {@link
 * io.github.schedkit.core.errors.RateLimiterFullException}, and nothing is sent.
 */
public final class RateLimiter {
  /** Returned by {@link #reserve()} when the queue is full. */
  static final long FULL = -1;

  private final Window[] windows;
  private final int maxQueued;
  private final long marginNanos;
  private final LongSupplier ticker;
  private final String description;
  private long lastReserved = Long.MIN_VALUE;
  private int queued;

  private RateLimiter(Builder builder, LongSupplier ticker) {
    this.windows = builder.windows.toArray(new Window[0]);
    this.maxQueued = builder.maxQueued;
    this.marginNanos = builder.margin.toNanos();
    this.ticker = ticker;
    StringBuilder text = new StringBuilder("RateLimiter{");
    for (Window window : windows) {
      text.append(window).append(", ");
    }
    this.description = text.append("maxQueued=").append(maxQueued).append(", margin=").append(builder.margin).append('}').toString();
  }

  /**
   * Starts a limiter; add at least one {@link Builder#limit(int, Duration)}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many requests may wait at once.
   *
   * @return the queue size
   */
  public int maxQueued() {
    return maxQueued;
  }

  /**
   * Takes the earliest free sending time and returns how long to wait for it, or {@link #FULL}
   * when that would mean waiting while {@link #maxQueued()} requests already wait. A caller that
   * waits calls {@link #finishedWaiting()} afterwards.
   */
  synchronized long reserve() {
    long now = ticker.getAsLong();
    long at = Math.max(now, lastReserved);
    for (Window window : windows) {
      at = Math.max(at, window.earliest(marginNanos));
    }
    if (at > now && queued >= maxQueued) {
      return FULL;
    }
    for (Window window : windows) {
      window.record(at);
    }
    lastReserved = at;
    if (at > now) {
      queued++;
    }
    return at - now;
  }

  /** Frees the queue place of a request that waited. */
  synchronized void finishedWaiting() {
    queued--;
  }

  /** Shows the limits and the queue size. */
  @Override
  public String toString() {
    return description;
  }

  /** At most {@code permits} sending times within any {@code length}: the last ones, in a ring. */
  private static final class Window {
    private final long[] times;
    private final long lengthNanos;
    private final Duration length;
    private int next;
    private int count;

    Window(int permits, Duration length) {
      this.times = new long[permits];
      this.length = length;
      this.lengthNanos = length.toNanos();
    }

    /** The earliest time a new request fits, or {@code Long.MIN_VALUE} while the window has room. */
    long earliest(long marginNanos) {
      return count < times.length ? Long.MIN_VALUE : times[next] + lengthNanos + marginNanos;
    }

    void record(long time) {
      times[next] = time;
      next = (next + 1) % times.length;
      count = Math.min(count + 1, times.length);
    }

    @Override
    public String toString() {
      return times.length + " per " + length;
    }
  }

  /** Builds a {@link RateLimiter}. */
  public static final class Builder {
    private final List<Window> windows = new ArrayList<>();
    private int maxQueued = 500;
    private Duration margin = Duration.ofMillis(100);

    private Builder() {}

    /**
     * Adds a limit: at most {@code permits} requests within any period of {@code per}.
     *
     * @param permits 1 or more
     * @param per the period, positive
     * @return this builder
     */
    public Builder limit(int permits, Duration per) {
      if (permits < 1) {
        throw new IllegalArgumentException("permits must be at least 1, got " + permits);
      }
      Objects.requireNonNull(per, "per");
      if (per.isNegative() || per.isZero()) {
        throw new IllegalArgumentException("per must be positive, got " + per);
      }
      windows.add(new Window(permits, per));
      return this;
    }

    /**
     * Sets how many requests may wait at once; the next one fails with {@link
     * io.github.schedkit.core.errors.RateLimiterFullException}.
     *
     * @param maxQueued 0 or more; default 500
     * @return this builder
     */
    public Builder maxQueued(int maxQueued) {
      if (maxQueued < 0) {
        throw new IllegalArgumentException("maxQueued must not be negative, got " + maxQueued);
      }
      this.maxQueued = maxQueued;
      return this;
    }

    /**
     * Sets how much longer than its period each limit's window is taken, so that requests that
     * reach the server a little earlier or later than sent still fit its limits.
     *
     * @param margin 0 or more; default 100 ms
     * @return this builder
     */
    public Builder margin(Duration margin) {
      Objects.requireNonNull(margin, "margin");
      if (margin.isNegative()) {
        throw new IllegalArgumentException("margin must not be negative, got " + margin);
      }
      this.margin = margin;
      return this;
    }

    /**
     * Builds the limiter.
     *
     * @return the limiter
     * @throws IllegalStateException if no limit was added
     */
    public RateLimiter build() {
      return build(System::nanoTime);
    }

    /** Builds the limiter on another clock; for tests. */
    RateLimiter build(LongSupplier ticker) {
      if (windows.isEmpty()) {
        throw new IllegalStateException("a RateLimiter needs at least one limit: call .limit(permits, per)");
      }
      return new RateLimiter(this, ticker);
    }
  }
}
