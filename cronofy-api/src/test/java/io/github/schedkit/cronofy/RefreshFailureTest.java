package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.InternalServerException;
import io.github.schedkit.core.errors.UnauthorizedException;
import io.github.schedkit.cronofy.model.OAuthErrorCode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** A refresh that fails is tried again later; one that Cronofy rejects is reported as such. */
class RefreshFailureTest extends CronofyMockServerTest {
  private final AtomicLong clock = new AtomicLong();
  private final List<CronofyTokens> refreshed = new CopyOnWriteArrayList<>();
  private final List<RefreshTokenRejectedException> rejected = new CopyOnWriteArrayList<>();

  /** The old token gets 401, the new one 200; the token endpoint answers from a script. */
  private final class TokenEndpoint extends Dispatcher {
    final AtomicInteger tokenRequests = new AtomicInteger();
    final AtomicInteger userCalls = new AtomicInteger();
    private final MockResponse[] answers;

    TokenEndpoint(MockResponse... answers) {
      this.answers = answers;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (request.getPath().equals("/oauth/token")) {
        int n = tokenRequests.getAndIncrement();
        return answers[Math.min(n, answers.length - 1)];
      }
      userCalls.incrementAndGet();
      return ("Bearer " + NEW_ACCESS_TOKEN).equals(request.getHeader("Authorization"))
          ? json(calendarsJson("cal_1"))
          : json(401, "{\"error\":\"unauthorized\"}");
    }
  }

  private CronofyClient client() {
    return full()
        .refreshTicker(clock::get)
        .tokenListener(
            new TokenListener() {
              @Override
              public void onTokensRefreshed(CronofyTokens tokens) {
                refreshed.add(tokens);
              }

              @Override
              public void onRefreshRejected(RefreshTokenRejectedException rejection) {
                rejected.add(rejection);
              }
            })
        .build();
  }

  @Test
  void aRefreshThatFailedOnceIsTriedAgainByALaterCallAfterTheBackoff() {
    TokenEndpoint endpoint = new TokenEndpoint(json(503, "{}"), json(tokenJson(NEW_ACCESS_TOKEN, null)));
    server.setDispatcher(endpoint);
    CronofyClient client = client();

    UnauthorizedException first =
        assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());
    assertInstanceOf(InternalServerException.class, first.getCause(), "the refresh failure is the cause");
    assertEquals(1, endpoint.tokenRequests.get());

    // within the backoff the endpoint is not asked again
    UnauthorizedException waiting =
        assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());
    assertSame(first.getCause(), waiting.getCause());
    assertEquals(1, endpoint.tokenRequests.get());

    clock.addAndGet(TimeUnit.SECONDS.toNanos(RefreshBackoff.FIRST_SECONDS));
    assertEquals("cal_1", client.calendars().listCalendars().execute().get(0).getCalendarId());

    System.out.printf(
        "transient refresh: token requests %d, user requests %d, calls completed 1 of 3 (2 failed fast as designed)%n",
        endpoint.tokenRequests.get(), endpoint.userCalls.get());
    assertEquals(2, endpoint.tokenRequests.get());
    assertEquals(NEW_ACCESS_TOKEN, client.tokens().accessToken());
    assertEquals(1, refreshed.size());
    assertTrue(rejected.isEmpty());
  }

  @Test
  void theBackoffDoublesWhileTheTokenEndpointStaysDown() {
    TokenEndpoint endpoint = new TokenEndpoint(json(503, "{}"));
    server.setDispatcher(endpoint);
    CronofyClient client = client();

    assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());
    clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
    assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());
    assertEquals(2, endpoint.tokenRequests.get());
    clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
    assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());
    assertEquals(2, endpoint.tokenRequests.get(), "the second failure waits 2 s");
    clock.addAndGet(TimeUnit.SECONDS.toNanos(1));
    assertThrows(UnauthorizedException.class, () -> client.calendars().listCalendars().execute());
    assertEquals(3, endpoint.tokenRequests.get());
  }

  @Test
  void invalidGrantReachesTheCallerAndTheListenerAsARejection() {
    String body = "{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token was revoked\"}";
    TokenEndpoint endpoint = new TokenEndpoint(json(400, body));
    server.setDispatcher(endpoint);
    CronofyClient client = client();

    RefreshTokenRejectedException e =
        assertThrows(RefreshTokenRejectedException.class, () -> client.calendars().listCalendars().execute());

    assertEquals(OAuthErrorCode.INVALID_GRANT, e.oauthError().getError());
    assertEquals("The refresh token was revoked", e.oauthError().getErrorDescription());
    assertTrue(e.needsReauthorization());
    assertSame(e.oauthError(), CronofyErrors.oauthError(e));
    assertEquals(401, e.statusCode());
    assertEquals(body, ((io.github.schedkit.core.errors.ApiException) e.getCause()).body());
    assertEquals(
        "listCalendars (GET /v1/calendars) failed with HTTP 401: refreshing the access token was rejected with"
            + " invalid_grant: the refresh token is no longer valid (revoked or expired); send the user through"
            + " authorization again",
        e.getMessage());
    assertEquals(List.of(e), rejected);

    // later calls fail the same way without asking the token endpoint again
    clock.addAndGet(TimeUnit.MINUTES.toNanos(5));
    assertThrows(RefreshTokenRejectedException.class, () -> client.calendars().listCalendars().execute());
    System.out.printf(
        "invalid_grant: token requests %d, user requests %d, listener rejections %d%n",
        endpoint.tokenRequests.get(), endpoint.userCalls.get(), rejected.size());
    assertEquals(1, endpoint.tokenRequests.get());
    assertEquals(1, rejected.size());
    assertTrue(refreshed.isEmpty());
  }

  @Test
  void invalidClientIsARejectionOfTheApplicationsCredentials() {
    server.setDispatcher(new TokenEndpoint(json(401, "{\"error\":\"invalid_client\"}")));
    CronofyClient client = client();

    RefreshTokenRejectedException e =
        assertThrows(RefreshTokenRejectedException.class, () -> client.calendars().listCalendars().execute());

    assertEquals(OAuthErrorCode.INVALID_CLIENT, e.oauthError().getError());
    assertTrue(!e.needsReauthorization());
    assertTrue(e.getMessage().contains("client id or secret"), e.getMessage());
  }

  @Test
  void aRejectedRefreshReachesEnqueuedCallsToo() throws Exception {
    server.setDispatcher(new TokenEndpoint(json(400, "{\"error\":\"invalid_grant\"}")));
    CronofyClient client = client();
    java.util.concurrent.CompletableFuture<Throwable> failure = new java.util.concurrent.CompletableFuture<>();

    client
        .calendars()
        .listCalendars()
        .enqueue(
            new io.github.schedkit.core.ApiCallback<List<io.github.schedkit.cronofy.model.Calendar>>() {
              @Override
              public void onResponse(io.github.schedkit.core.ApiResponse<List<io.github.schedkit.cronofy.model.Calendar>> r) {
                failure.complete(null);
              }

              @Override
              public void onFailure(io.github.schedkit.core.errors.SchedkitException e) {
                failure.complete(e);
              }
            });

    assertInstanceOf(RefreshTokenRejectedException.class, failure.get(5, TimeUnit.SECONDS));
  }

  @Test
  void theClientIsAutoCloseableAndRefusesCallsOnceClosed() {
    CronofyClient client = client();
    try (CronofyClient closing = client) {
      assertEquals(client, closing);
    }
    assertThrows(IllegalStateException.class, () -> client.calendars().listCalendars().execute());
    assertEquals("RateLimiter{50 per PT1S, 500 per PT1M, maxQueued=500, margin=PT0.01S}", CronofyClient.applicationRateLimiter().toString());
  }
}
