package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.ApiTimeoutException;
import io.github.schedkit.core.errors.BadRequestException;
import io.github.schedkit.core.errors.InternalServerException;
import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.core.errors.PaginationException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.errors.UnauthorizedException;
import io.github.schedkit.core.http.LogLevel;
import io.github.schedkit.cronofy.model.ApplicationCalendarRequest;
import io.github.schedkit.cronofy.model.CreateChannelRequest;
import io.github.schedkit.cronofy.model.ElementPermission;
import io.github.schedkit.cronofy.model.ElementTokenRequest;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.cronofy.model.OAuthClientCredentials;
import io.github.schedkit.cronofy.model.ProvisionApplicationRequest;
import io.github.schedkit.cronofy.model.RevokeAuthorizationRequest;
import io.github.schedkit.cronofy.model.TokenGrantType;
import io.github.schedkit.cronofy.model.TokenRequest;
import io.github.schedkit.cronofy.model.TokenResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** No token or secret ever appears in an exception or in {@code toString()}. */
class CronofySecretHygieneTest extends CronofyMockServerTest {
  private static final List<String> SENTINELS =
      List.of(ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET, ADMIN_API_KEY, NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN);

  private final List<Throwable> failures = new ArrayList<>();

  private <T extends Throwable> T capture(Class<T> type, Executable call) {
    T failure = assertThrows(type, call);
    failures.add(failure);
    return failure;
  }

  static void assertNoSentinel(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text, true));
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append('\n').append(String.valueOf(t)).append('\n').append(String.valueOf(t.getLocalizedMessage()));
      for (Throwable suppressed : t.getSuppressed()) {
        text.append('\n').append(String.valueOf(suppressed));
      }
    }
    assertNoSentinel(text.toString());
  }

  static void assertNoSentinel(Object value) {
    String text = String.valueOf(value);
    for (String sentinel : SENTINELS) {
      assertFalse(text.contains(sentinel), () -> "a secret leaked into: " + text);
    }
    // the sentinels share a prefix: catch a partial or reformatted leak too
    assertFalse(text.contains("SENTINEL"), () -> "a secret leaked into: " + text);
  }

  @Test
  void errorPathsNeverShowTheTokensOrTheSecret() throws Exception {
    // 401 on a client without a refresh token
    CronofyClient noRefresh = bare().accessToken(ACCESS_TOKEN).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build();
    server.enqueue(json(401, "{\"error\":\"unauthorized\"}"));
    capture(UnauthorizedException.class, () -> noRefresh.calendars().listCalendars().execute());

    CronofyClient client = full().build();
    // 500 (a POST, so no transport retry muddies the count)
    server.enqueue(json(500, "{\"error\":\"internal\"}"));
    capture(
        InternalServerException.class,
        () ->
            client
                .pushNotifications()
                .createChannel(CreateChannelRequest.builder().callbackUrl("https://x.test/h").build())
                .execute());
    // a success body that does not decode
    server.enqueue(json("{\"calendars\":{\"not\":\"a list\"}}"));
    capture(ResponseDecodingException.class, () -> client.calendars().listCalendars().execute());
    // a token response that does not decode
    server.enqueue(json("{\"access_token\":[\"x\"]}"));
    capture(ResponseDecodingException.class, () -> client.oauth().exchangeCode("code", "https://x.test/cb"));
    // missing credentials
    capture(
        MissingCredentialException.class,
        () -> bare().accessToken(ACCESS_TOKEN).refreshToken(REFRESH_TOKEN).build().bookableEvents().readBookableEvent("be").execute());
    capture(
        MissingCredentialException.class,
        () -> bare().accessToken(ACCESS_TOKEN).clientSecret(CLIENT_SECRET).build().oauth().exchangeCode("c", "https://x.test/cb"));
    capture(
        MissingCredentialException.class,
        () -> bare().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build().calendars().listCalendars().execute());
    capture(
        MissingCredentialException.class,
        () -> bare().accessToken(ACCESS_TOKEN).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build().oauth().refreshAccessToken());
    capture(MissingCredentialException.class, () -> bare().accessToken(ACCESS_TOKEN).build().pushVerifier());
    // a refused refresh, automatic and explicit
    server.enqueue(json(401, "{\"error\":\"unauthorized\"}"));
    server.enqueue(json(400, "{\"error\":\"invalid_grant\"}"));
    capture(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());
    server.enqueue(json(400, "{\"error\":\"invalid_grant\"}"));
    capture(BadRequestException.class, () -> client.oauth().refreshAccessToken());
    // the token endpoint does not answer in time
    CronofyClient impatient = full().readTimeout(Duration.ofMillis(250)).build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    capture(ApiTimeoutException.class, () -> impatient.oauth().refreshAccessToken());
    // a listener that throws while receiving the new tokens
    CronofyClient throwingListener =
        full()
            .tokenListener(
                tokens -> {
                  throw new IllegalStateException("could not store " + tokens);
                })
            .build();
    server.enqueue(json(401, "{\"error\":\"unauthorized\"}"));
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN)));
    capture(
        ApiConnectionException.class,
        () ->
            throwingListener
                .pushNotifications()
                .createChannel(CreateChannelRequest.builder().callbackUrl("https://x.test/h").build())
                .execute());
    // a revoke that fails
    server.enqueue(json(400, "{\"error\":\"invalid_request\"}"));
    capture(BadRequestException.class, () -> client.oauth().revoke(REFRESH_TOKEN));
    // a next page on another origin
    MockWebServer other = new MockWebServer();
    other.start();
    try {
      server.enqueue(
          json("{\"pages\":{\"current\":1,\"total\":2,\"next_page\":\"" + other.url("/v1/events/pages/p2") + "\"},\"events\":[]}"));
      EventsPage first = client.events().readEvents("Etc/UTC").execute();
      capture(PaginationException.class, () -> first.autoPager().iterator().hasNext());
      assertEquals(0, other.getRequestCount());
    } finally {
      other.shutdown();
    }

    assertEquals(15, failures.size());
    for (Throwable failure : failures) {
      assertNoSentinel(failure);
    }
  }

  @Test
  void handWrittenTypesNeverShowTheTokensOrTheSecret() throws Exception {
    List<CronofyTokens> heard = new CopyOnWriteArrayList<>();
    CronofyClient.Builder builder = full().adminApiKey(ADMIN_API_KEY).tokenListener(heard::add);
    assertEquals(
        "CronofyClient.Builder{accessToken=true, refreshToken=true, clientId=true, clientSecret=true,"
            + " adminApiKey=true, dataCenter=null}",
        builder.toString());
    CronofyClient client = builder.build();
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN)));
    CronofyTokens renewed = client.oauth().refreshAccessToken();

    assertNoSentinel(builder);
    assertNoSentinel(client);
    assertNoSentinel(client.tokens());
    assertNoSentinel(renewed);
    assertNoSentinel(heard);
    assertNoSentinel(new CronofyTokens(ACCESS_TOKEN, REFRESH_TOKEN, 3600L, "read_events"));
    assertNoSentinel(new TokenStore(new CronofyTokens(ACCESS_TOKEN, REFRESH_TOKEN, null, null)));
    assertNoSentinel(client.oauth());
    assertNoSentinel(client.pushVerifier());
    assertNoSentinel(CronofyPushVerifier.of(CLIENT_SECRET, REFRESH_TOKEN));
    assertNoSentinel(client.calendars().listCalendars());
    assertNoSentinel(client.calendars().listCalendars().request());
    assertNoSentinel(client.bookableEvents().readBookableEvent("be").request());
    assertEquals(
        "CronofyTokens{accessToken=██, refreshToken=██, expiresIn=3600, scope=read_events create_event}",
        renewed.toString());
    assertEquals("CronofyTokens{accessToken=absent, refreshToken=██, expiresIn=null, scope=null}",
        new CronofyTokens(null, REFRESH_TOKEN, null, null).toString());
  }

  /**
   * The generated request and response models carry the tokens and the client secret; the
   * template redacts properties marked {@code x-schedkit-secret}.
   */
  @Test
  void generatedModelsNeverShowTheTokensOrTheSecret() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN)));
    TokenResponse decoded = client.oauth().exchangeCode("code", "https://x.test/cb");
    assertEquals(NEW_ACCESS_TOKEN, decoded.getAccessToken());

    TokenResponse built =
        TokenResponse.builder()
            .tokenType("bearer")
            .accessToken(ACCESS_TOKEN)
            .refreshToken(REFRESH_TOKEN)
            .expiresIn(3600)
            .scope("read_events")
            .build();
    TokenRequest refresh =
        TokenRequest.builder()
            .clientId(CLIENT_ID)
            .clientSecret(CLIENT_SECRET)
            .grantType(TokenGrantType.REFRESH_TOKEN)
            .refreshToken(REFRESH_TOKEN)
            .build();
    RevokeAuthorizationRequest revoke =
        RevokeAuthorizationRequest.builder().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).token(ACCESS_TOKEN).build();
    ApplicationCalendarRequest applicationCalendar =
        ApplicationCalendarRequest.builder().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).applicationCalendarId("c").build();

    for (Object model : List.of(decoded, built, refresh, revoke, applicationCalendar)) {
      assertNoSentinel(model);
      // presence is still visible, and non-secret values are shown
      assertTrue(model.toString().contains("██"), model::toString);
    }
    assertTrue(refresh.toString().contains(CLIENT_ID), refresh::toString);
    assertTrue(built.toString().contains("read_events"), built::toString);
  }

  /**
   * Responses that hand out a new secret (an application's client secret, an element token, a
   * link token, an authorization URL) are marked {@code x-schedkit-sensitive-body}: even at
   * {@code LogLevel.BODY}, their bodies are not logged, while other bodies are.
   */
  @Test
  void bodiesThatHandOutSecretsAreNeverLogged() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    CronofyClient client = full().adminApiKey(ADMIN_API_KEY).logging(LogLevel.BODY, lines::add).build();
    String newSecret = "SENTINEL-provisioned-secret-0d5e";
    server.enqueue(json("{\"oauth_client\":{\"client_id\":\"c\",\"client_secret\":\"" + newSecret + "\"}}"));
    server.enqueue(json("{\"element_token\":{\"token\":\"SENTINEL-element-token-77a1\"}}"));
    server.enqueue(json("{\"link_token\":\"SENTINEL-link-token-3c9e\"}"));
    server.enqueue(json("{\"resources\":[{\"email\":\"room@example.com\",\"name\":\"Room\"}]}"));

    OAuthClientCredentials provisioned =
        client
            .applications()
            .provisionApplication(
                ProvisionApplicationRequest.builder().name("App").url("https://example.com").build())
            .execute();
    client
        .elements()
        .createElementToken(
            ElementTokenRequest.builder()
                .version("1")
                .permissions(List.of(ElementPermission.AGENDA))
                .origin("http://localhost")
                .build())
        .execute();
    client.authorizations().createLinkToken().execute();
    client.enterprise().listResources().execute();

    assertEquals(newSecret, provisioned.getClientSecret());
    String log = String.join("\n", lines);
    assertNoSentinel(log);
    assertTrue(log.contains("POST ") && log.contains("/v1/applications"), log);
    assertTrue(log.contains("room@example.com"), "other bodies are still logged: " + log);
  }

  /** Lookups by token put the token in the query: logged URLs show it as ██. */
  @Test
  void lookupTokensInTheQueryAreNeverLogged() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    CronofyClient client = full().logging(LogLevel.HEADERS, lines::add).build();
    server.enqueue(json("{\"real_time_scheduling\":{\"real_time_scheduling_id\":\"sch_1\",\"status\":\"open\"}}"));
    server.enqueue(json("{\"participant\":{\"participant_id\":\"p1\"}}"));

    client.realTimeScheduling().getRealTimeSchedulingLinkByToken("SENTINEL-rts-token-5b2f").execute();
    client.schedulingConversations().getSchedulingConversationByToken("SENTINEL-conversation-token-9e4d").execute();

    String log = String.join("\n", lines);
    assertNoSentinel(log);
    assertTrue(log.contains("/v1/real_time_scheduling?token=██"), log);
    assertTrue(log.contains("/v1/scheduling_conversations?token=██"), log);
    assertTrue(server.takeRequest().getPath().endsWith("token=SENTINEL-rts-token-5b2f"), "the token is still sent");
  }

  @Test
  void theSentinelCheckDetectsALeak() {
    // guards the guard: the assertions above must be able to fail
    assertThrows(AssertionError.class, () -> assertNoSentinel((Object) ("x" + CLIENT_SECRET)));
    assertThrows(AssertionError.class, () -> assertNoSentinel((Object) "SENTINEL-access"));
    assertThrows(
        AssertionError.class,
        () -> assertNoSentinel(new IllegalStateException("outer", new RuntimeException("inner " + REFRESH_TOKEN))));
  }
}
