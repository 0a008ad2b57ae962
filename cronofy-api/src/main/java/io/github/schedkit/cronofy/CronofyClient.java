package io.github.schedkit.cronofy;

import io.github.schedkit.core.ClientBuilder;
import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.core.http.ClientResources;
import io.github.schedkit.core.http.Credential;
import io.github.schedkit.core.http.Credentials;
import io.github.schedkit.core.http.RateLimiter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import retrofit2.Retrofit;

/**
 * Client for the Cronofy API. Thread-safe; build one per user (access and refresh token) or one
 * per application (client id and secret), sharing an {@code OkHttpClient} between them.
 *
 * <p>Each operation sends the credential its endpoint needs: the user's access token for user
 * data (calendars, events, free/busy, channels, identity, availability rules and periods,
 * scheduling conversations, batches, authorizations), the application's client secret as API key
 * for bookable events, real-time scheduling, smart invites, element tokens, attachments and
 * application verification (and, when configured, for availability queries), the client id and
 * secret in the body for the OAuth token calls and Add to Calendar, and an admin API key for
 * provisioning applications. An Enterprise Connect service account's access token is a user
 * access token too: build a client with it to call the enterprise operations. Calling an
 * operation whose credential was not configured fails before any request with {@link
 * MissingCredentialException} naming the builder setting.
 *
 * <p>With a refresh token, client id and client secret configured, a user call that gets HTTP 401
 * refreshes the access token once (shared by concurrent callers) and is retried once; a {@link
 * TokenListener} hears about the new tokens. A refresh Cronofy rejects ({@code invalid_grant})
 * fails the call with {@link RefreshTokenRejectedException}; one that fails otherwise is tried
 * again by a later call after a short backoff.
 *
 * <p>The accessors of the API's operations, one per tag of {@code spec/cronofy.yaml} ({@code
 * events()}, {@code availability()}, ...), are generated from the spec; OAuth and batches have
 * hand-written helpers ({@link #oauth()}, {@link #batch()}).
 *
 * <p>Close the client when done with it ({@link #close()}).
 *
 * <pre>{@code
 * CronofyClient cronofy = CronofyClient.builder()
 *     .dataCenter(DataCenter.DE)
 *     .clientId(clientId).clientSecret(clientSecret)
 *     .accessToken(accessToken).refreshToken(refreshToken)
 *     .tokenListener(tokens -> store.save(userId, tokens))
 *     .build();
 * List<Calendar> calendars = cronofy.calendars().listCalendars().execute();
 * }</pre>
 */
public final class CronofyClient extends CronofyApis implements AutoCloseable {
  private final DataCenter dataCenter;
  private final HttpUrl apiBaseUrl;
  private final TokenStore tokens;
  private final CronofyOAuth oauth;
  private final String clientSecret;
  private final SchedulingConversationLinks schedulingConversationLinks;
  private final ClientResources resources;

  private CronofyClient(
      Builder builder,
      Retrofit retrofit,
      ClientResources resources,
      TokenStore tokens,
      TokenRefreshInterceptor refresher) {
    super(retrofit);
    this.resources = resources;
    this.dataCenter = builder.dataCenter;
    this.apiBaseUrl = retrofit.baseUrl();
    this.tokens = tokens;
    this.clientSecret = builder.clientSecret;
    this.oauth =
        new CronofyOAuth(
            oAuthApi(),
            HttpUrl.get(builder.appBaseUrl != null ? builder.appBaseUrl : builder.dataCenter.appBaseUrl()),
            builder.clientId,
            builder.clientSecret,
            tokens,
            builder.tokenListener);
    refresher.refreshWith(oauth::refreshAccessTokenForRetry);
    this.schedulingConversationLinks =
        new SchedulingConversationLinks(actionLinksApi(), apiBaseUrl);
  }

  /**
   * Starts a client builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new client-side rate limiter at Cronofy's documented per-application limits: 50
   * requests per second and 500 per minute
   * (https://docs.cronofy.com/developers/faqs/rate-limits). Give the same instance to every
   * client of the application with {@code .rateLimiter(..)}; requests beyond the limits wait
   * instead of getting HTTP 429. For an application whose limits Cronofy raised, build your own
   * {@link RateLimiter}.
   *
   * @return a new limiter
   */
  public static RateLimiter applicationRateLimiter() {
    return RateLimiter.builder().limit(50, Duration.ofSeconds(1)).limit(500, Duration.ofMinutes(1)).build();
  }

  /**
   * Returns the OAuth helpers: authorization URL, code exchange, refresh, revoke, application
   * calendars.
   *
   * @return the OAuth helpers
   */
  public CronofyOAuth oauth() {
    return oauth;
  }

  /**
   * Starts a batch of up to {@value CronofyBatch#MAX_ENTRIES} event and available-period writes,
   * sent in one request with the user's access token.
   *
   * @return a new, empty batch
   */
  public CronofyBatch batch() {
    return new CronofyBatch(batchApi());
  }

  /**
   * Returns the follower of scheduling conversation action links (ALPHA): it calls a participant's
   * {@code possible_actions} URLs (list and select slots) exactly as Cronofy gives them.
   *
   * @return the action link follower
   */
  public SchedulingConversationLinks schedulingConversationLinks() {
    return schedulingConversationLinks;
  }

  /**
   * Returns a verifier of push notifications signed with this client's secret.
   *
   * @return the verifier
   * @throws MissingCredentialException if no client secret was configured
   */
  public CronofyPushVerifier pushVerifier() {
    if (clientSecret == null) {
      throw new MissingCredentialException(
          "verifying push notifications needs the client secret: set .clientSecret(..) on the client builder");
    }
    return CronofyPushVerifier.of(clientSecret);
  }

  /**
   * Returns the tokens the client currently uses; they change when the client refreshes them.
   *
   * @return the tokens
   */
  public CronofyTokens tokens() {
    return tokens.tokens();
  }

  /**
   * Returns the data center the client was built for.
   *
   * @return the data center; {@link DataCenter#US} unless set
   */
  public DataCenter dataCenter() {
    return dataCenter;
  }

  /**
   * Releases what the client owns: its async retry scheduler and, when built without {@code
   * .okHttpClient(..)}, its dispatcher and its share of the connection pool. Calls started
   * afterwards fail with {@link IllegalStateException}; async retries still waiting fail with
   * {@link io.github.schedkit.core.errors.ApiConnectionException}. A caller-supplied {@code
   * OkHttpClient} is left alone. Idempotent.
   */
  @Override
  public void close() {
    resources.close();
  }

  /** Shows the API base URL; never a token or secret. */
  @Override
  public String toString() {
    return "CronofyClient{baseUrl=" + apiBaseUrl + "}";
  }

  /**
   * Builds a {@link CronofyClient}. Every credential is optional; an operation that needs a
   * missing one fails, before sending anything, naming the setting to add.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private String accessToken;
    private String refreshToken;
    private String clientId;
    private String clientSecret;
    private String adminApiKey;
    private DataCenter dataCenter;
    private String appBaseUrl;
    private TokenListener tokenListener = tokens -> {};
    private LongSupplier refreshTicker = System::nanoTime;

    private Builder() {}

    /**
     * Sets the user's access token, for user calls.
     *
     * @param accessToken the token
     * @return this builder
     */
    public Builder accessToken(String accessToken) {
      this.accessToken = blankToNull(accessToken);
      return this;
    }

    /**
     * Sets the user's refresh token: with the client id and secret, expired access tokens are
     * renewed automatically.
     *
     * @param refreshToken the token
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = blankToNull(refreshToken);
      return this;
    }

    /**
     * Sets the application's client id, for the OAuth calls and the authorization URL.
     *
     * @param clientId the client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = blankToNull(clientId);
      return this;
    }

    /**
     * Sets the application's client secret: the API key of application calls (bookable events,
     * element tokens, attachments, application verification), the secret of the OAuth calls, and
     * the key of push-notification signatures.
     *
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = blankToNull(clientSecret);
      return this;
    }

    /**
     * Sets an admin API key of the Admin API (from the developer dashboard), used only to
     * provision applications.
     *
     * @param adminApiKey the admin API key
     * @return this builder
     */
    public Builder adminApiKey(String adminApiKey) {
      this.adminApiKey = blankToNull(adminApiKey);
      return this;
    }

    /**
     * Selects the data center of the account; REST calls go to its API host and authorization
     * URLs to its app host. Default {@link DataCenter#US}. Not combinable with {@link
     * #baseUrl(String)}.
     *
     * @param dataCenter the data center
     * @return this builder
     */
    public Builder dataCenter(DataCenter dataCenter) {
      this.dataCenter = Objects.requireNonNull(dataCenter, "dataCenter");
      return this;
    }

    /**
     * Sets the base URL of authorization pages, for tests against a mock; by default the data
     * center's app host.
     *
     * @param appBaseUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder appBaseUrl(String appBaseUrl) {
      if (HttpUrl.parse(Objects.requireNonNull(appBaseUrl, "appBaseUrl")) == null) {
        throw new IllegalArgumentException("appBaseUrl must be an absolute http or https URL, got: " + appBaseUrl);
      }
      this.appBaseUrl = appBaseUrl;
      return this;
    }

    /**
     * Sets who hears about refreshed tokens (persist them: the refresh token may change).
     *
     * @param tokenListener the listener
     * @return this builder
     */
    public Builder tokenListener(TokenListener tokenListener) {
      this.tokenListener = Objects.requireNonNull(tokenListener, "tokenListener");
      return this;
    }

    /** Sets the clock of the refresh backoff; for tests. */
    Builder refreshTicker(LongSupplier refreshTicker) {
      this.refreshTicker = refreshTicker;
      return this;
    }

    /**
     * Reads settings from the environment: {@code CRONOFY_ACCESS_TOKEN}, {@code
     * CRONOFY_REFRESH_TOKEN}, {@code CRONOFY_CLIENT_ID}, {@code CRONOFY_CLIENT_SECRET}, {@code
     * CRONOFY_ADMIN_API_KEY} and {@code CRONOFY_DATA_CENTER} (such as {@code de}). A variable that
     * is unset, empty or only whitespace counts as absent and leaves the builder's value alone, as
     * in {@code JicooClient.Builder.fromEnv()}.
     *
     * @return this builder
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    /** {@link #fromEnv()} on the given environment; for tests. */
    Builder fromEnv(Function<String, String> environment) {
      accessToken(orDefault(environmentValue(environment, "CRONOFY_ACCESS_TOKEN"), accessToken));
      refreshToken(orDefault(environmentValue(environment, "CRONOFY_REFRESH_TOKEN"), refreshToken));
      clientId(orDefault(environmentValue(environment, "CRONOFY_CLIENT_ID"), clientId));
      clientSecret(orDefault(environmentValue(environment, "CRONOFY_CLIENT_SECRET"), clientSecret));
      adminApiKey(orDefault(environmentValue(environment, "CRONOFY_ADMIN_API_KEY"), adminApiKey));
      String dataCenterId = environmentValue(environment, "CRONOFY_DATA_CENTER");
      if (dataCenterId != null) {
        dataCenter(DataCenter.fromId(dataCenterId));
      }
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if both a data center and a base URL were set
     */
    public CronofyClient build() {
      if (dataCenter != null && hasBaseUrl()) {
        throw new IllegalStateException(
            "dataCenter(..) and baseUrl(..) are mutually exclusive: the data center decides the base URL");
      }
      if (dataCenter == null) {
        dataCenter = DataCenter.US;
      }
      TokenStore tokens = new TokenStore(new CronofyTokens(accessToken, refreshToken, null, null));
      Credentials.Builder credentials = credentialHints();
      if (accessToken != null || refreshToken != null) {
        credentials.scheme(USER_ACCESS_TOKEN_SCHEME, tokens);
      }
      if (clientSecret != null) {
        credentials.scheme(APPLICATION_API_KEY_SCHEME, Credential.bearer(clientSecret));
      }
      if (adminApiKey != null) {
        credentials.scheme(ADMIN_API_KEY_SCHEME, Credential.bearer(adminApiKey));
      }
      TokenRefreshInterceptor refresher =
          new TokenRefreshInterceptor(USER_ACCESS_TOKEN_SCHEME, tokens, tokenListener, new RefreshBackoff(refreshTicker));
      ClientResources resources = openResources();
      Retrofit retrofit =
          buildRetrofit(resources, dataCenter.apiBaseUrl(), credentials.build(), "schedkit-cronofy", refresher);
      return new CronofyClient(this, retrofit, resources, tokens, refresher);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Shows which settings are present; never their values. */
    @Override
    public String toString() {
      return "CronofyClient.Builder{accessToken="
          + (accessToken != null)
          + ", refreshToken="
          + (refreshToken != null)
          + ", clientId="
          + (clientId != null)
          + ", clientSecret="
          + (clientSecret != null)
          + ", adminApiKey="
          + (adminApiKey != null)
          + ", dataCenter="
          + dataCenter
          + "}";
    }

    private static String blankToNull(String value) {
      return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    private static String orDefault(String value, String fallback) {
      return value == null ? fallback : value;
    }
  }
}
