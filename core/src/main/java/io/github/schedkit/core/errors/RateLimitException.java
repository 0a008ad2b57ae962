package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.http.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429 Too Many Requests: the client sent requests too quickly. Back off exponentially;
 * {@link #retryAfter()} tells how long the server asked to wait, when it said so.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param headers the response headers
   * @param body the response body
   * @param attempts how many times the request was sent
   */
  public RateLimitException(OperationInfo operation, Headers headers, String body, int attempts) {
    super(operation, 429, headers, body, attempts);
    this.retryAfter = RetryAfter.parse(headers.get("Retry-After"), Clock.systemUTC());
  }

  /**
   * Returns the wait the server asked for in its {@code Retry-After} header.
   *
   * @return the delay, or {@code null} when the response had no valid {@code Retry-After}
   */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
