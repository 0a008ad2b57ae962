package io.github.schedkit.cronofy;

import com.google.gson.JsonParseException;
import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.cronofy.api.OAuthApi;
import io.github.schedkit.cronofy.model.ApplicationCalendarRequest;
import io.github.schedkit.cronofy.model.RevokeAuthorizationRequest;
import io.github.schedkit.cronofy.model.TokenGrantType;
import io.github.schedkit.cronofy.model.TokenRequest;
import io.github.schedkit.cronofy.model.TokenResponse;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Cronofy's OAuth flow, with the client credentials filled in from the client's configuration:
 * the authorization URLs for users and for Enterprise Connect service accounts (on the data
 * center's app host), exchanging the code, refreshing and revoking tokens (on its API host), and
 * application calendars.
 *
 * <pre>{@code
 * String url = cronofy.oauth().authorizationUrl(AuthorizationRequest.builder()
 *     .redirectUri(callback).scope("read_events", "create_event").state(state).build());
 * // ... the user comes back to callback?code=...&state=...
 * TokenResponse tokens = cronofy.oauth().exchangeCode(code, callback);
 * }</pre>
 */
public final class CronofyOAuth {
  private final OAuthApi api;
  private final HttpUrl appBaseUrl;
  private final String clientId;
  private final String clientSecret;
  private final TokenStore tokens;
  private final TokenListener listener;

  CronofyOAuth(
      OAuthApi api,
      HttpUrl appBaseUrl,
      String clientId,
      String clientSecret,
      TokenStore tokens,
      TokenListener listener) {
    this.api = api;
    this.appBaseUrl = appBaseUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.tokens = tokens;
    this.listener = listener;
  }

  /**
   * Builds the URL to send the user to, on the data center's app host ({@code
   * https://app[-xx].cronofy.com/oauth/authorize?response_type=code&client_id=...}).
   *
   * @param request the redirect URI, scopes and optional parameters
   * @return the URL
   * @throws MissingCredentialException if no client id was configured
   */
  public String authorizationUrl(AuthorizationRequest request) {
    Objects.requireNonNull(request, "request");
    HttpUrl.Builder url =
        authorizeUrl("oauth/authorize", "building an authorization URL", request.redirectUri(), request.scopes());
    addIfSet(url, "state", request.state());
    addIfSet(url, "locale", request.locale());
    addIfSet(url, "avoid_linking", request.avoidLinking() == null ? null : request.avoidLinking().toString());
    addIfSet(url, "link_token", request.linkToken());
    addIfSet(url, "provider_name", request.providerName());
    addIfSet(url, "delegated_scope", request.delegatedScope());
    return url.build().toString();
  }

  /**
   * Builds the URL to send a domain administrator to, to authorize an Enterprise Connect service
   * account, on the data center's app host ({@code
   * https://app[-xx].cronofy.com/enterprise_connect/oauth/authorize?response_type=code&client_id=...}).
   * The administrator comes back to the redirect URI with a {@code code}; {@link
   * #exchangeCode(String, String)} turns it into the service account's tokens, and a client built
   * with them ({@code .accessToken(..)}, {@code .refreshToken(..)}) calls the enterprise
   * operations.
   *
   * @param request the redirect URI, scopes, delegated scopes and state
   * @return the URL
   * @throws MissingCredentialException if no client id was configured
   */
  public String enterpriseConnectAuthorizationUrl(EnterpriseConnectAuthorizationRequest request) {
    Objects.requireNonNull(request, "request");
    HttpUrl.Builder url =
        authorizeUrl(
                "enterprise_connect/oauth/authorize",
                "building an Enterprise Connect authorization URL",
                request.redirectUri(),
                request.scopes())
            .addQueryParameter("delegated_scope", String.join(" ", request.delegatedScopes()));
    addIfSet(url, "state", request.state());
    return url.build().toString();
  }

  /**
   * Exchanges the code from the authorization redirect for the user's tokens.
   *
   * @param code the {@code code} query parameter of the redirect
   * @param redirectUri the redirect URI of the authorization request
   * @return the tokens, the account and the linked profile
   * @throws MissingCredentialException if the client id or secret was not configured
   * @throws io.github.schedkit.core.errors.BadRequestException with {@code invalid_grant} in the
   *     body if the code is unknown, used, or the redirect URI differs
   */
  public TokenResponse exchangeCode(String code, String redirectUri) {
    requireNonBlank(code, "code");
    requireNonBlank(redirectUri, "redirectUri");
    return api.requestToken(
            TokenRequest.builder()
                .clientId(clientId("exchanging a code"))
                .clientSecret(clientSecret("exchanging a code"))
                .grantType(TokenGrantType.AUTHORIZATION_CODE)
                .code(code)
                .redirectUri(redirectUri)
                .build())
        .execute();
  }

  /**
   * Refreshes the client's access token now with its refresh token, starts using the new tokens,
   * and tells the {@link TokenListener}. The client also does this by itself when a user call
   * gets HTTP 401.
   *
   * @return the new tokens
   * @throws MissingCredentialException if the refresh token, client id or secret is missing
   * @throws io.github.schedkit.core.errors.BadRequestException if Cronofy refuses the refresh
   *     token ({@code invalid_grant})
   * @throws ResponseDecodingException if the token response has no body or does not decode
   */
  public CronofyTokens refreshAccessToken() {
    CronofyTokens renewed = refreshAccessTokenForRetry();
    tokens.replace(renewed);
    listener.onTokensRefreshed(renewed);
    return renewed;
  }

  /** Obtains new tokens with the stored refresh token, without installing them. */
  CronofyTokens refreshAccessTokenForRetry() {
    String refreshToken = tokens.tokens().refreshToken();
    if (refreshToken == null) {
      throw new MissingCredentialException(
          "refreshing the access token needs a refresh token: set .refreshToken(..) on the client builder");
    }
    TokenResponse response =
        api.requestToken(
                TokenRequest.builder()
                    .clientId(clientId("refreshing the access token"))
                    .clientSecret(clientSecret("refreshing the access token"))
                    .grantType(TokenGrantType.REFRESH_TOKEN)
                    .refreshToken(refreshToken)
                    .build())
            .execute();
    if (response == null) {
      // A 204, or a 200 whose body is JSON null: there are no tokens to use.
      throw new ResponseDecodingException(
          CronofyOperations.REQUEST_TOKEN,
          "TokenResponse",
          new JsonParseException("the token response has no body"));
    }
    return new CronofyTokens(
        response.getAccessToken(),
        response.getRefreshToken() != null ? response.getRefreshToken() : refreshToken,
        response.getExpiresIn() == null ? null : response.getExpiresIn().longValue(),
        response.getScope());
  }

  /**
   * Revokes a token, ending that authorization (use the refresh token: it cannot expire).
   *
   * @param token an access or refresh token
   * @throws MissingCredentialException if the client id or secret was not configured
   */
  public void revoke(String token) {
    requireNonBlank(token, "token");
    api.revokeAuthorization(
            RevokeAuthorizationRequest.builder()
                .clientId(clientId("revoking a token"))
                .clientSecret(clientSecret("revoking a token"))
                .token(token)
                .build())
        .execute();
  }

  /**
   * Revokes every authorization of an account, profile or application calendar by its {@code
   * sub}.
   *
   * @param sub such as {@code acc_5ba21743f408617d1269ea1e} or {@code apc_...}
   * @throws MissingCredentialException if the client id or secret was not configured
   */
  public void revokeBySub(String sub) {
    requireNonBlank(sub, "sub");
    api.revokeAuthorization(
            RevokeAuthorizationRequest.builder()
                .clientId(clientId("revoking a sub"))
                .clientSecret(clientSecret("revoking a sub"))
                .sub(sub)
                .build())
        .execute();
  }

  /**
   * Creates (or returns) an application calendar: a Cronofy-hosted calendar owned by the
   * application, with tokens to use it like a user's.
   *
   * @param applicationCalendarId your identifier for the calendar
   * @return the tokens, with {@code application_calendar_id} and the {@code sub}
   * @throws MissingCredentialException if the client id or secret was not configured
   */
  public TokenResponse createApplicationCalendar(String applicationCalendarId) {
    requireNonBlank(applicationCalendarId, "applicationCalendarId");
    return api.createApplicationCalendar(
            ApplicationCalendarRequest.builder()
                .clientId(clientId("creating an application calendar"))
                .clientSecret(clientSecret("creating an application calendar"))
                .applicationCalendarId(applicationCalendarId)
                .build())
        .execute();
  }

  /** Shows the app host; never a credential. */
  @Override
  public String toString() {
    return "CronofyOAuth{appBaseUrl=" + appBaseUrl + "}";
  }

  private String clientId(String what) {
    if (clientId == null) {
      throw new MissingCredentialException(what + " needs the client id: set .clientId(..) on the client builder");
    }
    return clientId;
  }

  private String clientSecret(String what) {
    if (clientSecret == null) {
      throw new MissingCredentialException(
          what + " needs the client secret: set .clientSecret(..) on the client builder");
    }
    return clientSecret;
  }

  /** The parameters every authorization page takes: response type, client, redirect, scopes. */
  private HttpUrl.Builder authorizeUrl(String path, String what, String redirectUri, List<String> scopes) {
    return appBaseUrl
        .newBuilder()
        .addPathSegments(path)
        .addQueryParameter("response_type", "code")
        .addQueryParameter("client_id", clientId(what))
        .addQueryParameter("redirect_uri", redirectUri)
        .addQueryParameter("scope", String.join(" ", scopes));
  }

  private static void addIfSet(HttpUrl.Builder url, String name, String value) {
    if (value != null) {
      url.addQueryParameter(name, value);
    }
  }

  private static void requireNonBlank(String value, String name) {
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
  }
}
