package io.github.schedkit.cronofy;

import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.UnauthorizedException;
import io.github.schedkit.cronofy.model.OAuthError;
import io.github.schedkit.cronofy.model.OAuthErrorCode;

/**
 * A user call got HTTP 401, and refreshing the access token was rejected by Cronofy's token
 * endpoint: {@code invalid_grant} (the refresh token was revoked or is no longer valid, so the
 * user has to authorize the application again), {@code invalid_client} or {@code
 * unauthorized_client} (the application's client id or secret is not accepted).
 *
 * <p>The client does not try that refresh again: later calls with the same tokens fail with this
 * exception at once, without a token request, until new tokens are in use (a new client, or a
 * successful {@link CronofyOAuth#refreshAccessToken()}). The {@link TokenListener} hears about
 * the rejection once. The cause is the token endpoint's error; {@link #statusCode()}, {@link
 * #headers()} and {@link #body()} are those of the call's 401.
 */
public class RefreshTokenRejectedException extends UnauthorizedException {
  private static final long serialVersionUID = 1L;

  private final transient OAuthError oauthError;

  /**
   * Creates the exception.
   *
   * @param unauthorized the 401 of the user call
   * @param oauthError the token endpoint's error, such as {@code invalid_grant}
   * @param rejection the token endpoint's error response
   */
  public RefreshTokenRejectedException(UnauthorizedException unauthorized, OAuthError oauthError, ApiException rejection) {
    super(
        unauthorized.operation(),
        unauthorized.headers(),
        unauthorized.body(),
        unauthorized.attempts(),
        "refreshing the access token was rejected with " + oauthError.getError().asString() + ": " + advice(oauthError));
    this.oauthError = oauthError;
    initCause(rejection);
  }

  /**
   * Returns the token endpoint's error.
   *
   * @return the error, with {@code getError()} such as {@code invalid_grant} and the optional
   *     {@code getErrorDescription()}
   */
  public OAuthError oauthError() {
    return oauthError;
  }

  /**
   * Tells whether the user has to authorize the application again ({@code invalid_grant}), as
   * opposed to the application's own credentials being refused.
   *
   * @return {@code true} for {@code invalid_grant}
   */
  public boolean needsReauthorization() {
    return OAuthErrorCode.INVALID_GRANT.equals(oauthError.getError());
  }

  private static String advice(OAuthError oauthError) {
    return OAuthErrorCode.INVALID_GRANT.equals(oauthError.getError())
        ? "the refresh token is no longer valid (revoked or expired); send the user through authorization again"
        : "the application's client id or secret is not accepted; check them";
  }
}
