package io.github.schedkit.core.http;

import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.errors.RateLimiterFullException;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Holds each request until its {@link RateLimiter} lets it go, and tells the limiter when the
 * response arrived. Runs once per request sent, so retries count too. Stops waiting when the call
 * is cancelled or times out.
 */
public final class RateLimitInterceptor implements Interceptor {
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
    RateLimiter.Permit permit = limiter.acquire(chain.call()::isCanceled);
    if (permit == null) {
      throw new CarriedException(new RateLimiterFullException(operation(chain.request()), limiter.maxQueued()));
    }
    try {
      return chain.proceed(chain.request());
    } finally {
      limiter.release(permit);
    }
  }

  private static OperationInfo operation(Request request) {
    CallContext context = CallContext.of(request);
    return context == null ? new OperationInfo("request", request.method(), "(no operation)") : context.operation();
  }
}
