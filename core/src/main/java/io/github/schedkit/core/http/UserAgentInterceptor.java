package io.github.schedkit.core.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sets the {@code User-Agent} header unless the request already has one. */
public final class UserAgentInterceptor implements Interceptor {
  private final String userAgent;

  /**
   * Creates the interceptor.
   *
   * @param userAgent the value to send
   */
  public UserAgentInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().header("User-Agent") != null) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
  }
}
