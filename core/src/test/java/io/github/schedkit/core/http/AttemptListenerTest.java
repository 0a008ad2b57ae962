package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingsApi;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** The attempt listener hears every attempt, with its outcome and retry decision. */
class AttemptListenerTest extends MockServerTestBase {
  private final List<AttemptEvent> heard = new CopyOnWriteArrayList<>();

  private ThingsApi listened() {
    return builder()
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).sleeper(d -> {}).build())
        .attemptListener(heard::add)
        .build();
  }

  @Test
  void aRetriedCallReportsEachAttemptWithItsRetryDecision() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    server.enqueue(json("{\"id\":\"t1\"}"));

    listened().getThing("user-4711").execute();

    assertEquals(2, heard.size(), heard.toString());
    AttemptEvent first = heard.get(0);
    assertEquals("getThing", first.operationId());
    assertEquals("GET", first.method());
    assertEquals("/v1/things/{id}", first.pathTemplate());
    assertEquals(1, first.attempt());
    assertEquals(503, first.statusCode());
    assertNull(first.failure());
    assertTrue(first.willRetry());
    assertEquals("HTTP 503", first.retryReason());
    // the policy's backoff: 10 ms less up to 25 % jitter
    assertTrue(first.retryWait().toMillis() >= 7 && first.retryWait().toMillis() <= 10, first.toString());
    assertNotNull(first.duration());
    AttemptEvent second = heard.get(1);
    assertEquals(2, second.attempt());
    assertEquals(200, second.statusCode());
    assertFalse(second.willRetry());
    assertNull(second.retryWait());
    for (AttemptEvent event : heard) {
      assertFalse(event.toString().contains("user-4711"), event.toString());
      assertNoSecret(event);
    }
  }

  @Test
  void aConnectionFailureIsReportedByKind() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    ThingsApi api =
        builder().maxRetries(0).attemptListener(heard::add).build();

    assertThrows(ApiConnectionException.class, () -> api.getThing("t1").execute());

    assertEquals(1, heard.size());
    assertEquals(0, heard.get(0).statusCode());
    assertNotNull(heard.get(0).failure());
    assertFalse(heard.get(0).willRetry());
  }

  @Test
  void enqueuedCallsReportTheirAttemptsToo() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    server.enqueue(json("{\"id\":\"t1\"}"));
    RecordingCallback<Thing> callback = new RecordingCallback<>();

    listened().getThing("t1").enqueue(callback);

    assertEquals("t1", callback.await().response().body().getId());
    assertEquals(2, heard.size(), heard.toString());
    assertEquals(List.of(1, 2), List.of(heard.get(0).attempt(), heard.get(1).attempt()));
    assertTrue(heard.get(0).willRetry());
    assertFalse(heard.get(1).willRetry());
  }

  @Test
  void aListenerThatThrowsDoesNotFailTheCall() {
    server.enqueue(json("{\"id\":\"t1\"}"));
    ThingsApi api =
        builder()
            .attemptListener(
                event -> {
                  throw new IllegalStateException("metrics down");
                })
            .build();

    assertEquals("t1", api.getThing("t1").execute().getId());
  }
}
