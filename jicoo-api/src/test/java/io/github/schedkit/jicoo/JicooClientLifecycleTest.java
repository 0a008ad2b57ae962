package io.github.schedkit.jicoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schedkit.core.http.RateLimiter;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/** {@link JicooClient} closes like any {@code AutoCloseable} and takes a rate limiter. */
class JicooClientLifecycleTest {
  private static final String BOOKING =
      "{\"data\":{\"uid\":\"ACDADADASS\",\"name\":\"Intro\",\"startedAt\":\"2024-03-16T02:00:00.000Z\"},\"errors\":{}}";

  @Test
  void closingRefusesLaterCallsAndLeavesTheCallersOkHttpClientAlone() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(BOOKING));
      OkHttpClient own = new OkHttpClient();
      RateLimiter limiter = RateLimiter.builder().limit(10, Duration.ofSeconds(1)).build();
      JicooClient jicoo;
      try (JicooClient client =
          JicooClient.builder().apiKey("sk_test").baseUrl(server.url("/").toString()).okHttpClient(own).rateLimiter(limiter).build()) {
        jicoo = client;
        assertEquals("ACDADADASS", client.bookings().getBooking("ACDADADASS").execute().getUid());
      }

      assertThrows(IllegalStateException.class, () -> jicoo.bookings().getBooking("ACDADADASS").execute());
      assertFalse(own.dispatcher().executorService().isShutdown());
      assertEquals(1, server.getRequestCount());
      own.dispatcher().executorService().shutdown();
      own.connectionPool().evictAll();
    }
  }
}
