package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.errors.ApiTimeoutException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.Thing;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

class PerCallTimeoutTest extends MockServerTestBase {

  private static MockResponse slowThing() {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setBody("{\"id\":\"t1\",\"name\":\"One\"}")
        .setHeadersDelay(600, TimeUnit.MILLISECONDS);
  }

  @Test
  void aShorterTimeoutOnOneCallFailsThatCallOnly() {
    server.enqueue(slowThing());
    server.enqueue(slowThing());
    ApiCall<Thing> call = api.getThing("t1");

    ApiTimeoutException e =
        assertThrows(ApiTimeoutException.class, () -> call.withTimeout(Duration.ofMillis(150)).execute());
    assertTrue(e.getMessage().contains("getThing"), e.getMessage());

    assertEquals("t1", call.execute().getId(), "the original call keeps the client's 5 s timeout");
  }

  @Test
  void copiesKeepTheOverride() {
    server.enqueue(slowThing());

    ApiCall<Thing> strict = api.getThing("t1").withTimeout(Duration.ofMillis(150));

    assertThrows(ApiTimeoutException.class, () -> strict.copy().execute());
  }

  @Test
  void aNegativeTimeoutIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> api.getThing("t1").withTimeout(Duration.ofMillis(-1)));
  }
}
