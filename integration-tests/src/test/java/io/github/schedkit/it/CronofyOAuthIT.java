package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.CronofyTokens;
import io.github.schedkit.cronofy.model.LinkingProfile;
import io.github.schedkit.cronofy.model.ProviderName;
import io.github.schedkit.cronofy.model.TokenResponse;
import io.github.schedkit.mock.PrismServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every OAuth operation against Prism; each test is named after its operationId. These calls send
 * the client credentials in the JSON body and no Authorization header.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyOAuthIT {
  private static final String CODE = "zKSbH0j2JeLEjXqRJ0gGd7yOsIc3I9fh";
  private static final String REDIRECT_URI = "https://app.example.com/oauth/callback";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static PrismServer prism;
  private final List<CronofyTokens> heard = new CopyOnWriteArrayList<>();
  private CronofyClient cronofy;

  @BeforeAll
  static void setUp(PrismServer server) {
    prism = server;
  }

  /** A fresh client per test: refreshing replaces the client's tokens. */
  @BeforeEach
  void newClient() {
    SENT.clear();
    cronofy =
        CronofyMock.builder(prism, SENT)
            .accessToken(CronofyMock.ACCESS_TOKEN)
            .refreshToken(CronofyMock.REFRESH_TOKEN)
            .clientId(CronofyMock.CLIENT_ID)
            .clientSecret(CronofyMock.CLIENT_SECRET)
            .tokenListener(heard::add)
            .build();
  }

  /** {@code requestToken} with {@code grant_type=authorization_code}. */
  @Test
  void requestToken() {
    TokenResponse tokens = cronofy.oauth().exchangeCode(CODE, REDIRECT_URI);

    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/oauth/token", sent.url().encodedPath());
    CronofyMock.assertNoAuthorization(sent);
    JsonObject body = CronofyMock.jsonBody(sent);
    // The wrapper filled the client credentials; the body is the spec's code-exchange example.
    SpecExamples.assertMatches(
        "requestToken request", EXAMPLES.requestJson("requestToken", "authorizationCode"), body);
    assertEquals("authorization_code", body.get("grant_type").getAsString());
    assertFalse(body.has("refresh_token"));

    EXAMPLES.assertMatchesResponse("requestToken", tokens);
    assertEquals("bearer", tokens.getTokenType());
    assertEquals("P531x88i05Ld2yXHIQ7WjiEyqlmOHsgI", tokens.getAccessToken());
    assertEquals(Integer.valueOf(3600), tokens.getExpiresIn());
    assertEquals("3gBYG1XamYDUEXUyybbummQWEe5YqPmf", tokens.getRefreshToken());
    assertEquals("create_event delete_event", tokens.getScope());
    assertEquals("acc_5ba21743f408617d1269ea1e", tokens.getAccountId());
    assertEquals("acc_5ba21743f408617d1269ea1e", tokens.getSub());
    LinkingProfile linked = tokens.getLinkingProfile();
    assertSame(ProviderName.GOOGLE, linked.getProviderName());
    assertEquals("pro_n23kjnwrw2", linked.getProfileId());
    assertEquals("example@cronofy.com", linked.getProfileName());
    assertNull(tokens.getApplicationCalendarId());
    // Exchanging a code returns the tokens; the client keeps its own until told otherwise.
    assertEquals(CronofyMock.ACCESS_TOKEN, cronofy.tokens().accessToken());
    assertTrue(heard.isEmpty());
  }

  /** {@code requestToken} with {@code grant_type=refresh_token}. */
  @Test
  void requestTokenByRefreshToken() {
    CronofyTokens renewed = cronofy.oauth().refreshAccessToken();

    Request sent = SENT.last();
    assertEquals("/oauth/token", sent.url().encodedPath());
    CronofyMock.assertNoAuthorization(sent);
    JsonObject body = CronofyMock.jsonBody(sent);
    SpecExamples.assertMatches(
        "requestToken request", EXAMPLES.requestJson("requestToken", "refreshToken"), body);
    assertFalse(body.has("code"));

    // The same response example answers both grants; the wrapper keeps its token fields.
    JsonObject example = EXAMPLES.response("requestToken").getAsJsonObject();
    CronofyTokens expected =
        new CronofyTokens(
            example.get("access_token").getAsString(),
            example.get("refresh_token").getAsString(),
            example.get("expires_in").getAsLong(),
            example.get("scope").getAsString());
    assertEquals(expected, renewed);
    assertEquals("P531x88i05Ld2yXHIQ7WjiEyqlmOHsgI", renewed.accessToken());
    assertEquals(Long.valueOf(3600), renewed.expiresIn());

    // The client installs the new tokens, tells the listener and uses them from now on.
    assertEquals(renewed, cronofy.tokens());
    assertEquals(List.of(renewed), heard);
    cronofy.identity().getAccount().execute();
    assertEquals("Bearer P531x88i05Ld2yXHIQ7WjiEyqlmOHsgI", SENT.last().header("Authorization"));
  }

  /** {@code revokeAuthorization} by token. */
  @Test
  void revokeAuthorization() {
    cronofy.oauth().revoke(CronofyMock.REFRESH_TOKEN);

    assertEquals(200, SENT.lastStatus());
    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/oauth/token/revoke", sent.url().encodedPath());
    CronofyMock.assertNoAuthorization(sent);
    JsonObject body = CronofyMock.jsonBody(sent);
    SpecExamples.assertMatches("revokeAuthorization request", EXAMPLES.requestJson("revokeAuthorization"), body);
    assertFalse(body.has("sub"));
  }

  /** {@code revokeAuthorization} by the account's {@code sub}. */
  @Test
  void revokeAuthorizationBySub() {
    cronofy.oauth().revokeBySub("acc_5ba21743f408617d1269ea1e");

    assertEquals(200, SENT.lastStatus());
    Request sent = SENT.last();
    assertEquals("/oauth/token/revoke", sent.url().encodedPath());
    CronofyMock.assertNoAuthorization(sent);
    JsonObject body = CronofyMock.jsonBody(sent);
    assertEquals("acc_5ba21743f408617d1269ea1e", body.get("sub").getAsString());
    assertEquals(CronofyMock.CLIENT_ID, body.get("client_id").getAsString());
    assertEquals(CronofyMock.CLIENT_SECRET, body.get("client_secret").getAsString());
    assertFalse(body.has("token"));
    assertEquals(3, body.size(), body.toString());
  }

  @Test
  void createApplicationCalendar() {
    TokenResponse tokens = cronofy.oauth().createApplicationCalendar("my-unique-string");

    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/v1/application_calendars", sent.url().encodedPath());
    CronofyMock.assertNoAuthorization(sent);
    SpecExamples.assertMatches(
        "createApplicationCalendar request",
        EXAMPLES.requestJson("createApplicationCalendar"),
        CronofyMock.jsonBody(sent));

    EXAMPLES.assertMatchesResponse("createApplicationCalendar", tokens);
    assertEquals("my-unique-string", tokens.getApplicationCalendarId());
    assertEquals("apc_64b17fbb8090ea21640c9152", tokens.getSub());
    assertEquals("read_write", tokens.getScope());
    assertEquals("fT2nMw4fVdY3yU1rxQa8oeHjlSkZc9bP", tokens.getAccessToken());
    assertSame(ProviderName.CRONOFY, tokens.getLinkingProfile().getProviderName());
    assertNull(tokens.getAccountId());
    assertTrue(tokens.getLinkingProfile().getProviderName().isRecognized());
  }
}
