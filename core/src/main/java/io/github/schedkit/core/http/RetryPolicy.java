package io.github.schedkit.core.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before sending a request again. Immutable; build one with {@link
 * #builder()} or use {@link #DEFAULT} (2 retries, backoff from 0.5 s doubling up to 8 s with
 * jitter, {@code Retry-After} honoured up to 60 s) or {@link #NONE}.
 */
public final class RetryPolicy {
  /** Two retries, exponential backoff with jitter, {@code Retry-After} honoured up to 60 s. */
  public static final RetryPolicy DEFAULT = builder().build();

  /** No retries. */
  public static final RetryPolicy NONE = builder().maxRetries(0).build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Clock clock;
  private final Sleeper sleeper;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
  }

  /**
   * Starts a policy with the default settings.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how many times a request may be sent again.
   *
   * @return the retry count; 0 disables retries
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * Returns the longest {@code Retry-After} that is waited for; a longer one fails at once.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  Clock clock() {
    return clock;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The wait before retry number {@code retry} (1-based) when the server gave no usable {@code
   * Retry-After}: {@code initial * 2^(retry-1)}, capped, minus up to 25 % jitter.
   */
  Duration backoff(int retry) {
    long base = initialBackoff.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(base, maxBackoff.toMillis());
    double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis((long) (capped * jitter));
  }

  /** Shows the settings. */
  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder() {}

    /**
     * Sets how many times a request may be sent again.
     *
     * @param maxRetries 0 or more; default 2
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the first backoff; each later one doubles, up to {@link #maxBackoff(Duration)}.
     *
     * @param initialBackoff default 0.5 s
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the longest backoff.
     *
     * @param maxBackoff default 8 s
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} that is waited for; beyond it the call fails at once
     * (a 429 with {@link io.github.schedkit.core.errors.RateLimitException#retryAfter()}).
     *
     * @param maxRetryAfter default 60 s
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      if (maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative, got " + maxRetryAfter);
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * Sets the clock that HTTP-date {@code Retry-After} values are measured against; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets what waits between attempts; for tests.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration duration, String name) {
      Objects.requireNonNull(duration, name);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + duration);
      }
      return duration;
    }
  }
}
