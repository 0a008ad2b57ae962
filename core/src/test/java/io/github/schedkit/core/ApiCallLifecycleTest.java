package io.github.schedkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.NotFoundException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.TestClientBuilder;
import io.github.schedkit.core.fixture.Thing;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

class ApiCallLifecycleTest extends MockServerTestBase {

  @Test
  void nothingIsSentUntilExecuted() throws Exception {
    ApiCall<Thing> call = api.getThing("t1");

    assertFalse(call.isExecuted());
    assertFalse(call.isCanceled());
    assertEquals(0, server.getRequestCount());
    assertEquals("/v1/things/t1", call.request().url().encodedPath());
  }

  @Test
  void executeWithResponseExposesStatusAndHeaders() {
    server.enqueue(
        json(201, "{\"id\":\"t1\"}").setHeader("ETag", "\"v7\"").setHeader("X-Request-Id", "r-1"));

    ApiCall<Thing> call = api.getThing("t1");
    ApiResponse<Thing> response = call.executeWithResponse();

    assertTrue(call.isExecuted());
    assertEquals(201, response.statusCode());
    assertEquals("\"v7\"", response.headers().get("ETag"));
    assertEquals("r-1", response.headers().get("X-Request-Id"));
    assertEquals("t1", response.body().getId());
    assertEquals("ApiResponse{statusCode=201}", response.toString());
  }

  @Test
  void enqueueDeliversSuccessExactlyOnce() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}").setHeader("X-Request-Id", "r-2"));

    var callback = new RecordingCallback<Thing>();
    ApiCall<Thing> call = api.getThing("t1");
    call.enqueue(callback);
    callback.await();

    assertTrue(call.isExecuted());
    assertEquals(1, callback.responses());
    assertEquals(0, callback.failures());
    assertEquals(200, callback.response().statusCode());
    assertEquals("r-2", callback.response().headers().get("X-Request-Id"));
    assertEquals("t1", callback.response().body().getId());
  }

  @Test
  void enqueueDeliversAnHttpErrorExactlyOnce() throws Exception {
    server.enqueue(json(404, "{\"error\":\"gone\"}"));

    var callback = new RecordingCallback<Thing>();
    api.getThing("t1").enqueue(callback);
    callback.await();

    assertEquals(0, callback.responses());
    NotFoundException e = (NotFoundException) callback.failure();
    assertEquals("{\"error\":\"gone\"}", e.body());
  }

  @Test
  void executingTwiceIsRejected() {
    server.enqueue(json("{\"id\":\"t1\"}"));
    ApiCall<Thing> call = api.getThing("t1");
    call.execute();

    assertThrows(IllegalStateException.class, call::execute);
    assertThrows(IllegalStateException.class, call::executeWithResponse);
    assertThrows(IllegalStateException.class, () -> call.enqueue(new RecordingCallback<>()));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void enqueueingTwiceIsRejected() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));
    ApiCall<Thing> call = api.getThing("t1");
    var callback = new RecordingCallback<Thing>();
    call.enqueue(callback);

    assertThrows(IllegalStateException.class, () -> call.enqueue(new RecordingCallback<>()));
    assertThrows(IllegalStateException.class, call::execute);
    callback.await();
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aFailedCallCannotBeExecutedAgainButACopyCan() {
    server.enqueue(json(404, "{}"));
    server.enqueue(json("{\"id\":\"t1\"}"));
    ApiCall<Thing> call = api.getThing("t1");
    assertThrows(NotFoundException.class, call::execute);

    assertThrows(IllegalStateException.class, call::execute);
    assertEquals("t1", call.copy().execute().getId());
  }

  @Test
  void copyRunsTheSameRequestAgain() throws Exception {
    server.enqueue(json("{\"id\":\"t1\",\"name\":\"first\"}"));
    server.enqueue(json("{\"id\":\"t1\",\"name\":\"second\"}"));
    ApiCall<Thing> call = api.getThing("t1");

    assertEquals("first", call.execute().getName());
    ApiCall<Thing> copy = call.copy();

    assertNotSame(call, copy);
    assertFalse(copy.isExecuted());
    assertEquals("second", copy.execute().getName());
    assertEquals(2, server.getRequestCount());
    var first = takeRequest();
    var second = takeRequest();
    assertEquals(first.getPath(), second.getPath());
    assertEquals(SECRET, second.getHeader(TestClientBuilder.KEY_HEADER));
  }

  @Test
  void cancelBeforeExecuteFailsWithoutSending() {
    server.enqueue(json("{\"id\":\"t1\"}"));
    ApiCall<Thing> call = api.getThing("t1");
    call.cancel();

    assertTrue(call.isCanceled());
    ApiConnectionException e = assertThrows(ApiConnectionException.class, call::execute);

    assertSame(ApiConnectionException.class, e.getClass(), "a cancel is not a timeout");
    assertEquals(0, server.getRequestCount());
    assertNoSecret(e);
  }

  @Test
  void cancelBeforeEnqueueFailsTheCallback() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));
    ApiCall<Thing> call = api.getThing("t1");
    call.cancel();

    var callback = new RecordingCallback<Thing>();
    call.enqueue(callback);

    assertSame(ApiConnectionException.class, callback.await().failure().getClass());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void copyOfACanceledCallIsNotCanceled() {
    server.enqueue(json("{\"id\":\"t1\"}"));
    ApiCall<Thing> call = api.getThing("t1");
    call.cancel();

    ApiCall<Thing> copy = call.copy();

    assertFalse(copy.isCanceled());
    assertEquals("t1", copy.execute().getId());
  }

  @Test
  void requestIsTheUnauthenticatedRequest() {
    ApiCall<Thing> call = api.getThing("t1");

    assertEquals("GET", call.request().method());
    assertNull(call.request().header(TestClientBuilder.KEY_HEADER));
    assertNoSecret(call.request());
    assertNoSecret(call.request().headers());
  }

  @Test
  void toStringNamesTheOperationOnly() {
    ApiCall<Thing> call = api.getThing("id-123");

    assertEquals("ApiCall{getThing (GET /v1/things/{id})}", call.toString());
  }

  @Test
  void responseWithUnreadableBodyStillReleasesTheConnection() throws Exception {
    // Sanity check of the pool assertion every test runs: an unclosed raw response is noticed.
    server.enqueue(new MockResponse().setBody("raw"));
    okhttp3.Response raw =
        okHttp.newCall(new okhttp3.Request.Builder().url(server.url("/raw")).build()).execute();
    assertEquals(1, okHttp.connectionPool().connectionCount());
    assertEquals(0, okHttp.connectionPool().idleConnectionCount());
    raw.close();
    assertNoConnectionInUse(okHttp);
  }
}
