package io.github.schedkit.cronofy;

import io.github.schedkit.core.http.Credential;
import okhttp3.Request;

/** The tokens a client currently uses; swapped atomically when they are refreshed. */
final class TokenStore implements Credential {
  private volatile CronofyTokens tokens;

  TokenStore(CronofyTokens tokens) {
    this.tokens = tokens;
  }

  CronofyTokens tokens() {
    return tokens;
  }

  String accessToken() {
    return tokens.accessToken();
  }

  void replace(CronofyTokens tokens) {
    this.tokens = tokens;
  }

  /** Sends the current access token as a bearer token. */
  @Override
  public void applyTo(Request.Builder request) {
    String accessToken = tokens.accessToken();
    if (accessToken != null) {
      request.header("Authorization", "Bearer " + accessToken);
    }
  }

  @Override
  public String toString() {
    return "TokenStore{" + tokens + "}";
  }
}
