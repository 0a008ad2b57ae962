package io.github.schedkit.cronofy;

import java.util.Objects;

/**
 * A user's OAuth tokens: the access token sent on user calls and the refresh token that renews
 * it. {@link #toString()} never shows either.
 */
public final class CronofyTokens {
  private final String accessToken;
  private final String refreshToken;
  private final Long expiresIn;
  private final String scope;

  /**
   * Creates tokens.
   *
   * @param accessToken the access token, may be {@code null} when only a refresh token is known
   * @param refreshToken the refresh token, may be {@code null}
   * @param expiresIn the access token's lifetime in seconds when issued, may be {@code null}
   * @param scope the granted scopes, space-separated, may be {@code null}
   */
  public CronofyTokens(String accessToken, String refreshToken, Long expiresIn, String scope) {
    this.accessToken = accessToken;
    this.refreshToken = refreshToken;
    this.expiresIn = expiresIn;
    this.scope = scope;
  }

  /**
   * Returns the access token.
   *
   * @return the token, or {@code null}
   */
  public String accessToken() {
    return accessToken;
  }

  /**
   * Returns the refresh token. Cronofy may issue a new one on refresh: store the latest.
   *
   * @return the token, or {@code null}
   */
  public String refreshToken() {
    return refreshToken;
  }

  /**
   * Returns the access token's lifetime in seconds, as issued.
   *
   * @return the lifetime, or {@code null} if unknown
   */
  public Long expiresIn() {
    return expiresIn;
  }

  /**
   * Returns the granted scopes.
   *
   * @return space-separated scopes, or {@code null} if unknown
   */
  public String scope() {
    return scope;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CronofyTokens)) {
      return false;
    }
    CronofyTokens other = (CronofyTokens) o;
    return Objects.equals(accessToken, other.accessToken)
        && Objects.equals(refreshToken, other.refreshToken)
        && Objects.equals(expiresIn, other.expiresIn)
        && Objects.equals(scope, other.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessToken, refreshToken, expiresIn, scope);
  }

  /** Shows which tokens are present and the scope; never the tokens. */
  @Override
  public String toString() {
    return "CronofyTokens{accessToken="
        + (accessToken == null ? "absent" : "██")
        + ", refreshToken="
        + (refreshToken == null ? "absent" : "██")
        + ", expiresIn="
        + expiresIn
        + ", scope="
        + scope
        + "}";
  }
}
