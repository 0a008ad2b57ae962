package io.github.schedkit.core.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Keeps OkHttp from resending a {@code 503} that carries {@code Retry-After: 0} on its own.
 *
 * <p>OkHttp's follow-up logic sends such a request once more, whatever its method, before any
 * application interceptor sees the answer: a POST that is not idempotent would reach the server
 * twice, and the extra attempt escapes the {@link RetryPolicy} and the {@link AttemptListener}.
 * {@link #hide()}, a network interceptor, moves the header out of OkHttp's sight; {@link
 * #restore()}, the innermost application interceptor, puts it back before anything else reads the
 * response, so the {@link RetryInterceptor} decides about the retry like for any other 503.
 */
public final class ImmediateRetryGuard {
  private static final String RETRY_AFTER = "Retry-After";
  private static final String HIDDEN = "X-Schedkit-Hidden-Retry-After";

  private ImmediateRetryGuard() {}

  /**
   * Returns the network interceptor that hides the {@code Retry-After} of a {@code 503}.
   *
   * @return the interceptor
   */
  public static Interceptor hide() {
    return chain -> move(chain.proceed(chain.request()), RETRY_AFTER, HIDDEN);
  }

  /**
   * Returns the application interceptor that restores what {@link #hide()} moved.
   *
   * @return the interceptor
   */
  public static Interceptor restore() {
    return chain -> move(chain.proceed(chain.request()), HIDDEN, RETRY_AFTER);
  }

  private static Response move(Response response, String from, String to) throws IOException {
    if (response.code() != 503) {
      return response;
    }
    @Nullable String value = response.header(from);
    if (value == null) {
      return response;
    }
    return response.newBuilder().removeHeader(from).header(to, value).build();
  }
}
