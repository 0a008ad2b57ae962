package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.ApiTimeoutException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingsApi;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

class TransportFailureTest extends MockServerTestBase {
  private static final String BODY = "{\"id\":\"t1\",\"name\":\"" + "n".repeat(4_000) + "\"}";

  @Test
  void connectionRefusedIsAConnectionException() throws Exception {
    ThingsApi down = apiOnAStoppedServer();

    ApiConnectionException e =
        assertThrows(ApiConnectionException.class, () -> down.getThing("t1").execute());

    assertSame(ApiConnectionException.class, e.getClass(), "not a timeout");
    assertInstanceOf(IOException.class, e.getCause());
    assertEquals(new OperationInfo("getThing", "GET", "/v1/things/{id}"), e.operation());
    assertEquals(1, e.attempts());
    assertTrue(e.getMessage().startsWith("getThing (GET /v1/things/{id}) failed"), e.getMessage());
    assertNoSecret(e);
  }

  @Test
  void connectionRefusedIsDeliveredToTheCallback() throws Exception {
    ThingsApi down = apiOnAStoppedServer();

    var callback = new RecordingCallback<Thing>();
    down.getThing("t1").enqueue(callback);

    assertSame(ApiConnectionException.class, callback.await().failure().getClass());
  }

  @Test
  void slowBodyBeyondTheReadTimeoutIsATimeout() {
    ThingsApi impatient = builder().readTimeout(Duration.ofMillis(200)).build();
    server.enqueue(json(BODY).setBodyDelay(400, TimeUnit.MILLISECONDS));

    long start = System.nanoTime();
    ApiTimeoutException e =
        assertThrows(ApiTimeoutException.class, () -> impatient.getThing("t1").execute());
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertInstanceOf(InterruptedIOException.class, e.getCause());
    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    assertTrue(e.getMessage().contains("getThing"), e.getMessage());
    assertTrue(elapsedMillis < 1_000, "took " + elapsedMillis + " ms");
    assertNoSecret(e);
  }

  @Test
  void throttledBodyBeyondTheReadTimeoutIsATimeout() {
    ThingsApi impatient = builder().readTimeout(Duration.ofMillis(200)).build();
    server.enqueue(json(BODY).throttleBody(1_024, 400, TimeUnit.MILLISECONDS));

    assertThrows(ApiTimeoutException.class, () -> impatient.getThing("t1").execute());
  }

  @Test
  void slowHeadersBeyondTheReadTimeoutIsATimeout() {
    ThingsApi impatient = builder().readTimeout(Duration.ofMillis(200)).build();
    server.enqueue(json(BODY).setHeadersDelay(400, TimeUnit.MILLISECONDS));

    assertThrows(ApiTimeoutException.class, () -> impatient.getThing("t1").execute());
  }

  @Test
  void wholeCallTimeoutIsATimeout() {
    ThingsApi impatient = builder().callTimeout(Duration.ofMillis(200)).build();
    server.enqueue(json(BODY).setHeadersDelay(400, TimeUnit.MILLISECONDS));

    assertThrows(ApiTimeoutException.class, () -> impatient.getThing("t1").execute());
  }

  @Test
  void timeoutIsDeliveredToTheCallback() throws Exception {
    ThingsApi impatient = builder().readTimeout(Duration.ofMillis(200)).build();
    server.enqueue(json(BODY).setBodyDelay(400, TimeUnit.MILLISECONDS));

    var callback = new RecordingCallback<Thing>();
    impatient.getThing("t1").enqueue(callback);

    assertInstanceOf(ApiTimeoutException.class, callback.await().failure());
  }

  @Test
  void connectionDroppedMidBodyIsAConnectionExceptionNotADecodingError() {
    server.enqueue(json(BODY).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    ApiConnectionException e =
        assertThrows(ApiConnectionException.class, () -> api.getThing("t1").execute());

    assertSame(ApiConnectionException.class, e.getClass());
    assertFalse(e.getCause() instanceof InterruptedIOException);
    assertNoSecret(e);
  }

  @Test
  void connectionDroppedMidBodyIsDeliveredToTheCallback() throws Exception {
    server.enqueue(json(BODY).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    var callback = new RecordingCallback<Thing>();
    api.getThing("t1").enqueue(callback);

    assertSame(ApiConnectionException.class, callback.await().failure().getClass());
    assertFalse(callback.failure() instanceof ResponseDecodingException);
  }

  @Test
  void connectionDroppedBeforeTheResponseIsAConnectionException() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    ApiConnectionException e =
        assertThrows(ApiConnectionException.class, () -> api.getThing("t1").execute());

    assertSame(ApiConnectionException.class, e.getClass());
  }

  @Test
  void droppedConnectionOnAnErrorStatusStillReportsTheStatus() {
    server.enqueue(
        json(500, "{\"error\":\"" + "e".repeat(4_000) + "\"}")
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    var e =
        assertThrows(
            io.github.schedkit.core.errors.InternalServerException.class,
            () -> api.getThing("t1").execute());

    assertEquals(500, e.statusCode());
  }

  @Test
  void cancelInFlightIsAConnectionExceptionNotATimeout() throws Exception {
    server.enqueue(json(BODY).setHeadersDelay(300, TimeUnit.MILLISECONDS));
    ApiCall<Thing> call = api.getThing("t1");

    var callback = new RecordingCallback<Thing>();
    call.enqueue(callback);
    takeRequest();
    call.cancel();

    assertTrue(call.isCanceled());
    assertSame(ApiConnectionException.class, callback.await().failure().getClass());
  }

  private ThingsApi apiOnAStoppedServer() throws IOException {
    MockWebServer stopped = new MockWebServer();
    stopped.start();
    String url = stopped.url("/").toString();
    stopped.shutdown();
    return builder().baseUrl(url).build();
  }
}
