package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Data centers decide the API host (REST and token calls) and the app host (authorization page). */
class DataCenterTest {

  /** Records each request's URL and answers it locally, so nothing leaves the JVM. */
  private static final class Recorder {
    final List<HttpUrl> urls = new ArrayList<>();
    final OkHttpClient okHttp =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  HttpUrl url = chain.request().url();
                  synchronized (urls) {
                    urls.add(url);
                  }
                  String body;
                  if (url.encodedPath().endsWith("/oauth/token")) {
                    body = CronofyMockServerTest.tokenJson("at", "rt");
                  } else if (url.encodedPath().endsWith("/v1/calendars")) {
                    body = CronofyMockServerTest.calendarsJson("cal_1");
                  } else {
                    body = "";
                  }
                  return new Response.Builder()
                      .request(chain.request())
                      .protocol(Protocol.HTTP_1_1)
                      .code(200)
                      .message("OK")
                      .body(ResponseBody.create(body, MediaType.get("application/json")))
                      .build();
                })
            .build();
  }

  @ParameterizedTest
  @CsvSource({
    "US, https://api.cronofy.com, https://app.cronofy.com",
    "UK, https://api-uk.cronofy.com, https://app-uk.cronofy.com",
    "DE, https://api-de.cronofy.com, https://app-de.cronofy.com",
    "AU, https://api-au.cronofy.com, https://app-au.cronofy.com",
    "CA, https://api-ca.cronofy.com, https://app-ca.cronofy.com",
    "SG, https://api-sg.cronofy.com, https://app-sg.cronofy.com",
  })
  void restAndTokenCallsGoToTheApiHostAndAuthorizationToTheAppHost(
      DataCenter dataCenter, String apiHost, String appHost) {
    Recorder recorder = new Recorder();
    CronofyClient client =
        CronofyClient.builder()
            .dataCenter(dataCenter)
            .okHttpClient(recorder.okHttp)
            .accessToken("at")
            .clientId("id")
            .clientSecret("secret")
            .build();

    assertEquals(1, client.calendars().listCalendars().execute().size());
    client.oauth().exchangeCode("code", "https://example.com/cb");
    client.oauth().revoke("rt");
    String authorizationUrl =
        client
            .oauth()
            .authorizationUrl(
                AuthorizationRequest.builder().redirectUri("https://example.com/cb").scope("read_events").build());

    assertEquals(apiHost, dataCenter.apiBaseUrl());
    assertEquals(appHost, dataCenter.appBaseUrl());
    assertEquals(
        List.of(
            HttpUrl.get(apiHost + "/v1/calendars"),
            HttpUrl.get(apiHost + "/oauth/token"),
            HttpUrl.get(apiHost + "/oauth/token/revoke")),
        recorder.urls);
    assertTrue(
        authorizationUrl.startsWith(appHost + "/oauth/authorize?"), authorizationUrl);
    assertSame(dataCenter, client.dataCenter());
    assertEquals("CronofyClient{baseUrl=" + apiHost + "/}", client.toString());
  }

  @Test
  void defaultsToTheUsDataCenter() {
    Recorder recorder = new Recorder();
    CronofyClient client = CronofyClient.builder().okHttpClient(recorder.okHttp).accessToken("at").clientId("id").build();

    client.calendars().listCalendars().execute();

    assertSame(DataCenter.US, client.dataCenter());
    assertEquals(List.of(HttpUrl.get("https://api.cronofy.com/v1/calendars")), recorder.urls);
    assertTrue(
        client
            .oauth()
            .authorizationUrl(AuthorizationRequest.builder().redirectUri("https://x.test/cb").scope("read_only").build())
            .startsWith("https://app.cronofy.com/oauth/authorize?"));
  }

  @Test
  void appBaseUrlOverridesTheAuthorizationHostOnly() {
    Recorder recorder = new Recorder();
    CronofyClient client =
        CronofyClient.builder()
            .dataCenter(DataCenter.AU)
            .appBaseUrl("http://localhost:8089/")
            .okHttpClient(recorder.okHttp)
            .accessToken("at")
            .clientId("id")
            .build();

    client.calendars().listCalendars().execute();

    assertEquals(List.of(HttpUrl.get("https://api-au.cronofy.com/v1/calendars")), recorder.urls);
    assertTrue(
        client
            .oauth()
            .authorizationUrl(AuthorizationRequest.builder().redirectUri("https://x.test/cb").scope("read_only").build())
            .startsWith("http://localhost:8089/oauth/authorize?"));
  }

  @ParameterizedTest
  @EnumSource(DataCenter.class)
  void fromIdFindsEveryDataCenterIgnoringCase(DataCenter dataCenter) {
    assertSame(dataCenter, DataCenter.fromId(dataCenter.id()));
    assertSame(dataCenter, DataCenter.fromId(dataCenter.id().toUpperCase()));
    assertSame(dataCenter, DataCenter.fromId(" " + dataCenter.id() + " "));
  }

  @Test
  void fromIdOfDeIsGermany() {
    assertSame(DataCenter.DE, DataCenter.fromId("DE"));
    assertEquals("de", DataCenter.DE.id());
  }

  @Test
  void fromIdRejectsUnknownIdentifiers() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> DataCenter.fromId("eu"));
    assertTrue(unknown.getMessage().contains("\"eu\""), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DataCenter.fromId(""));
    assertThrows(IllegalArgumentException.class, () -> DataCenter.fromId(null));
    assertThrows(IllegalArgumentException.class, () -> DataCenter.fromId("api-de"));
  }

  @Test
  void dataCenterAndBaseUrlTogetherFailAtBuild() {
    CronofyClient.Builder builder =
        CronofyClient.builder().dataCenter(DataCenter.DE).baseUrl("http://localhost:1234/");
    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertTrue(e.getMessage().contains("dataCenter(..)") && e.getMessage().contains("baseUrl(..)"), e.getMessage());

    CronofyClient.Builder reversed =
        CronofyClient.builder().baseUrl("http://localhost:1234/").dataCenter(DataCenter.US);
    assertThrows(IllegalStateException.class, reversed::build);
  }

  @Test
  void baseUrlAloneIsUsedForRestCalls() {
    Recorder recorder = new Recorder();
    CronofyClient client =
        CronofyClient.builder().baseUrl("http://localhost:1234/proxy").okHttpClient(recorder.okHttp).accessToken("at").build();

    client.calendars().listCalendars().execute();

    assertEquals(List.of(HttpUrl.get("http://localhost:1234/proxy/v1/calendars")), recorder.urls);
  }
}
