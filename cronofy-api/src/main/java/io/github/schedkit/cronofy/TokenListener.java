package io.github.schedkit.cronofy;

/**
 * Told when the client has obtained new tokens by refreshing, and when Cronofy rejected a refresh.
 * Cronofy may re-issue the refresh token, so persist both tokens. Called synchronously, once per
 * refresh, on the thread that performed it. The new tokens are in use before the listener is
 * called. If {@link #onTokensRefreshed} throws, the call that triggered the refresh fails with
 * {@link io.github.schedkit.core.errors.ApiConnectionException} whose cause is that exception,
 * unless the retry policy sends the call again (idempotent calls), which then succeeds with the
 * new tokens.
 *
 * <pre>{@code
 * .tokenListener(new TokenListener() {
 *   public void onTokensRefreshed(CronofyTokens tokens) { store.save(userId, tokens); }
 *   public void onRefreshRejected(RefreshTokenRejectedException e) { store.markNeedsReauthorization(userId); }
 * })
 * }</pre>
 */
public interface TokenListener {

  /**
   * Receives the new tokens.
   *
   * @param tokens the tokens now in use
   */
  void onTokensRefreshed(CronofyTokens tokens);

  /**
   * Hears that an automatic refresh was rejected by the token endpoint ({@code invalid_grant},
   * {@code invalid_client} or {@code unauthorized_client}); the call that triggered it fails with
   * the same exception. Called once per rejected refresh token. Does nothing unless overridden;
   * an exception it throws is ignored.
   *
   * @param rejection the rejection, with {@link RefreshTokenRejectedException#oauthError()}
   */
  default void onRefreshRejected(RefreshTokenRejectedException rejection) {}
}
