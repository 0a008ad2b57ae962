package io.github.schedkit.cronofy;

import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.SchedkitException;
import io.github.schedkit.core.http.Endpoint;
import java.io.IOException;
import java.util.Arrays;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Renews the user's access token when a user-token call gets HTTP 401, then retries that call
 * once. Concurrent callers that meet the same expired token share a single refresh: the first
 * one refreshes, the others wait and retry with the new token. If the refresh is refused (for
 * example {@code invalid_grant}), every caller that met that token gets its own 401, which
 * surfaces as {@link io.github.schedkit.core.errors.UnauthorizedException}.
 */
final class TokenRefreshInterceptor implements Interceptor {
  /** Performs a refresh with the stored refresh token and returns the new tokens. */
  interface Refresh {
    CronofyTokens run();
  }

  private final String scheme;
  private final TokenStore store;
  private final TokenListener listener;
  private final Object lock = new Object();
  private volatile Refresh refresh;
  private String refusedFor;

  TokenRefreshInterceptor(String scheme, TokenStore store, TokenListener listener) {
    this.scheme = scheme;
    this.store = store;
    this.listener = listener;
  }

  void refreshWith(Refresh refresh) {
    this.refresh = refresh;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Endpoint endpoint = request.tag(Endpoint.class);
    if (endpoint == null || !Arrays.asList(endpoint.security()).contains(scheme) || !canRefresh()) {
      return chain.proceed(request);
    }
    String used = store.accessToken();
    if (used == null && !renew(null)) {
      return chain.proceed(request);
    }
    used = store.accessToken();
    Response response = chain.proceed(request);
    if (response.code() != 401) {
      return response;
    }
    boolean renewed;
    try {
      renewed = renew(used);
    } catch (IOException | RuntimeException e) {
      response.close();
      throw e;
    }
    if (!renewed) {
      return response;
    }
    response.close();
    return chain.proceed(request);
  }

  private boolean canRefresh() {
    return refresh != null && store.tokens().refreshToken() != null;
  }

  /** Makes sure the stored token is newer than {@code used}; returns whether it is. */
  private boolean renew(String used) throws IOException {
    synchronized (lock) {
      String current = store.accessToken();
      if (current != null && !current.equals(used)) {
        return true;
      }
      if (used != null && used.equals(refusedFor)) {
        return false;
      }
      CronofyTokens renewed;
      try {
        renewed = refresh.run();
      } catch (ApiException refused) {
        refusedFor = used;
        return false;
      } catch (SchedkitException unreachable) {
        return false;
      }
      store.replace(renewed);
      try {
        listener.onTokensRefreshed(renewed);
      } catch (RuntimeException e) {
        throw new IOException("the TokenListener threw while receiving refreshed tokens", e);
      }
      return true;
    }
  }
}
