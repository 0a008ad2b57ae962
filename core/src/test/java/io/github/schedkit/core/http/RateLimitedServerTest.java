package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.RateLimiterFullException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingsApi;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** With the limiter on, a server that enforces 50 requests per second never has to say 429. */
class RateLimitedServerTest extends MockServerTestBase {
  private static final int REQUESTS = 150;
  private static final int PER_SECOND = 50;

  /** Answers 429 to a request that would make more than 50 within any second. */
  private static final class FiftyPerSecondServer extends Dispatcher {
    private final ArrayDeque<Long> accepted = new ArrayDeque<>();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      requests.incrementAndGet();
      long now = System.nanoTime();
      while (!accepted.isEmpty() && now - accepted.peekFirst() >= TimeUnit.SECONDS.toNanos(1)) {
        accepted.pollFirst();
      }
      if (accepted.size() >= PER_SECOND) {
        refused.incrementAndGet();
        return new MockResponse().setResponseCode(429).setBody("{}");
      }
      accepted.addLast(now);
      return json("{\"id\":\"t1\"}");
    }
  }

  @Test
  void aServerLimitingToFiftyPerSecondSeesNoExcessFromSharedLimitedClients() throws Exception {
    FiftyPerSecondServer limited = new FiftyPerSecondServer();
    server.setDispatcher(limited);
    RateLimiter limiter =
        RateLimiter.builder().limit(PER_SECOND, Duration.ofSeconds(1)).limit(500, Duration.ofMinutes(1)).build();
    OkHttpClient patient = okHttp.newBuilder().callTimeout(30, TimeUnit.SECONDS).build();
    // two clients of one application share the limiter; retries are off so a 429 would surface
    ThingsApi first = builder().okHttpClient(patient).rateLimiter(limiter).build();
    ThingsApi second = builder().okHttpClient(patient).rateLimiter(limiter).build();
    ExecutorService callers = Executors.newFixedThreadPool(16);
    List<Future<Thing>> results = new ArrayList<>();
    try {
      for (int i = 0; i < REQUESTS; i++) {
        ThingsApi api = i % 2 == 0 ? first : second;
        results.add(callers.submit(() -> api.getThing("t1").execute()));
      }
      for (Future<Thing> result : results) {
        assertEquals("t1", result.get(30, TimeUnit.SECONDS).getId());
      }
    } finally {
      callers.shutdownNow();
    }

    System.out.printf(
        "rate limiter: %d calls completed, server saw %d requests, answered 429 to %d%n",
        results.size(), limited.requests.get(), limited.refused.get());
    assertEquals(0, limited.refused.get());
    assertEquals(REQUESTS, limited.requests.get());
  }

  @Test
  void aFullQueueFailsWithATypedExceptionAndSendsNothing() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));
    RateLimiter limiter = RateLimiter.builder().limit(1, Duration.ofMinutes(1)).maxQueued(0).build();
    ThingsApi api = builder().rateLimiter(limiter).build();
    api.getThing("t1").execute();

    RateLimiterFullException sync = assertThrows(RateLimiterFullException.class, () -> api.getThing("t1").execute());
    RecordingCallback<Thing> callback = new RecordingCallback<>();
    api.getThing("t1").enqueue(callback);

    assertEquals("getThing", sync.operation().operationId());
    assertEquals(0, sync.maxQueued());
    assertTrue(sync.getMessage().contains("rate limiter"), sync.getMessage());
    assertInstanceOf(RateLimiterFullException.class, callback.await().failure());
    assertEquals(1, server.getRequestCount());
  }
}
