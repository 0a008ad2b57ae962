package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.cronofy.model.BookableEvent;
import io.github.schedkit.cronofy.model.Calendar;
import io.github.schedkit.cronofy.model.Channel;
import io.github.schedkit.cronofy.model.CreateChannelRequest;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.cronofy.model.TokenResponse;
import java.util.List;
import java.util.Set;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each endpoint gets the credential it needs, and a missing one fails before anything is sent. */
class CronofyCredentialsTest extends CronofyMockServerTest {

  @Test
  void userCallsSendTheAccessTokenAsBearer() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json(calendarsJson("cal_a", "cal_b")));
    server.enqueue(json("{\"events\":[],\"pages\":{\"current\":1,\"total\":1}}"));
    server.enqueue(
        json("{\"channel\":{\"channel_id\":\"chn_1\",\"callback_url\":\"https://app.example.com/hook\"}}"));

    List<Calendar> calendars = client.calendars().listCalendars().execute();
    EventsPage events = client.events().readEvents("Etc/UTC").execute();
    Channel channel =
        client
            .pushNotifications()
            .createChannel(CreateChannelRequest.builder().callbackUrl("https://app.example.com/hook").build())
            .execute();

    assertEquals(List.of("cal_a", "cal_b"), calendars.stream().map(Calendar::getCalendarId).toList());
    assertTrue(events.items().isEmpty());
    assertEquals("chn_1", channel.getChannelId());

    RecordedRequest list = takeRequest();
    assertEquals("GET /v1/calendars HTTP/1.1", list.getRequestLine());
    assertEquals("Bearer " + ACCESS_TOKEN, list.getHeader("Authorization"));
    assertTrue(list.getHeader("User-Agent").startsWith("schedkit-cronofy/"), list.getHeader("User-Agent"));
    RecordedRequest read = takeRequest();
    assertEquals("/v1/events?tzid=Etc%2FUTC", read.getPath());
    assertEquals("Bearer " + ACCESS_TOKEN, read.getHeader("Authorization"));
    RecordedRequest create = takeRequest();
    assertEquals("POST", create.getMethod());
    assertEquals("/v1/channels", create.getPath());
    assertEquals("Bearer " + ACCESS_TOKEN, create.getHeader("Authorization"));
    assertEquals("https://app.example.com/hook", jsonBody(create).get("callback_url").getAsString());
  }

  @Test
  void bookableEventCallsSendTheClientSecretAsBearer() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json(bookableEventJson("be_1", "{\"registrations\":[]}")));

    BookableEvent event = client.bookableEvents().readBookableEvent("be_1").execute();

    assertEquals("be_1", event.getBookableEventId());
    RecordedRequest request = takeRequest();
    assertEquals("GET /v1/bookable_events/be_1 HTTP/1.1", request.getRequestLine());
    assertEquals("Bearer " + CLIENT_SECRET, request.getHeader("Authorization"));
  }

  @Test
  void bookableEventCallsNeedOnlyTheClientSecret() throws Exception {
    CronofyClient client = bare().clientSecret(CLIENT_SECRET).build();
    server.enqueue(json(bookableEventJson("be_2", "{\"registrations\":[]}")));

    client.bookableEvents().readBookableEvent("be_2").execute();

    assertEquals("Bearer " + CLIENT_SECRET, takeRequest().getHeader("Authorization"));
  }

  @Test
  void exchangeCodeSendsTheClientCredentialsInTheBodyAndNoAuthorizationHeader() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(
        json("{\"token_type\":\"bearer\",\"access_token\":\"P531x88i05Ld2yXHIQ7WjiEyqlmOHsgI\",\"expires_in\":3600,"
            + "\"refresh_token\":\"3gBYG1XamYDUEXUyybbummQWEe5YqPmf\",\"scope\":\"create_event delete_event\","
            + "\"account_id\":\"acc_5ba21743f408617d1269ea1e\",\"sub\":\"acc_5ba21743f408617d1269ea1e\","
            + "\"linking_profile\":{\"provider_name\":\"google\",\"profile_id\":\"pro_n23kjnwrw2\","
            + "\"profile_name\":\"example@cronofy.com\"}}"));

    TokenResponse tokens = client.oauth().exchangeCode("zKSbH0j2JeLEjXqRJ0gGd7yOsIc3I9fh", "https://app.example.com/cb?a=1");

    assertEquals("P531x88i05Ld2yXHIQ7WjiEyqlmOHsgI", tokens.getAccessToken());
    assertEquals("3gBYG1XamYDUEXUyybbummQWEe5YqPmf", tokens.getRefreshToken());
    assertEquals(3600, tokens.getExpiresIn());
    assertEquals("acc_5ba21743f408617d1269ea1e", tokens.getSub());
    assertEquals("pro_n23kjnwrw2", tokens.getLinkingProfile().getProfileId());
    // exchanging a code does not change the tokens the client uses
    assertEquals(ACCESS_TOKEN, client.tokens().accessToken());

    RecordedRequest request = takeRequest();
    assertEquals("POST /oauth/token HTTP/1.1", request.getRequestLine());
    assertNull(request.getHeader("Authorization"));
    assertTrue(request.getHeader("Content-Type").startsWith("application/json"), request.getHeader("Content-Type"));
    JsonObject body = jsonBody(request);
    assertEquals(Set.of("client_id", "client_secret", "grant_type", "code", "redirect_uri"), body.keySet());
    assertEquals(CLIENT_ID, body.get("client_id").getAsString());
    assertEquals(CLIENT_SECRET, body.get("client_secret").getAsString());
    assertEquals("authorization_code", body.get("grant_type").getAsString());
    assertEquals("zKSbH0j2JeLEjXqRJ0gGd7yOsIc3I9fh", body.get("code").getAsString());
    assertEquals("https://app.example.com/cb?a=1", body.get("redirect_uri").getAsString());
  }

  @Test
  void exchangeCodeWorksOnAClientWithoutUserTokens() throws Exception {
    CronofyClient client = bare().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build();
    server.enqueue(json(tokenJson("new-at", "new-rt")));

    assertEquals("new-at", client.oauth().exchangeCode("c0de", "https://x.test/cb").getAccessToken());
    assertNull(takeRequest().getHeader("Authorization"));
  }

  @Test
  void revokeByTokenSendsTheToken() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(200));

    client.oauth().revoke(REFRESH_TOKEN);

    RecordedRequest request = takeRequest();
    assertEquals("POST /oauth/token/revoke HTTP/1.1", request.getRequestLine());
    assertNull(request.getHeader("Authorization"));
    JsonObject body = jsonBody(request);
    assertEquals(Set.of("client_id", "client_secret", "token"), body.keySet());
    assertEquals(CLIENT_ID, body.get("client_id").getAsString());
    assertEquals(CLIENT_SECRET, body.get("client_secret").getAsString());
    assertEquals(REFRESH_TOKEN, body.get("token").getAsString());
  }

  @Test
  void revokeBySubSendsTheSub() throws Exception {
    CronofyClient client = bare().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build();
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(200));

    client.oauth().revokeBySub("acc_5ba21743f408617d1269ea1e");

    RecordedRequest request = takeRequest();
    assertEquals("POST /oauth/token/revoke HTTP/1.1", request.getRequestLine());
    assertNull(request.getHeader("Authorization"));
    JsonObject body = jsonBody(request);
    assertEquals(Set.of("client_id", "client_secret", "sub"), body.keySet());
    assertEquals("acc_5ba21743f408617d1269ea1e", body.get("sub").getAsString());
    assertEquals(CLIENT_SECRET, body.get("client_secret").getAsString());
  }

  @Test
  void createApplicationCalendarSendsTheClientCredentialsInTheBody() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json("{\"token_type\":\"bearer\",\"access_token\":\"apc-at\",\"expires_in\":3600,"
        + "\"refresh_token\":\"apc-rt\",\"scope\":\"read_write\",\"application_calendar_id\":\"my-cal\","
        + "\"sub\":\"apc_64b17d868090ea21640c914c\"}"));

    TokenResponse response = client.oauth().createApplicationCalendar("my-cal");

    assertEquals("apc_64b17d868090ea21640c914c", response.getSub());
    RecordedRequest request = takeRequest();
    assertEquals("POST /v1/application_calendars HTTP/1.1", request.getRequestLine());
    assertNull(request.getHeader("Authorization"));
    JsonObject body = jsonBody(request);
    assertEquals(Set.of("client_id", "client_secret", "application_calendar_id"), body.keySet());
    assertEquals("my-cal", body.get("application_calendar_id").getAsString());
  }

  @Test
  void aUserCallWithoutTokensFailsBeforeSendingAndNamesAccessToken() {
    CronofyClient client = bare().clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build();

    assertMissing(".accessToken(..)", () -> client.calendars().listCalendars().execute());
    assertMissing(".accessToken(..)", () -> client.events().readEvents("Etc/UTC").execute());
    assertMissing(
        ".accessToken(..)",
        () ->
            client
                .pushNotifications()
                .createChannel(CreateChannelRequest.builder().callbackUrl("https://x.test/h").build())
                .execute());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aBookableEventCallWithoutTheSecretFailsBeforeSendingAndNamesClientSecret() {
    CronofyClient client = bare().accessToken(ACCESS_TOKEN).clientId(CLIENT_ID).build();

    assertMissing(".clientSecret(..)", () -> client.bookableEvents().readBookableEvent("be_1").execute());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void exchangeCodeWithoutTheClientIdFailsBeforeSendingAndNamesClientId() {
    CronofyClient client = bare().accessToken(ACCESS_TOKEN).clientSecret(CLIENT_SECRET).build();

    assertMissing(".clientId(..)", () -> client.oauth().exchangeCode("code", "https://x.test/cb"));
    assertMissing(".clientId(..)", () -> client.oauth().revoke("token"));
    assertMissing(
        ".clientId(..)",
        () ->
            client
                .oauth()
                .authorizationUrl(AuthorizationRequest.builder().redirectUri("https://x.test/cb").scope("read_only").build()));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void exchangeCodeWithoutTheClientSecretFailsBeforeSendingAndNamesClientSecret() {
    CronofyClient client = bare().accessToken(ACCESS_TOKEN).clientId(CLIENT_ID).build();

    assertMissing(".clientSecret(..)", () -> client.oauth().exchangeCode("code", "https://x.test/cb"));
    assertMissing(".clientSecret(..)", () -> client.oauth().revokeBySub("acc_1"));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void refreshWithoutARefreshTokenFailsBeforeSendingAndNamesRefreshToken() {
    CronofyClient client = bare().accessToken(ACCESS_TOKEN).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).build();

    assertMissing(".refreshToken(..)", () -> client.oauth().refreshAccessToken());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void blankCredentialsCountAsMissing() {
    CronofyClient client = bare().accessToken("  ").clientSecret("").clientId(" ").build();

    assertMissing(".accessToken(..)", () -> client.calendars().listCalendars().execute());
    assertMissing(".clientSecret(..)", () -> client.bookableEvents().readBookableEvent("be_1").execute());
    assertMissing(".clientId(..)", () -> client.oauth().exchangeCode("code", "https://x.test/cb"));
    assertMissing(".clientSecret(..)", client::pushVerifier);
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void pushVerifierWithoutTheSecretFails() {
    CronofyClient client = bare().accessToken(ACCESS_TOKEN).build();

    assertMissing(".clientSecret(..)", client::pushVerifier);
  }

  private static void assertMissing(String setting, Executable call) {
    MissingCredentialException e = assertThrows(MissingCredentialException.class, call);
    assertTrue(e.getMessage().contains(setting), e.getMessage());
  }
}
