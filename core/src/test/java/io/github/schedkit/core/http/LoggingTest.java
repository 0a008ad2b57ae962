package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingsApi;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

class LoggingTest extends MockServerTestBase {
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private ThingsApi logging(LogLevel level) {
    return builder().logging(level, lines::add).build();
  }

  private static MockResponse thing(String name) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setHeader("Set-Cookie", "session=cookie-secret")
        .setBody("{\"id\":\"t1\",\"name\":\"" + name + "\"}");
  }

  @Test
  void offByDefault() {
    server.enqueue(thing("quiet"));
    builder().build().getThing("t1").execute();
    assertTrue(lines.isEmpty());
  }

  @Test
  void headersAreLoggedWithCredentialsAndCookiesRedacted() {
    server.enqueue(thing("One"));

    logging(LogLevel.HEADERS).getThing("t1").execute();

    String log = String.join("\n", lines);
    assertTrue(log.contains("--> GET " + server.url("/v1/things/t1")), log);
    assertTrue(log.contains("X-Api-Key: ██"), log);
    assertTrue(log.contains("Set-Cookie: ██"), log);
    assertFalse(log.contains(SECRET), log);
    assertFalse(log.contains("cookie-secret"), log);
    assertFalse(log.contains("\"name\":\"One\""), "no bodies at HEADERS level");
  }

  @Test
  void bodiesAreLoggedAtBodyLevel() {
    server.enqueue(thing("Visible"));

    logging(LogLevel.BODY).createThing(Thing.of("t1", "Sent")).execute();

    String log = String.join("\n", lines);
    assertTrue(log.contains("\"name\":\"Sent\""), log);
    assertTrue(log.contains("\"name\":\"Visible\""), log);
    assertFalse(log.contains(SECRET), log);
  }

  @Test
  void bodiesOfCallsCarryingCredentialsAreNeverLogged() {
    server.enqueue(thing("token-in-response"));

    logging(LogLevel.BODY).exchangeSecret(Thing.of("t1", "secret-in-request")).execute();

    String log = String.join("\n", lines);
    assertTrue(log.contains("--> POST " + server.url("/oauth/token")), log);
    assertFalse(log.contains("secret-in-request"), log);
    assertFalse(log.contains("token-in-response"), log);
  }

  @Test
  void secretQueryValuesAreRedactedFromLoggedUrls() {
    server.enqueue(thing("Found"));

    logging(LogLevel.HEADERS).findThingByToken("lookup-secret-7", "owner").execute();

    String log = String.join("\n", lines);
    assertTrue(log.contains("--> GET " + server.url("/v1/things/lookup") + "?token=██&expand=owner"), log);
    assertTrue(log.contains("<-- 200"), log);
    assertFalse(log.contains("lookup-secret-7"), log);
    assertFalse(log.contains(SECRET), log);
  }

  @Test
  void redactQueryHidesOnlyTheNamedParameters() {
    String[] token = {"token"};

    assertEquals(
        "--> GET https://h/x?token=██&a_token=keep&tokens=keep#f",
        LoggingInterceptor.redactQuery("--> GET https://h/x?token=s3&a_token=keep&tokens=keep#f", token));
    assertEquals(
        "<-- 200 OK https://h/x?a=1&token=██ (3ms)",
        LoggingInterceptor.redactQuery("<-- 200 OK https://h/x?a=1&token=s%3D3 (3ms)", token));
    assertEquals("no url here", LoggingInterceptor.redactQuery("no url here", token));
  }

  @Test
  void basicLevelLogsOnlyLines() {
    server.enqueue(thing("One"));

    logging(LogLevel.BASIC).getThing("t1").execute();

    assertEquals(2, lines.size(), String.join("\n", lines));
  }
}
