package io.github.schedkit.core.http;

import io.github.schedkit.core.OperationInfo;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Sends a request again when it failed in a way worth retrying, following a {@link RetryPolicy},
 * and tells an {@link AttemptListener} about every attempt.
 *
 * <ul>
 *   <li>Retried: connection failures, and the statuses 408, 429, 500, 502, 503 and 504.
 *   <li>Only replayed when that is safe: idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS),
 *       operations the spec marks idempotent ({@link Endpoint#idempotent()}, such as Cronofy's
 *       upserts keyed by your id), and requests with an {@code Idempotency-Key} header. Other
 *       requests (POST, PATCH) are retried only when the request never reached the server
 *       (connection refused, unknown host).
 *   <li>Waits what {@code Retry-After} says (seconds or an HTTP date) up to the policy's cap; a
 *       longer wait fails at once, so a 429 surfaces with its {@code retryAfter()}. Otherwise
 *       exponential backoff with jitter.
 *   <li>Closes every response it discards; a cancelled call or an interrupted thread stops
 *       waiting at once.
 *   <li>For {@code enqueue}d calls it makes one attempt per OkHttp call and leaves the wait to a
 *       scheduler, so no dispatcher thread sleeps.
 * </ul>
 */
public final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;
  private final AttemptListener listener;

  /**
   * Creates the interceptor.
   *
   * @param policy when and how long to wait
   */
  public RetryInterceptor(RetryPolicy policy) {
    this(policy, AttemptListener.NONE);
  }

  /**
   * Creates the interceptor with a listener for every attempt.
   *
   * @param policy when and how long to wait
   * @param listener hears each attempt
   */
  public RetryInterceptor(RetryPolicy policy, AttemptListener listener) {
    this.policy = policy;
    this.listener = listener;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext context = CallContext.of(request);
    DeferredRetry deferred = request.tag(DeferredRetry.class);
    boolean replayable = isReplayable(request);
    int untagged = 0;
    while (true) {
      int attempt = context != null ? context.recordAttempt() : ++untagged;
      int retry = attempt - 1;
      long started = System.nanoTime();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException failure) {
        boolean worthRetrying =
            retry < policy.maxRetries()
                && !(failure instanceof CarriedException)
                && !chain.call().isCanceled()
                && !(failure instanceof InterruptedIOException && Thread.currentThread().isInterrupted())
                && (replayable || neverReachedServer(failure));
        Duration wait = worthRetrying ? policy.backoff(retry + 1) : null;
        String failureName = failure.getClass().getSimpleName();
        report(request, attempt, 0, failureName, started, worthRetrying ? failureName : null, wait);
        if (!worthRetrying) {
          throw failure;
        }
        if (deferred != null) {
          deferred.defer(wait);
          throw failure;
        }
        sleep(wait, chain);
        continue;
      }
      Duration wait = retryWait(response, retry, replayable);
      int status = response.code();
      report(request, attempt, status, null, started, wait == null ? null : "HTTP " + status, wait);
      if (wait == null) {
        return response;
      }
      if (deferred != null) {
        deferred.defer(wait);
        return response;
      }
      response.close();
      sleep(wait, chain);
    }
  }

  /** The wait before sending again after {@code response}, or {@code null} to hand it over. */
  private @Nullable Duration retryWait(Response response, int retry, boolean replayable) {
    if (retry >= policy.maxRetries() || !replayable || !isRetryableStatus(response.code())) {
      return null;
    }
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), policy.clock());
    if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
      return null;
    }
    return retryAfter != null ? retryAfter : policy.backoff(retry + 1);
  }

  private void report(
      Request request,
      int attempt,
      int status,
      @Nullable String failure,
      long started,
      @Nullable String retryReason,
      @Nullable Duration wait) {
    CallContext context = CallContext.of(request);
    if (context == null || listener == AttemptListener.NONE) {
      return;
    }
    OperationInfo operation = context.operation();
    Duration duration = Duration.ofNanos(System.nanoTime() - started);
    try {
      listener.onAttempt(new AttemptEvent(operation, attempt, status, failure, duration, retryReason, wait));
    } catch (RuntimeException ignored) {
      // A listener that throws must not fail the call (documented on AttemptListener).
    }
  }

  private void sleep(Duration duration, Chain chain) throws IOException {
    if (chain.call().isCanceled()) {
      throw new IOException("Canceled");
    }
    try {
      policy.sleeper().sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private static boolean isReplayable(Request request) {
    switch (request.method()) {
      case "GET":
      case "HEAD":
      case "PUT":
      case "DELETE":
      case "OPTIONS":
        return true;
      default:
        CallContext context = CallContext.of(request);
        return (context != null && context.endpoint().idempotent()) || request.header("Idempotency-Key") != null;
    }
  }

  private static boolean isRetryableStatus(int code) {
    return code == 408 || code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
  }

  private static boolean neverReachedServer(IOException failure) {
    return failure instanceof ConnectException
        || failure instanceof UnknownHostException
        || failure instanceof NoRouteToHostException;
  }
}
