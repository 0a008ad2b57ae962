package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;

/**
 * The client-side rate limiter already had as many requests waiting as its queue holds, so this
 * one was not sent. Nothing reached the server. Send fewer requests at once, or give the limiter
 * a longer queue ({@code RateLimiter.Builder.maxQueued(int)}).
 */
public class RateLimiterFullException extends SchedkitException {
  private static final long serialVersionUID = 1L;

  private final transient OperationInfo operation;
  /** The limiter's queue size. */
  private final int maxQueued;

  /**
   * Creates the exception.
   *
   * @param operation the operation that was not sent
   * @param maxQueued how many requests the limiter lets wait
   */
  public RateLimiterFullException(OperationInfo operation, int maxQueued) {
    super(
        operation
            + " was not sent: the client-side rate limiter already has "
            + maxQueued
            + " requests waiting, its maximum");
    this.operation = operation;
    this.maxQueued = maxQueued;
  }

  /**
   * Returns the operation that was not sent.
   *
   * @return the operation
   */
  public OperationInfo operation() {
    return operation;
  }

  /**
   * Returns how many requests the limiter lets wait.
   *
   * @return the queue size
   */
  public int maxQueued() {
    return maxQueued;
  }
}
