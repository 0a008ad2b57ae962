package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.BadRequestException;
import io.github.schedkit.core.errors.UnauthorizedException;
import io.github.schedkit.cronofy.model.Calendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Explicit refresh, automatic refresh on 401, and single-flight refresh under concurrency. */
class TokenRefreshTest extends CronofyMockServerTest {
  private static final String UNAUTHORIZED_BODY = "{\"error\":\"unauthorized\"}";

  private final List<CronofyTokens> heard = new CopyOnWriteArrayList<>();

  private CronofyClient client() {
    return full().tokenListener(heard::add).build();
  }

  @Test
  void refreshAccessTokenPostsTheRefreshGrantAndInstallsTheNewTokens() throws Exception {
    CronofyClient client = client();
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN)));
    server.enqueue(json(calendarsJson("cal_1")));

    CronofyTokens renewed = client.oauth().refreshAccessToken();

    assertEquals(new CronofyTokens(NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN, 3600L, "read_events create_event"), renewed);
    assertEquals(renewed, client.tokens());
    assertEquals(List.of(renewed), heard);
    RecordedRequest refresh = takeRequest();
    assertEquals("POST /oauth/token HTTP/1.1", refresh.getRequestLine());
    assertNull(refresh.getHeader("Authorization"));
    JsonObject body = jsonBody(refresh);
    assertEquals(Set.of("client_id", "client_secret", "grant_type", "refresh_token"), body.keySet());
    assertEquals(CLIENT_ID, body.get("client_id").getAsString());
    assertEquals(CLIENT_SECRET, body.get("client_secret").getAsString());
    assertEquals("refresh_token", body.get("grant_type").getAsString());
    assertEquals(REFRESH_TOKEN, body.get("refresh_token").getAsString());

    client.calendars().listCalendars().execute();
    assertEquals("Bearer " + NEW_ACCESS_TOKEN, takeRequest().getHeader("Authorization"));
  }

  @Test
  void refreshKeepsTheOldRefreshTokenWhenNoneIsReissued() throws Exception {
    CronofyClient client = client();
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, null)));

    CronofyTokens renewed = client.oauth().refreshAccessToken();

    assertEquals(NEW_ACCESS_TOKEN, renewed.accessToken());
    assertEquals(REFRESH_TOKEN, renewed.refreshToken());
    assertEquals(REFRESH_TOKEN, client.tokens().refreshToken());
    assertEquals(List.of(renewed), heard);
  }

  @Test
  void aReissuedRefreshTokenIsUsedForTheNextRefresh() throws Exception {
    CronofyClient client = client();
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN)));
    server.enqueue(json(tokenJson("third-access", null)));

    client.oauth().refreshAccessToken();
    CronofyTokens second = client.oauth().refreshAccessToken();

    assertEquals(REFRESH_TOKEN, jsonBody(takeRequest()).get("refresh_token").getAsString());
    assertEquals(NEW_REFRESH_TOKEN, jsonBody(takeRequest()).get("refresh_token").getAsString());
    assertEquals(new CronofyTokens("third-access", NEW_REFRESH_TOKEN, 3600L, "read_events create_event"), second);
    assertEquals(2, heard.size());
  }

  @Test
  void aRefusedExplicitRefreshKeepsTheOldTokens() throws Exception {
    CronofyClient client = client();
    server.enqueue(json(400, "{\"error\":\"invalid_grant\"}"));

    BadRequestException e = assertThrows(BadRequestException.class, () -> client.oauth().refreshAccessToken());

    assertEquals("{\"error\":\"invalid_grant\"}", e.body());
    assertEquals(ACCESS_TOKEN, client.tokens().accessToken());
    assertEquals(REFRESH_TOKEN, client.tokens().refreshToken());
    assertTrue(heard.isEmpty());
  }

  @Test
  void aUserCallThatGets401RefreshesOnceAndIsRetriedWithTheNewToken() throws Exception {
    CronofyClient client = client();
    server.enqueue(json(401, UNAUTHORIZED_BODY));
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN)));
    server.enqueue(json(calendarsJson("cal_1", "cal_2")));

    List<Calendar> calendars = client.calendars().listCalendars().execute();

    assertEquals(2, calendars.size());
    assertEquals(3, server.getRequestCount());
    RecordedRequest first = takeRequest();
    assertEquals("GET /v1/calendars HTTP/1.1", first.getRequestLine());
    assertEquals("Bearer " + ACCESS_TOKEN, first.getHeader("Authorization"));
    RecordedRequest refresh = takeRequest();
    assertEquals("POST /oauth/token HTTP/1.1", refresh.getRequestLine());
    assertNull(refresh.getHeader("Authorization"));
    assertEquals("refresh_token", jsonBody(refresh).get("grant_type").getAsString());
    RecordedRequest retry = takeRequest();
    assertEquals("GET /v1/calendars HTTP/1.1", retry.getRequestLine());
    assertEquals("Bearer " + NEW_ACCESS_TOKEN, retry.getHeader("Authorization"));
    assertEquals(new CronofyTokens(NEW_ACCESS_TOKEN, NEW_REFRESH_TOKEN, 3600L, "read_events create_event"), client.tokens());
    assertEquals(List.of(client.tokens()), heard);
  }

  @Test
  void theRetryIsSentOnlyOnceEvenIfItGets401Again() throws Exception {
    CronofyClient client = client();
    server.enqueue(json(401, UNAUTHORIZED_BODY));
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, null)));
    server.enqueue(json(401, UNAUTHORIZED_BODY));

    assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());

    assertEquals(3, server.getRequestCount());
    assertEquals(1, heard.size());
  }

  @Test
  void aPostIsRetriedWithItsBody() throws Exception {
    CronofyClient client = client();
    server.enqueue(json(401, UNAUTHORIZED_BODY));
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, null)));
    server.enqueue(json("{\"channel\":{\"channel_id\":\"chn_1\",\"callback_url\":\"https://x.test/h\"}}"));

    client
        .pushNotifications()
        .createChannel(
            io.github.schedkit.cronofy.model.CreateChannelRequest.builder()
                .callbackUrl("https://x.test/h")
                .build())
        .execute();

    RecordedRequest first = takeRequest();
    takeRequest();
    RecordedRequest retry = takeRequest();
    assertEquals("POST /v1/channels HTTP/1.1", retry.getRequestLine());
    assertEquals("Bearer " + NEW_ACCESS_TOKEN, retry.getHeader("Authorization"));
    assertEquals(jsonBody(first), jsonBody(retry));
  }

  @Test
  void aClientWithOnlyARefreshTokenRefreshesBeforeItsFirstCall() throws Exception {
    CronofyClient client =
        bare().refreshToken(REFRESH_TOKEN).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).tokenListener(heard::add).build();
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, null)));
    server.enqueue(json(calendarsJson("cal_1")));

    client.calendars().listCalendars().execute();

    assertEquals("/oauth/token", takeRequest().getPath());
    assertEquals("Bearer " + NEW_ACCESS_TOKEN, takeRequest().getHeader("Authorization"));
    assertEquals(1, heard.size());
  }

  @Test
  void bookableEventCallsThatGet401DoNotRefresh() throws Exception {
    CronofyClient client = client();
    server.enqueue(json(401, UNAUTHORIZED_BODY));

    UnauthorizedException e =
        assertThrows(UnauthorizedException.class, () -> client.bookableEvents().readBookableEvent("be_1").execute());

    assertEquals(401, e.statusCode());
    assertEquals(1, server.getRequestCount());
    assertEquals("Bearer " + CLIENT_SECRET, takeRequest().getHeader("Authorization"));
    assertEquals(ACCESS_TOKEN, client.tokens().accessToken());
    assertTrue(heard.isEmpty());
  }

  @Test
  void withoutARefreshTokenA401Surfaces() throws Exception {
    CronofyClient client =
        bare().accessToken(ACCESS_TOKEN).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET).tokenListener(heard::add).build();
    server.enqueue(json(401, UNAUTHORIZED_BODY));

    UnauthorizedException e =
        assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());

    assertEquals(401, e.statusCode());
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
    assertTrue(heard.isEmpty());
  }

  @Test
  void withoutClientCredentialsA401Surfaces() throws Exception {
    CronofyClient client = bare().accessToken(ACCESS_TOKEN).refreshToken(REFRESH_TOKEN).tokenListener(heard::add).build();
    server.enqueue(json(401, UNAUTHORIZED_BODY));

    assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());

    assertEquals(1, server.getRequestCount());
    assertTrue(heard.isEmpty());
  }

  @Test
  void aListenerThatThrowsFailsTheCallButTheNewTokensStayInUse() throws Exception {
    CronofyClient client =
        full()
            .tokenListener(
                tokens -> {
                  throw new IllegalStateException("store down");
                })
            .build();
    server.enqueue(json(401, UNAUTHORIZED_BODY));
    server.enqueue(json(tokenJson(NEW_ACCESS_TOKEN, null)));

    // a POST, which no layer sends again after a failure
    ApiConnectionException e =
        assertThrows(
            ApiConnectionException.class,
            () ->
                client
                    .pushNotifications()
                    .createChannel(
                        io.github.schedkit.cronofy.model.CreateChannelRequest.builder()
                            .callbackUrl("https://x.test/h")
                            .build())
                    .execute());

    Throwable cause = e.getCause();
    while (cause != null && !(cause instanceof IllegalStateException)) {
      cause = cause.getCause();
    }
    assertEquals("store down", cause == null ? null : cause.getMessage(), "the listener's exception is the cause");
    assertEquals(NEW_ACCESS_TOKEN, client.tokens().accessToken());
    assertEquals(2, server.getRequestCount());
  }

  /** Answers 401 to the old token, 200 to the new one, and counts the token requests. */
  private static final class TokenServer extends Dispatcher {
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger oldTokenCalls = new AtomicInteger();
    final AtomicInteger newTokenCalls = new AtomicInteger();
    final AtomicInteger otherCalls = new AtomicInteger();
    final CountDownLatch allHoldTheOldToken;
    final boolean refuse;

    TokenServer(int callers, boolean refuse) {
      this.allHoldTheOldToken = new CountDownLatch(callers);
      this.refuse = refuse;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      if (request.getPath().equals("/oauth/token")) {
        refreshes.incrementAndGet();
        return refuse ? json(400, "{\"error\":\"invalid_grant\"}") : json(tokenJson(NEW_ACCESS_TOKEN, null));
      }
      String authorization = request.getHeader("Authorization");
      if (("Bearer " + ACCESS_TOKEN).equals(authorization)) {
        oldTokenCalls.incrementAndGet();
        // Hold every 401 until all callers have sent the old token, so that they all meet the
        // expired token before anyone can refresh it.
        allHoldTheOldToken.countDown();
        allHoldTheOldToken.await(3, TimeUnit.SECONDS);
        return json(401, UNAUTHORIZED_BODY);
      }
      if (("Bearer " + NEW_ACCESS_TOKEN).equals(authorization)) {
        newTokenCalls.incrementAndGet();
        return json(calendarsJson("cal_1"));
      }
      otherCalls.incrementAndGet();
      return json(500, "{}");
    }
  }

  private List<Future<List<Calendar>>> callConcurrently(CronofyClient client, int callers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Calendar>>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.calendars().listCalendars().execute();
                }));
      }
      start.countDown();
      for (Future<List<Calendar>> result : results) {
        try {
          result.get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expectedForSome) {
          // inspected by the caller
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fiftyConcurrentCallersWithAnExpiredTokenShareOneRefresh() throws Exception {
    int callers = 50;
    TokenServer tokenServer = new TokenServer(callers, false);
    server.setDispatcher(tokenServer);
    CronofyClient client = client();

    List<Future<List<Calendar>>> results = callConcurrently(client, callers);

    for (Future<List<Calendar>> result : results) {
      assertEquals("cal_1", result.get().get(0).getCalendarId());
    }
    assertEquals(1, tokenServer.refreshes.get(), "requests to /oauth/token");
    assertEquals(callers, tokenServer.oldTokenCalls.get());
    assertEquals(callers, tokenServer.newTokenCalls.get());
    assertEquals(0, tokenServer.otherCalls.get());
    assertEquals(1, heard.size(), "listener calls");
    assertEquals(NEW_ACCESS_TOKEN, heard.get(0).accessToken());
    assertEquals(NEW_ACCESS_TOKEN, client.tokens().accessToken());
    assertEquals(REFRESH_TOKEN, client.tokens().refreshToken());
  }

  @Test
  void aRefusedRefreshFailsEveryConcurrentCallerWithUnauthorizedAfterOneAttempt() throws Exception {
    int callers = 20;
    TokenServer tokenServer = new TokenServer(callers, true);
    server.setDispatcher(tokenServer);
    CronofyClient client = client();

    List<Future<List<Calendar>>> results = callConcurrently(client, callers);

    for (Future<List<Calendar>> result : results) {
      java.util.concurrent.ExecutionException e =
          assertThrows(java.util.concurrent.ExecutionException.class, result::get);
      UnauthorizedException unauthorized = assertInstanceOf(UnauthorizedException.class, e.getCause());
      assertEquals(401, unauthorized.statusCode());
    }
    assertEquals(1, tokenServer.refreshes.get(), "requests to /oauth/token");
    assertEquals(callers, tokenServer.oldTokenCalls.get());
    assertEquals(0, tokenServer.newTokenCalls.get());
    assertTrue(heard.isEmpty());
    assertEquals(ACCESS_TOKEN, client.tokens().accessToken());

    // a later call with the same refused token does not try the refresh again
    assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());
    assertEquals(1, tokenServer.refreshes.get());
  }
}
