package io.github.schedkit.cronofy;

import io.github.schedkit.core.ClientBuilder;
import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.core.http.ClientResources;
import io.github.schedkit.core.http.Credential;
import io.github.schedkit.core.http.Credentials;
import io.github.schedkit.core.http.RateLimiter;
import io.github.schedkit.cronofy.api.ApplicationsApi;
import io.github.schedkit.cronofy.api.AttachmentsApi;
import io.github.schedkit.cronofy.api.AuthorizationsApi;
import io.github.schedkit.cronofy.api.AvailabilityApi;
import io.github.schedkit.cronofy.api.AvailabilityRulesApi;
import io.github.schedkit.cronofy.api.AvailablePeriodsApi;
import io.github.schedkit.cronofy.api.BatchApi;
import io.github.schedkit.cronofy.api.BookableEventsApi;
import io.github.schedkit.cronofy.api.CalendarsApi;
import io.github.schedkit.cronofy.api.ElementsApi;
import io.github.schedkit.cronofy.api.EnterpriseApi;
import io.github.schedkit.cronofy.api.EventsApi;
import io.github.schedkit.cronofy.api.IdentityApi;
import io.github.schedkit.cronofy.api.OAuthApi;
import io.github.schedkit.cronofy.api.PushNotificationsApi;
import io.github.schedkit.cronofy.api.RealTimeSchedulingApi;
import io.github.schedkit.cronofy.api.SchedulingConversationsApi;
import io.github.schedkit.cronofy.api.SmartInvitesApi;
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
public final class CronofyClient implements AutoCloseable {
  /** The user-token security scheme of {@code spec/cronofy.yaml}. */
  static final String USER_TOKEN_SCHEME = "userAccessToken";

  /** The application-key security scheme of {@code spec/cronofy.yaml}. */
  static final String API_KEY_SCHEME = "applicationApiKey";

  /** The admin-key security scheme of {@code spec/cronofy.yaml} (the Admin API). */
  static final String ADMIN_API_KEY_SCHEME = "adminApiKey";

  private final DataCenter dataCenter;
  private final HttpUrl apiBaseUrl;
  private final TokenStore tokens;
  private final CronofyOAuth oauth;
  private final String clientSecret;
  private final IdentityApi identity;
  private final CalendarsApi calendars;
  private final EventsApi events;
  private final BookableEventsApi bookableEvents;
  private final PushNotificationsApi pushNotifications;
  private final AuthorizationsApi authorizations;
  private final EnterpriseApi enterprise;
  private final ElementsApi elements;
  private final AttachmentsApi attachments;
  private final ApplicationsApi applications;
  private final BatchApi batch;
  private final AvailabilityApi availability;
  private final RealTimeSchedulingApi realTimeScheduling;
  private final SmartInvitesApi smartInvites;
  private final AvailabilityRulesApi availabilityRules;
  private final AvailablePeriodsApi availablePeriods;
  private final SchedulingConversationsApi schedulingConversations;
  private final SchedulingConversationLinks schedulingConversationLinks;
  private final ClientResources resources;

  private CronofyClient(
      Builder builder,
      Retrofit retrofit,
      ClientResources resources,
      TokenStore tokens,
      TokenRefreshInterceptor refresher) {
    this.resources = resources;
    this.dataCenter = builder.dataCenter;
    this.apiBaseUrl = retrofit.baseUrl();
    this.tokens = tokens;
    this.clientSecret = builder.clientSecret;
    this.oauth =
        new CronofyOAuth(
            retrofit.create(OAuthApi.class),
            HttpUrl.get(builder.appBaseUrl != null ? builder.appBaseUrl : builder.dataCenter.appBaseUrl()),
            builder.clientId,
            builder.clientSecret,
            tokens,
            builder.tokenListener);
    refresher.refreshWith(oauth::refreshAccessTokenForRetry);
    this.identity = retrofit.create(IdentityApi.class);
    this.calendars = retrofit.create(CalendarsApi.class);
    this.events = retrofit.create(EventsApi.class);
    this.bookableEvents = retrofit.create(BookableEventsApi.class);
    this.pushNotifications = retrofit.create(PushNotificationsApi.class);
    this.authorizations = retrofit.create(AuthorizationsApi.class);
    this.enterprise = retrofit.create(EnterpriseApi.class);
    this.elements = retrofit.create(ElementsApi.class);
    this.attachments = retrofit.create(AttachmentsApi.class);
    this.applications = retrofit.create(ApplicationsApi.class);
    this.batch = retrofit.create(BatchApi.class);
    this.availability = retrofit.create(AvailabilityApi.class);
    this.realTimeScheduling = retrofit.create(RealTimeSchedulingApi.class);
    this.smartInvites = retrofit.create(SmartInvitesApi.class);
    this.availabilityRules = retrofit.create(AvailabilityRulesApi.class);
    this.availablePeriods = retrofit.create(AvailablePeriodsApi.class);
    this.schedulingConversations = retrofit.create(SchedulingConversationsApi.class);
    this.schedulingConversationLinks =
        new SchedulingConversationLinks(retrofit.create(SchedulingConversationLinksApi.class), apiBaseUrl);
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
   * Returns the identity operations: userinfo, account, profiles.
   *
   * @return the identity API
   */
  public IdentityApi identity() {
    return identity;
  }

  /**
   * Returns the calendar operations: list and create calendars.
   *
   * @return the calendars API
   */
  public CalendarsApi calendars() {
    return calendars;
  }

  /**
   * Returns the event operations: read events, free/busy, upsert, delete, participation status.
   *
   * @return the events API
   */
  public EventsApi events() {
    return events;
  }

  /**
   * Returns the bookable-event operations (authenticated with the client secret).
   *
   * @return the bookable events API
   */
  public BookableEventsApi bookableEvents() {
    return bookableEvents;
  }

  /**
   * Returns the push-notification channel operations.
   *
   * @return the push notifications API
   */
  public PushNotificationsApi pushNotifications() {
    return pushNotifications;
  }

  /**
   * Returns the operations that extend an account's authorization: elevated calendar permissions,
   * link tokens and conferencing-service authorization (with the user's access token).
   *
   * @return the authorizations API
   */
  public AuthorizationsApi authorizations() {
    return authorizations;
  }

  /**
   * Returns the Enterprise Connect and Business Connect operations: delegated access through a
   * service account, its domain's resources, delegated authorizations and accessible calendars.
   * The service-account operations use the service account's access token: build the client with
   * {@code .accessToken(serviceAccountAccessToken)}.
   *
   * @return the enterprise API
   */
  public EnterpriseApi enterprise() {
    return enterprise;
  }

  /**
   * Returns the UI Elements operations: element tokens (authenticated with the client secret).
   *
   * @return the elements API
   */
  public ElementsApi elements() {
    return elements;
  }

  /**
   * Returns the attachment operations (authenticated with the client secret).
   *
   * @return the attachments API
   */
  public AttachmentsApi attachments() {
    return attachments;
  }

  /**
   * Returns the Admin API operations: provisioning an application (with the admin API key) and
   * submitting an application for verification (with its client secret).
   *
   * @return the applications API
   */
  public ApplicationsApi applications() {
    return applications;
  }

  /**
   * Starts a batch of up to {@value CronofyBatch#MAX_ENTRIES} event and available-period writes,
   * sent in one request with the user's access token.
   *
   * @return a new, empty batch
   */
  public CronofyBatch batch() {
    return new CronofyBatch(batch);
  }

  /**
   * Returns the availability queries: availability (periods, slots or overlapping slots) and
   * sequenced availability. They send the client secret as API key when one is configured, and
   * the user's access token otherwise.
   *
   * @return the availability API
   */
  public AvailabilityApi availability() {
    return availability;
  }

  /**
   * Returns the Real-Time Scheduling operations: scheduling links (create, status by id or token,
   * disable), sequencing links (authenticated with the client secret) and Add to Calendar links
   * (with the client id and secret in the request body).
   *
   * @return the real-time scheduling API
   */
  public RealTimeSchedulingApi realTimeScheduling() {
    return realTimeScheduling;
  }

  /**
   * Returns the Smart Invite operations: create, update, cancel, remove a recipient, and read
   * (authenticated with the client secret).
   *
   * @return the smart invites API
   */
  public SmartInvitesApi smartInvites() {
    return smartInvites;
  }

  /**
   * Returns the availability rule operations: upsert, get, list and delete the user's weekly hours.
   *
   * @return the availability rules API
   */
  public AvailabilityRulesApi availabilityRules() {
    return availabilityRules;
  }

  /**
   * Returns the available period operations: upsert, read (paged; {@code autoPager()} follows the
   * pages) and delete one or all.
   *
   * @return the available periods API
   */
  public AvailablePeriodsApi availablePeriods() {
    return availablePeriods;
  }

  /**
   * Returns the scheduling conversation operations (ALPHA): create, read, look up by token, list
   * and select a participant's slots.
   *
   * @return the scheduling conversations API
   */
  public SchedulingConversationsApi schedulingConversations() {
    return schedulingConversations;
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
      Credentials.Builder credentials =
          Credentials.builder()
              .hint(USER_TOKEN_SCHEME, ".accessToken(..)")
              .hint(API_KEY_SCHEME, ".clientSecret(..)")
              .hint(ADMIN_API_KEY_SCHEME, ".adminApiKey(..)");
      if (accessToken != null || refreshToken != null) {
        credentials.scheme(USER_TOKEN_SCHEME, tokens);
      }
      if (clientSecret != null) {
        credentials.scheme(API_KEY_SCHEME, Credential.bearer(clientSecret));
      }
      if (adminApiKey != null) {
        credentials.scheme(ADMIN_API_KEY_SCHEME, Credential.bearer(adminApiKey));
      }
      TokenRefreshInterceptor refresher =
          new TokenRefreshInterceptor(USER_TOKEN_SCHEME, tokens, tokenListener, new RefreshBackoff(refreshTicker));
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
