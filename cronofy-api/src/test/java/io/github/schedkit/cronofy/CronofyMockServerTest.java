package io.github.schedkit.cronofy;

import io.github.schedkit.core.fixture.MockServerTestBase;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts a {@link MockWebServer} and a test-owned {@link OkHttpClient} for each test, and after
 * each test checks that no pooled connection is still in use (every response was closed).
 */
abstract class CronofyMockServerTest {
  static final String ACCESS_TOKEN = "SENTINEL-access-4f1d9a";
  static final String REFRESH_TOKEN = "SENTINEL-refresh-8c2e7b";
  static final String CLIENT_ID = "client-id-3b9";
  static final String CLIENT_SECRET = "SENTINEL-secret-CRN_e61f0c";
  static final String ADMIN_API_KEY = "SENTINEL-admin-9e41b7";
  static final String NEW_ACCESS_TOKEN = "SENTINEL-new-access-a77b20";
  static final String NEW_REFRESH_TOKEN = "SENTINEL-new-refresh-5d03ce";

  MockWebServer server;
  OkHttpClient okHttp;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    okHttp =
        new OkHttpClient.Builder()
            .connectTimeout(1, TimeUnit.SECONDS)
            .readTimeout(3, TimeUnit.SECONDS)
            .writeTimeout(3, TimeUnit.SECONDS)
            .callTimeout(5, TimeUnit.SECONDS)
            .build();
  }

  @AfterEach
  void checkPoolAndStop() throws Exception {
    MockServerTestBase.checkAndRelease(okHttp, server);
  }

  /** A builder on this test's server and OkHttpClient, without any credential. */
  CronofyClient.Builder bare() {
    return CronofyClient.builder().okHttpClient(okHttp).baseUrl(server.url("/").toString());
  }

  /** A builder with every credential (user tokens and application credentials). */
  CronofyClient.Builder full() {
    return bare()
        .accessToken(ACCESS_TOKEN)
        .refreshToken(REFRESH_TOKEN)
        .clientId(CLIENT_ID)
        .clientSecret(CLIENT_SECRET);
  }

  static MockResponse json(String body) {
    return new MockResponse()
        .setResponseCode(200)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  static MockResponse json(int status, String body) {
    return json(body).setResponseCode(status);
  }

  /** The next request the server received, failing after one second. */
  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertNotNull(request, "the server received no request");
    return request;
  }

  static JsonObject jsonBody(RecordedRequest request) {
    return JsonParser.parseString(request.getBody().readUtf8()).getAsJsonObject();
  }

  static String calendarsJson(String... ids) {
    StringBuilder json = new StringBuilder("{\"calendars\":[");
    for (int i = 0; i < ids.length; i++) {
      json.append(i > 0 ? "," : "")
          .append("{\"provider_name\":\"google\",\"profile_id\":\"pro_1\",\"profile_name\":\"a@example.com\",")
          .append("\"calendar_id\":\"")
          .append(ids[i])
          .append("\",\"calendar_name\":\"Calendar ")
          .append(ids[i])
          .append("\",\"calendar_readonly\":false,\"calendar_deleted\":false}");
    }
    return json.append("]}").toString();
  }

  static String tokenJson(String accessToken, String refreshToken) {
    return "{\"token_type\":\"bearer\",\"access_token\":\""
        + accessToken
        + "\",\"expires_in\":3600,"
        + (refreshToken == null ? "" : "\"refresh_token\":\"" + refreshToken + "\",")
        + "\"scope\":\"read_events create_event\"}";
  }

  static String bookableEventJson(String id, String registrationsJson) {
    return "{\"bookable_event_id\":\""
        + id
        + "\",\"start\":\"2024-09-17T15:30:00Z\",\"end\":\"2024-09-17T17:00:00Z\",\"status\":\"confirmed\","
        + "\"registration\":"
        + registrationsJson
        + "}";
  }
}
