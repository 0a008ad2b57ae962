package io.github.schedkit.cronofy;

import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.SchedkitException;
import io.github.schedkit.core.errors.UnauthorizedException;
import io.github.schedkit.core.http.CallContext;
import io.github.schedkit.core.http.CarriedException;
import io.github.schedkit.core.http.ErrorResponses;
import io.github.schedkit.cronofy.model.OAuthError;
import io.github.schedkit.cronofy.model.OAuthErrorCode;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Renews the user's access token when a user-token call gets HTTP 401, then sends that call again
 * once. Concurrent callers that meet the same expired token share a single refresh: the first
 * one refreshes, the others wait and retry with the new token.
 *
 * <ul>
 *   <li>A refresh the token endpoint rejects ({@code invalid_grant}, {@code invalid_client},
 *       {@code unauthorized_client}) fails the call with {@link RefreshTokenRejectedException}
 *       and tells the {@link TokenListener}. It is not tried again for the same tokens: later
 *       calls fail the same way at once.
 *   <li>A refresh that fails otherwise (5xx, 429, timeout, connection failure) fails the call with
 *       its {@link UnauthorizedException}, the refresh failure as cause. A later call tries again
 *       once the {@link RefreshBackoff} has passed, so a dead token endpoint is not hammered.
 * </ul>
 */
final class TokenRefreshInterceptor implements Interceptor {
  /** Performs a refresh with the stored refresh token and returns the new tokens. */
  interface Refresh {
    CronofyTokens run();
  }

  private static final List<OAuthErrorCode> REJECTIONS =
      Arrays.asList(OAuthErrorCode.INVALID_GRANT, OAuthErrorCode.INVALID_CLIENT, OAuthErrorCode.UNAUTHORIZED_CLIENT);

  private final String scheme;
  private final TokenStore store;
  private final TokenListener listener;
  private final RefreshBackoff backoff;
  private final Object lock = new Object();
  private volatile Refresh refresh;
  private CronofyTokens rejectedTokens;
  private ApiException rejection;
  private OAuthError rejectionError;

  TokenRefreshInterceptor(String scheme, TokenStore store, TokenListener listener, RefreshBackoff backoff) {
    this.scheme = scheme;
    this.store = store;
    this.listener = listener;
    this.backoff = backoff;
  }

  void refreshWith(Refresh refresh) {
    this.refresh = refresh;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext context = CallContext.of(request);
    if (context == null || !Arrays.asList(context.endpoint().security()).contains(scheme) || !canRefresh()) {
      return chain.proceed(request);
    }
    String used = store.accessToken();
    Outcome early = used == null ? renew(null) : null;
    used = store.accessToken();
    Response response = chain.proceed(request);
    if (response.code() != 401) {
      return response;
    }
    Outcome outcome;
    try {
      outcome = early != null && early != Outcome.RENEWED ? early : renew(used);
    } catch (IOException | RuntimeException e) {
      response.close();
      throw e;
    }
    if (outcome == Outcome.RENEWED) {
      response.close();
      return chain.proceed(request);
    }
    UnauthorizedException unauthorized;
    try {
      unauthorized =
          (UnauthorizedException) ErrorResponses.toException(context.operation(), response, context.attempts());
    } finally {
      response.close();
    }
    throw new CarriedException(outcome.explain(unauthorized, listener));
  }

  private boolean canRefresh() {
    return refresh != null && store.tokens().refreshToken() != null;
  }

  /** Makes sure the stored token is newer than {@code used}, or says why it could not be. */
  private Outcome renew(String used) throws IOException {
    synchronized (lock) {
      CronofyTokens tokens = store.tokens();
      String current = tokens.accessToken();
      if (current != null && !current.equals(used)) {
        return Outcome.RENEWED;
      }
      if (tokens == rejectedTokens) {
        return Outcome.rejected(rejection, rejectionError, false);
      }
      SchedkitException waiting = backoff.pending(tokens);
      if (waiting != null) {
        return Outcome.failed(waiting);
      }
      CronofyTokens renewed;
      try {
        renewed = refresh.run();
      } catch (ApiException e) {
        OAuthError error = rejectionError(e);
        if (error != null) {
          rejectedTokens = tokens;
          rejection = e;
          rejectionError = error;
          return Outcome.rejected(e, error, true);
        }
        backoff.failed(tokens, e);
        return Outcome.failed(e);
      } catch (SchedkitException e) {
        backoff.failed(tokens, e);
        return Outcome.failed(e);
      }
      backoff.succeeded();
      store.replace(renewed);
      try {
        listener.onTokensRefreshed(renewed);
      } catch (RuntimeException e) {
        throw new IOException("the TokenListener threw while receiving refreshed tokens", e);
      }
      return Outcome.RENEWED;
    }
  }

  /** The OAuth error of a token-endpoint answer that rejects the refresh, or {@code null}. */
  private static OAuthError rejectionError(ApiException e) {
    if (e.statusCode() != 400 && e.statusCode() != 401) {
      return null;
    }
    OAuthError error = CronofyErrors.oauthError(e);
    return error != null && REJECTIONS.contains(error.getError()) ? error : null;
  }

  /** What became of a refresh: renewed, rejected, or failed for another reason. */
  private static final class Outcome {
    static final Outcome RENEWED = new Outcome(null, null, false);

    private final SchedkitException failure;
    private final OAuthError rejectionError;
    private final boolean firstRejection;

    private Outcome(SchedkitException failure, OAuthError rejectionError, boolean firstRejection) {
      this.failure = failure;
      this.rejectionError = rejectionError;
      this.firstRejection = firstRejection;
    }

    static Outcome rejected(ApiException rejection, OAuthError error, boolean first) {
      return new Outcome(rejection, error, first);
    }

    static Outcome failed(SchedkitException failure) {
      return new Outcome(failure, null, false);
    }

    /** The exception the call fails with, given its 401; tells the listener of a new rejection. */
    SchedkitException explain(UnauthorizedException unauthorized, TokenListener listener) {
      if (rejectionError == null) {
        unauthorized.initCause(failure);
        return unauthorized;
      }
      RefreshTokenRejectedException rejected =
          new RefreshTokenRejectedException(unauthorized, rejectionError, (ApiException) failure);
      if (firstRejection) {
        try {
          listener.onRefreshRejected(rejected);
        } catch (RuntimeException ignored) {
          // Documented on TokenListener#onRefreshRejected: the call fails with the rejection anyway.
        }
      }
      return rejected;
    }
  }
}
