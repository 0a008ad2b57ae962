package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.InternalServerException;
import io.github.schedkit.core.errors.NotFoundException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingsApi;
import java.io.DataInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** {@link ApiCall#executeAsync()}: results, typed failures and cancellation of the HTTP call. */
class ExecuteAsyncTest extends MockServerTestBase {

  @Test
  void completesWithTheDecodedBody() throws Exception {
    server.enqueue(json("{\"id\":\"t1\",\"name\":\"One\"}"));

    Thing thing = api.getThing("t1").executeAsync().get(3, TimeUnit.SECONDS);

    assertEquals("One", thing.getName());
    assertEquals("/v1/things/t1", takeRequest().getPath());
  }

  @Test
  void withResponseCarriesStatusAndHeaders() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}").setHeader("X-Request-Id", "r-1"));

    ApiResponse<Thing> response = api.getThing("t1").executeWithResponseAsync().get(3, TimeUnit.SECONDS);

    assertEquals(200, response.statusCode());
    assertEquals("r-1", response.headers().get("X-Request-Id"));
    assertEquals("t1", response.body().getId());
  }

  @Test
  void failsWithTheTypedExceptionExecuteThrows() {
    server.enqueue(json(404, "{\"error\":\"not_found\"}"));
    CompletableFuture<Thing> future = api.getThing("missing").executeAsync();

    ExecutionException viaGet = assertThrows(ExecutionException.class, () -> future.get(3, TimeUnit.SECONDS));
    NotFoundException notFound = assertInstanceOf(NotFoundException.class, viaGet.getCause());
    assertEquals(404, notFound.statusCode());
    CompletionException viaJoin = assertThrows(CompletionException.class, future::join);
    assertInstanceOf(NotFoundException.class, viaJoin.getCause());
  }

  @Test
  void aStartedCallCannotRunAgain() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));
    ApiCall<Thing> call = api.getThing("t1");
    call.executeAsync().get(3, TimeUnit.SECONDS);

    IllegalStateException again = assertThrows(IllegalStateException.class, call::executeAsync);
    assertTrue(again.getMessage().contains("copy()"), again.getMessage());
  }

  /** A server that never answers sees its connection closed once the future is cancelled. */
  @Test
  void cancellingTheFutureClosesTheConnectionTheServerHolds() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ThingsApi api = builder().baseUrl("http://127.0.0.1:" + silent.getLocalPort() + "/").build();
      ApiCall<Thing> call = api.getThing("t1");
      CompletableFuture<Thing> future = call.executeAsync();

      try (Socket connection = silent.accept()) {
        connection.setSoTimeout(3000);
        InputStream in = connection.getInputStream();
        byte[] requestLine = new byte[17];
        new DataInputStream(in).readFully(requestLine);
        assertEquals("GET /v1/things/t1", new String(requestLine, "US-ASCII"));

        assertTrue(future.cancel(true));

        assertTrue(future.isCancelled());
        assertTrue(call.isCanceled(), "cancelling the future did not cancel the call");
        byte[] rest = new byte[4096];
        int read;
        do {
          read = in.read(rest); // the rest of the request, then end of stream once the client hangs up
        } while (read > 0);
        assertEquals(-1, read, "the server's connection is still open");
      }
    }
  }

  @Test
  void cancellingTheFutureDropsAScheduledRetry() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1").setBody("{}"));
    server.enqueue(json("{\"id\":\"t1\"}"));
    ThingsApi retrying = builder().retryPolicy(RetryPolicy.DEFAULT).build();
    ApiCall<Thing> call = retrying.getThing("t1");

    CompletableFuture<Thing> future = call.executeAsync();
    takeRequest();
    Thread.sleep(100); // the 503 is in, the retry waits on the scheduler
    assertTrue(future.cancel(true));

    Thread.sleep(1500); // past the Retry-After
    assertEquals(1, server.getRequestCount(), "the retry was sent after the future was cancelled");
    assertTrue(call.isCanceled());
  }

  @Test
  void aFailedScheduledRetryStillReachesTheFutureAsATypedException() {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1").setBody("{}"));
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    ThingsApi retrying = builder().retryPolicy(RetryPolicy.builder().maxRetries(1).build()).build();

    CompletionException failure =
        assertThrows(CompletionException.class, () -> retrying.getThing("t1").executeAsync().join());

    assertEquals(2, assertInstanceOf(InternalServerException.class, failure.getCause()).attempts());
  }

  @Test
  void aTransportFailureIsAnApiConnectionException() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    ThingsApi unreachable = builder().baseUrl("http://127.0.0.1:" + port + "/").build();

    CompletionException failure =
        assertThrows(CompletionException.class, () -> unreachable.getThing("t1").executeAsync().join());

    assertInstanceOf(ApiConnectionException.class, failure.getCause());
  }
}
