package io.github.schedkit.core.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a request again when it failed in a way worth retrying, following a {@link RetryPolicy}.
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
 * </ul>
 */
public final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;

  /**
   * Creates the interceptor.
   *
   * @param policy when and how long to wait
   */
  public RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    AttemptCounter attempts = request.tag(AttemptCounter.class);
    boolean replayable = isReplayable(request);
    for (int retry = 0; ; retry++) {
      if (attempts != null) {
        attempts.increment();
      }
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException failure) {
        boolean worthRetrying =
            retry < policy.maxRetries()
                && !chain.call().isCanceled()
                && !(failure instanceof InterruptedIOException && Thread.currentThread().isInterrupted())
                && (replayable || neverReachedServer(failure));
        if (!worthRetrying) {
          throw failure;
        }
        sleep(policy.backoff(retry + 1), chain);
        continue;
      }
      if (retry >= policy.maxRetries() || !replayable || !isRetryableStatus(response.code())) {
        return response;
      }
      Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), policy.clock());
      if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
        return response;
      }
      response.close();
      sleep(retryAfter != null ? retryAfter : policy.backoff(retry + 1), chain);
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
        Endpoint endpoint = request.tag(Endpoint.class);
        return (endpoint != null && endpoint.idempotent()) || request.header("Idempotency-Key") != null;
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
