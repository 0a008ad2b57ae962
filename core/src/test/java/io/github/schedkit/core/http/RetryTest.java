package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.InternalServerException;
import io.github.schedkit.core.errors.RateLimitException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingsApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

class RetryTest extends MockServerTestBase {
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Sleeper recording = waits::add;

  private ThingsApi retrying(RetryPolicy.Builder policy) {
    return builder().retryPolicy(policy.sleeper(recording).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()).build();
  }

  private ThingsApi retrying() {
    return retrying(RetryPolicy.builder());
  }

  private static MockResponse thing() {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"id\":\"t1\",\"name\":\"One\"}");
  }

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code).setBody("{\"error\":\"busy\"}");
  }

  @Test
  void transientServerErrorsAreRetriedWithExponentialBackoffAndJitter() {
    server.enqueue(status(503));
    server.enqueue(status(502));
    server.enqueue(thing());

    assertEquals("t1", retrying().getThing("t1").execute().getId());

    assertEquals(3, server.getRequestCount());
    assertEquals(2, waits.size());
    assertBetween(waits.get(0), 375, 500);
    assertBetween(waits.get(1), 750, 1000);
  }

  @Test
  void backoffIsCappedAtTheMaximum() {
    RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(3)).build();
    assertBetween(policy.backoff(1), 750, 1000);
    assertBetween(policy.backoff(2), 1500, 2000);
    assertBetween(policy.backoff(3), 2250, 3000);
    assertBetween(policy.backoff(30), 2250, 3000);
  }

  @Test
  void exhaustedRetriesReportTheLastStatusAndTheAttemptCount() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> retrying().getThing("t1").execute());

    assertEquals(503, e.statusCode());
    assertEquals(3, e.attempts());
    assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    server.enqueue(status(429).setHeader("Retry-After", "1"));
    server.enqueue(thing());

    assertEquals("t1", retrying().getThing("t1").execute().getId());

    assertEquals(List.of(Duration.ofSeconds(1)), waits);
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    server.enqueue(status(503).setHeader("Retry-After", "Sat, 21 Nov 2026 12:00:07 GMT"));
    server.enqueue(thing());

    retrying().getThing("t1").execute();

    assertEquals(List.of(Duration.ofSeconds(7)), waits);
  }

  @Test
  void aRetryAfterBeyondTheCapFailsAtOnceWithTheRequestedWait() {
    server.enqueue(status(429).setHeader("Retry-After", "120"));

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> retrying().getThing("t1").execute());

    assertEquals(Duration.ofSeconds(120), e.retryAfter());
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
    assertTrue(waits.isEmpty());
  }

  @Test
  void aPostThatGetsAServerErrorIsNotReplayed() {
    server.enqueue(status(503));

    assertThrows(InternalServerException.class, () -> retrying().createThing(Thing.of("t1", "One")).execute());

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aPostTheSpecMarksIdempotentIsReplayed() throws Exception {
    server.enqueue(status(503));
    server.enqueue(thing());

    retrying().upsertThing(Thing.of("t1", "One")).execute();

    assertEquals(2, server.getRequestCount());
    assertEquals(server.takeRequest().getBody().readUtf8(), server.takeRequest().getBody().readUtf8());
  }

  @Test
  void aPostThatNeverReachedTheServerIsRetried() throws Exception {
    String url = server.url("/").toString();
    server.shutdown();
    ThingsApi api =
        builder()
            .baseUrl(url)
            .retryPolicy(RetryPolicy.builder().sleeper(recording).build())
            .build();

    ApiConnectionException e =
        assertThrows(ApiConnectionException.class, () -> api.createThing(Thing.of("t1", "One")).execute());

    assertEquals(3, e.attempts());
    assertEquals(2, waits.size());
  }

  @Test
  void zeroRetriesDisablesRetrying() {
    server.enqueue(status(503));
    server.enqueue(thing());

    assertThrows(
        InternalServerException.class,
        () -> retrying(RetryPolicy.builder().maxRetries(0)).getThing("t1").execute());

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void clientErrorsAreNotRetried() {
    server.enqueue(status(404));
    server.enqueue(thing());

    assertThrows(io.github.schedkit.core.errors.NotFoundException.class, () -> retrying().getThing("t1").execute());

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void interruptingTheCallerStopsTheWait() throws Exception {
    server.enqueue(status(503));
    server.enqueue(thing());
    CountDownLatch waiting = new CountDownLatch(1);
    ThingsApi api =
        builder()
            .retryPolicy(
                RetryPolicy.builder()
                    .sleeper(
                        duration -> {
                          waiting.countDown();
                          Thread.sleep(60_000);
                        })
                    .build())
            .build();
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                api.getThing("t1").execute();
              } catch (Throwable t) {
                outcome.set(t);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
              }
            });
    caller.start();
    assertTrue(waiting.await(5, TimeUnit.SECONDS));
    caller.interrupt();
    caller.join(5_000);

    assertTrue(!caller.isAlive(), "the caller stopped waiting");
    assertTrue(outcome.get() instanceof ApiConnectionException, String.valueOf(outcome.get()));
    assertTrue(stillInterrupted.get(), "the interrupt flag is kept");
    assertEquals(1, server.getRequestCount());
  }

  private static void assertBetween(Duration actual, long minMillis, long maxMillis) {
    assertTrue(
        actual.toMillis() >= minMillis && actual.toMillis() <= maxMillis,
        actual.toMillis() + " ms is not within [" + minMillis + ", " + maxMillis + "]");
  }
}
