package io.github.schedkit.core.http;

import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.errors.RateLimiterFullException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Holds each request until its {@link RateLimiter} lets it go. Runs once per request sent, so
 * retries count too. Stops waiting when the call is cancelled or times out.
 */
public final class RateLimitInterceptor implements Interceptor {
  private static final long POLL_MILLIS = 50;

  private final RateLimiter limiter;

  /**
   * Creates the interceptor.
   *
   * @param limiter the limiter, possibly shared with other clients
   */
  public RateLimitInterceptor(RateLimiter limiter) {
    this.limiter = limiter;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long wait = limiter.reserve();
    if (wait == RateLimiter.FULL) {
      throw new CarriedException(new RateLimiterFullException(operation(chain.request()), limiter.maxQueued()));
    }
    if (wait > 0) {
      try {
        waitFor(wait, chain);
      } finally {
        limiter.finishedWaiting();
      }
    }
    return chain.proceed(chain.request());
  }

  private static void waitFor(long nanos, Chain chain) throws IOException {
    long until = System.nanoTime() + nanos;
    for (long left = nanos; left > 0; left = until - System.nanoTime()) {
      if (chain.call().isCanceled()) {
        throw new IOException("Canceled");
      }
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the rate limiter");
      }
    }
  }

  private static OperationInfo operation(Request request) {
    Endpoint endpoint = request.tag(Endpoint.class);
    return endpoint == null
        ? new OperationInfo("request", request.method(), "(no operation)")
        : new OperationInfo(endpoint.operationId(), endpoint.method(), endpoint.path());
  }
}
