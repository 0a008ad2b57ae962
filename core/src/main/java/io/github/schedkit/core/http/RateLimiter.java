package io.github.schedkit.core.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

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
 * they asked. Since the client cannot know when the server received a request, only that it was
 * after sending and before answering, a request counts within a limit's period from when it was
 * sent until that period (plus {@link Builder#margin(Duration) a margin}) has passed after its
 * response arrived; a request is sent only when fewer than the limit's number of requests count.
 * So no period of the server's clock sees more than the limit, whatever the network's delays, at
 * the cost of a little throughput. A request waits on its calling thread (for {@code enqueue},
 * the OkHttp dispatcher thread), and the wait counts toward the call's timeout. When {@link
 * Builder#maxQueued(int)} requests are already waiting, the next one fails at once with {@link
 * io.github.schedkit.core.errors.RateLimiterFullException}, and nothing is sent.
 */
public final class RateLimiter {
  private static final long IN_FLIGHT = Long.MAX_VALUE;
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final int[] permits;
  private final long[] periodNanos;
  private final long longestNanos;
  private final int maxQueued;
  private final long marginNanos;
  private final LongSupplier ticker;
  private final String description;
  /** Requests in flight or answered within the longest period (plus margin), oldest first. */
  private final ArrayDeque<Permit> counted = new ArrayDeque<>();
  private final Set<Long> abandoned = new HashSet<>();
  private long nextTicket;
  private long serving;

  private RateLimiter(Builder builder, LongSupplier ticker) {
    this.permits = new int[builder.permits.size()];
    this.periodNanos = new long[permits.length];
    StringBuilder text = new StringBuilder("RateLimiter{");
    long longest = 0;
    for (int i = 0; i < permits.length; i++) {
      permits[i] = builder.permits.get(i);
      periodNanos[i] = builder.periods.get(i).toNanos();
      longest = Math.max(longest, periodNanos[i]);
      text.append(permits[i]).append(" per ").append(builder.periods.get(i)).append(", ");
    }
    this.longestNanos = longest;
    this.maxQueued = builder.maxQueued;
    this.marginNanos = builder.margin.toNanos();
    this.ticker = ticker;
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
   * Waits until a request may be sent, in order of arrival, and returns its permit; {@link
   * #release(Permit)} it when the response arrived or the request failed.
   *
   * @param canceled tells whether the caller gave up
   * @return the permit, or {@code null} when {@link #maxQueued()} requests already wait
   * @throws IOException {@code Canceled} when {@code canceled} turned true while waiting
   * @throws InterruptedIOException when the thread was interrupted while waiting
   */
  synchronized @Nullable Permit acquire(BooleanSupplier canceled) throws IOException {
    if (nextTicket == serving && waitNanos() == 0) {
      return take();
    }
    if (nextTicket - serving >= maxQueued) {
      return null;
    }
    long ticket = nextTicket++;
    while (true) {
      long wait = ticket == serving ? waitNanos() : POLL_NANOS;
      if (wait == 0) {
        advance();
        notifyAll();
        return take();
      }
      if (canceled.getAsBoolean()) {
        abandon(ticket);
        throw new IOException("Canceled");
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, Math.min(wait, POLL_NANOS));
      } catch (InterruptedException e) {
        abandon(ticket);
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the rate limiter");
      }
    }
  }

  /**
   * Records that the request of {@code permit} got its response (or failed): it keeps counting
   * for each limit's period, plus the margin, from now.
   *
   * @param permit the permit from {@link #acquire(BooleanSupplier)}
   */
  synchronized void release(Permit permit) {
    permit.answered = ticker.getAsLong();
    notifyAll();
  }

  /** How long the first request in line has to wait: 0 when it may go now. */
  synchronized long waitNanos() {
    long now = ticker.getAsLong();
    while (!counted.isEmpty() && counted.peekFirst().answered != IN_FLIGHT
        && now - counted.peekFirst().answered >= longestNanos + marginNanos) {
      counted.pollFirst();
    }
    long wait = 0;
    for (int limit = 0; limit < permits.length; limit++) {
      int active = 0;
      long firstExpiry = IN_FLIGHT;
      for (Permit permit : counted) {
        if (permit.answered == IN_FLIGHT) {
          active++;
        } else if (now - permit.answered < periodNanos[limit] + marginNanos) {
          active++;
          firstExpiry = Math.min(firstExpiry, permit.answered + periodNanos[limit] + marginNanos - now);
        }
      }
      if (active >= permits[limit]) {
        wait = Math.max(wait, firstExpiry);
      }
    }
    return wait;
  }

  /** Shows the limits and the queue size. */
  @Override
  public String toString() {
    return description;
  }

  private Permit take() {
    Permit permit = new Permit();
    counted.addLast(permit);
    return permit;
  }

  private void abandon(long ticket) {
    if (ticket == serving) {
      advance();
    } else {
      abandoned.add(ticket);
    }
    notifyAll();
  }

  /** Moves the line on past the first request and any that gave up behind it. */
  private void advance() {
    serving++;
    while (abandoned.remove(serving)) {
      serving++;
    }
  }

  /** A request the limiter let go: counted while in flight and for a period after its answer. */
  static final class Permit {
    private long answered = IN_FLIGHT;

    private Permit() {}
  }
  /** Builds a {@link RateLimiter}. */
  public static final class Builder {
    private final List<Integer> permits = new ArrayList<>();
    private final List<Duration> periods = new ArrayList<>();
    private int maxQueued = 500;
    private Duration margin = Duration.ofMillis(10);

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
      this.permits.add(permits);
      this.periods.add(per);
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
     * Sets how much longer than its period each request counts after its answer, for servers
     * whose clocks or counters are a little coarse.
     *
     * @param margin 0 or more; default 10 ms
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
      if (permits.isEmpty()) {
        throw new IllegalStateException("a RateLimiter needs at least one limit: call .limit(permits, per)");
      }
      return new RateLimiter(this, ticker);
    }
  }
}
