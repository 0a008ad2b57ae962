package io.github.schedkit.cronofy;

/**
 * Told when the client has obtained new tokens by refreshing. Cronofy may re-issue the refresh
 * token, so persist both tokens. Called synchronously, once per refresh, on the thread that
 * performed it. The new tokens are in use before the listener is called. If the listener throws,
 * the call that triggered the refresh fails with {@link
 * io.github.schedkit.core.errors.ApiConnectionException} whose cause is that exception, unless the
 * retry policy sends the call again (idempotent calls), which then succeeds with the new tokens.
 */
public interface TokenListener {

  /**
   * Receives the new tokens.
   *
   * @param tokens the tokens now in use
   */
  void onTokensRefreshed(CronofyTokens tokens);
}
