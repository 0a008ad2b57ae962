package io.github.schedkit.cronofy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.BadRequestException;
import io.github.schedkit.core.errors.InternalServerException;
import io.github.schedkit.core.errors.UnauthorizedException;
import io.github.schedkit.core.faults.FaultInjectionSuite;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.model.Calendar;
import io.github.schedkit.cronofy.model.CreateCalendarRequest;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * The shared fault-injection, load and secret-hygiene suite against the Cronofy client, configured
 * with every credential (access and refresh token, client id and secret), plus Cronofy's own
 * error paths: refused and failing token refreshes and OAuth code exchanges.
 */
class CronofyFaultInjectionTest extends FaultInjectionSuite<CronofyClient, CronofyClient.Builder, List<Calendar>> {
  private static final String ACCESS_TOKEN = "SENTINEL-access-token-d41c7e";
  private static final String REFRESH_TOKEN = "SENTINEL-refresh-token-93ab0f";
  private static final String CLIENT_ID = "client-id-faults";
  private static final String CLIENT_SECRET = "SENTINEL-client-secret-5e8d21";
  private static final String NEW_ACCESS_TOKEN = "SENTINEL-new-access-token-0c6f4a";
  private static final String NEW_REFRESH_TOKEN = "SENTINEL-new-refresh-token-b7e392";

  @Override
  protected CronofyClient.Builder newBuilder() {
    return CronofyClient.builder()
        .accessToken(ACCESS_TOKEN)
        .refreshToken(REFRESH_TOKEN)
        .clientId(CLIENT_ID)
        .clientSecret(CLIENT_SECRET);
  }

  @Override
  protected CronofyClient build(CronofyClient.Builder builder) {
    return builder.build();
  }

  /** {@code listCalendars} takes no parameter: the id only comes back in the answer. */
  @Override
  protected ApiCall<List<Calendar>> getCall(CronofyClient client, String id) {
    return client.calendars().listCalendars();
  }

  @Override
  protected String idOf(List<Calendar> result) {
    return result.size() == 1 ? result.get(0).getCalendarId() : result.size() + " calendars";
  }

  @Override
  protected String getOperationId() {
    return "listCalendars";
  }

  @Override
  protected String successBody(String id) {
    return "{\"calendars\":[{\"provider_name\":\"google\",\"profile_id\":\"pro_1\",\"profile_name\":\"a@example.com\","
        + "\"calendar_id\":\"" + id + "\",\"calendar_name\":\"Calendar\",\"calendar_readonly\":false,"
        + "\"calendar_deleted\":false}]}";
  }

  @Override
  protected ApiCall<?> postCall(CronofyClient client) {
    return client.calendars().createCalendar(CreateCalendarRequest.builder().profileId("pro_1").name("Faults").build());
  }

  @Override
  protected String postOperationId() {
    return "createCalendar";
  }

  @Override
  protected List<String> secrets() {
    return List.of(ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET, NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN);
  }

  @Override
  protected List<Throwable> provokeModuleFailures(CronofyClient client) throws Exception {
    List<Throwable> failures = new ArrayList<>();
    String url = server.url("/").toString();

    // a 401 whose automatic refresh is refused
    server.enqueue(json(401, "{\"error\":\"unauthorized\"}"));
    server.enqueue(json(400, "{\"error\":\"invalid_grant\"}"));
    failures.add(assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute()));
    // an explicit refresh that is refused
    server.enqueue(json(400, "{\"error\":\"invalid_grant\"}"));
    failures.add(assertThrows(BadRequestException.class, () -> client.oauth().refreshAccessToken()));
    // OAuth code exchanges that fail: refused, an HTML error page, a connection reset mid-body
    server.enqueue(json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"code already used\"}"));
    failures.add(assertThrows(BadRequestException.class, () -> client.oauth().exchangeCode("code-1", "https://x.test/cb")));
    server.enqueue(new MockResponse().setResponseCode(500).setHeader("Content-Type", "text/html").setBody(HTML_ERROR_PAGE));
    failures.add(assertThrows(InternalServerException.class, () -> client.oauth().exchangeCode("code-2", "https://x.test/cb")));
    server.enqueue(
        json(200, "{\"token_type\":\"bearer\",\"access_token\":\"" + NEW_ACCESS_TOKEN + "\",\"refresh_token\":\""
                + NEW_REFRESH_TOKEN + "\",\"expires_in\":3600,\"scope\":\"read_events\"}")
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    failures.add(
        assertThrows(ApiConnectionException.class, () -> client.oauth().exchangeCode("code-3", "https://x.test/cb")));
    // a revoke that fails
    server.enqueue(json(400, "{\"error\":\"invalid_request\"}"));
    failures.add(assertThrows(BadRequestException.class, () -> client.oauth().revoke(REFRESH_TOKEN)));

    // a refresh that succeeds with new (sentinel) tokens, then a server that stays unavailable
    CronofyClient refreshing = build(loggingBuilder(url));
    server.enqueue(json(401, "{\"error\":\"unauthorized\"}"));
    server.enqueue(
        json(200, "{\"token_type\":\"bearer\",\"access_token\":\"" + NEW_ACCESS_TOKEN + "\",\"refresh_token\":\""
            + NEW_REFRESH_TOKEN + "\",\"expires_in\":3600,\"scope\":\"read_events\"}"));
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{\"error\":\"unavailable\"}"));
    }
    InternalServerException unavailable =
        assertThrows(InternalServerException.class, () -> refreshing.calendars().listCalendars().execute());
    assertEquals(3, unavailable.attempts());
    assertEquals(NEW_ACCESS_TOKEN, refreshing.tokens().accessToken(), "the refreshed token is in use");
    failures.add(unavailable);
    failures.add(new IllegalStateException(refreshing + " " + refreshing.tokens() + " " + refreshing.oauth()));

    // a refresh when the server cannot be reached
    CronofyClient down = build(loggingBuilder(stoppedServerUrl()));
    failures.add(assertThrows(ApiConnectionException.class, () -> down.oauth().refreshAccessToken()));
    return failures;
  }
}
