package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiCallback;
import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.SchedkitException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.TestClientBuilder;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingsApi;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Async retries wait on the client's scheduler, not in an OkHttp dispatcher slot. */
class AsyncRetryTest extends MockServerTestBase {
  private static final int CALLS = 200;
  private static final int REFUSED = 50;

  /** Answers its first {@value #REFUSED} requests with 429 and {@code Retry-After: 1}. */
  private static final class BurstServer extends Dispatcher {
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (requests.incrementAndGet() <= REFUSED) {
        refused.incrementAndGet();
        return new MockResponse().setResponseCode(429).setHeader("Retry-After", "1").setBody("{}");
      }
      return json("{\"id\":\"t1\",\"name\":\"One\"}");
    }
  }

  @Test
  void twoHundredEnqueuedCallsUnderA429BurstAllSucceed() throws Exception {
    BurstServer burst = new BurstServer();
    server.setDispatcher(burst);
    // The default policy (2 retries, Retry-After honoured) on the default OkHttp dispatcher limits
    // (5 requests per host), as the fault-injection run had it.
    ThingsApi retrying = builder().retryPolicy(RetryPolicy.DEFAULT).build();
    CountDownLatch done = new CountDownLatch(CALLS);
    AtomicInteger successes = new AtomicInteger();
    Map<String, Integer> failures = new ConcurrentHashMap<>();

    for (int i = 0; i < CALLS; i++) {
      retrying
          .getThing("t" + i)
          .enqueue(
              new ApiCallback<Thing>() {
                @Override
                public void onResponse(ApiResponse<Thing> response) {
                  successes.incrementAndGet();
                  done.countDown();
                }

                @Override
                public void onFailure(SchedkitException failure) {
                  failures.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                  done.countDown();
                }
              });
    }

    assertTrue(done.await(30, TimeUnit.SECONDS), "calls still open: " + done.getCount());
    System.out.printf(
        "429 burst via enqueue: %d calls, %d succeeded, failures %s; server saw %d requests, %d answered 429%n",
        CALLS, successes.get(), failures, burst.requests.get(), burst.refused.get());
    assertEquals(Map.of(), failures);
    assertEquals(CALLS, successes.get());
    assertEquals(CALLS + REFUSED, burst.requests.get());
  }

  @Test
  void aRetryWaitingOnTheSchedulerEndsWhenTheClientIsClosed() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "3").setBody("{}"));
    CountDownLatch retryScheduled = new CountDownLatch(1);
    TestClientBuilder builder =
        builder()
            .retryPolicy(RetryPolicy.DEFAULT)
            .attemptListener(
                attempt -> {
                  if (attempt.willRetry()) {
                    retryScheduled.countDown();
                  }
                });
    ClientResources resources = builder.resources();
    ThingsApi api = builder.retrofit(resources).create(ThingsApi.class);
    RecordingCallback<Thing> callback = new RecordingCallback<>();

    api.getThing("t1").enqueue(callback);
    takeRequest();
    assertTrue(retryScheduled.await(5, TimeUnit.SECONDS), "the 503 was answered and a retry is waiting");
    resources.close();

    SchedkitException failure = callback.await().failure();
    ApiConnectionException closed = assertInstanceOf(ApiConnectionException.class, failure);
    assertTrue(closed.getMessage().contains("the client was closed"), closed.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aCancelledCallDoesNotSendItsScheduledRetry() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1").setBody("{}"));
    ThingsApi api = builder().retryPolicy(RetryPolicy.DEFAULT).build();
    RecordingCallback<Thing> callback = new RecordingCallback<>();

    io.github.schedkit.core.ApiCall<Thing> call = api.getThing("t1");
    call.enqueue(callback);
    takeRequest();
    call.cancel();

    assertInstanceOf(ApiConnectionException.class, callback.await().failure());
    assertEquals(1, server.getRequestCount());
  }
}
