package io.github.schedkit.core.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.ThingPage;
import io.github.schedkit.core.fixture.ThingStatus;
import io.github.schedkit.core.fixture.ThingsApi.ListThingsQuery;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatusMappingTest extends MockServerTestBase {
  private static final OperationInfo LIST_THINGS =
      new OperationInfo("listThings", "GET", "/v1/things");

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(402, PaymentRequiredException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, InternalServerException.class),
        Arguments.of(502, InternalServerException.class),
        Arguments.of(503, InternalServerException.class),
        Arguments.of(418, UnexpectedStatusException.class),
        Arguments.of(405, UnexpectedStatusException.class),
        Arguments.of(304, UnexpectedStatusException.class),
        Arguments.of(600, UnexpectedStatusException.class));
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @MethodSource("statuses")
  void everyStatusFamilyMapsToItsException(int status, Class<? extends ApiException> type)
      throws Exception {
    String body = "{\"error\":\"status " + status + "\"}";
    server.enqueue(json(status, body).setHeader("X-Request-Id", "req-" + status));

    ApiException e =
        assertThrows(ApiException.class, () -> api.listThings(filterQuery()).execute());

    assertSame(type, e.getClass());
    assertEquals(status, e.statusCode());
    assertEquals("req-" + status, e.headers().get("X-Request-Id"));
    assertEquals(body, e.body());
    assertEquals(LIST_THINGS, e.operation());
    assertEquals(1, e.attempts());
    String message = e.getMessage();
    assertTrue(message.contains("listThings"), message);
    assertTrue(message.contains("GET /v1/things"), message);
    assertTrue(message.contains("HTTP " + status), message);
    // the message quotes the body's redacted excerpt: the free-text value is masked
    assertTrue(message.endsWith(": \"{\"error\":\"█\"}\""), message);
    assertFalse(message.contains("?"), message);
    assertFalse(message.contains("needle-in-query"), message);
    assertFalse(message.contains("per_page"), message);
    assertFalse(message.contains(String.valueOf(server.getPort())), message);
    assertNoSecret(e);
    assertTrue(takeRequest().getPath().contains("q=needle-in-query"));
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @MethodSource("statuses")
  void everyStatusFamilyIsDeliveredToTheCallback(int status, Class<? extends ApiException> type)
      throws Exception {
    server.enqueue(json(status, "{}"));

    var callback = new RecordingCallback<ThingPage>();
    api.listThings(filterQuery()).enqueue(callback);

    assertSame(type, callback.await().failure().getClass());
    assertEquals(status, ((ApiException) callback.failure()).statusCode());
  }

  @Test
  void messageUsesThePathTemplateNotTheConcreteIdentifier() {
    server.enqueue(json(404, ""));

    NotFoundException e =
        assertThrows(NotFoundException.class, () -> api.getThing("user-4711").execute());

    assertEquals("getThing (GET /v1/things/{id}) failed with HTTP 404", e.getMessage());
    assertFalse(e.getMessage().contains("user-4711"));
    assertEquals("", e.body());
  }

  @Test
  void errorWithoutBodyHasAnEmptyBody() {
    server.enqueue(new MockResponse().setResponseCode(500));

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> api.getThing("t1").execute());

    assertEquals("", e.body());
    assertEquals(500, e.statusCode());
  }

  @Test
  void hugeErrorBodyIsTruncated() {
    String huge = "x".repeat(ApiException.MAX_BODY_CHARS) + "y".repeat(40_000);
    server.enqueue(json(500, huge));

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> api.getThing("t1").execute());

    String body = e.body();
    // Exactly the first MAX_BODY_CHARS characters are kept.
    assertEquals("x".repeat(ApiException.MAX_BODY_CHARS), body);
    assertFalse(body.contains("y"));
    // The message carries only a short excerpt.
    assertTrue(e.getMessage().length() < 1_000, "message length " + e.getMessage().length());
  }

  @Test
  void hugeMultiByteErrorBodyIsTruncatedWithoutBrokenCharacters() {
    String huge = "予約".repeat(ApiException.MAX_BODY_CHARS);
    server.enqueue(json(500, huge));

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> api.getThing("t1").execute());

    assertEquals(huge.substring(0, ApiException.MAX_BODY_CHARS), e.body());
  }

  @Test
  void bodyExactlyAtTheLimitIsKeptWhole() {
    String body = "z".repeat(ApiException.MAX_BODY_CHARS);
    server.enqueue(json(400, body));

    BadRequestException e =
        assertThrows(BadRequestException.class, () -> api.getThing("t1").execute());

    assertEquals(body, e.body());
  }

  @Test
  void rateLimitRetryAfterInSeconds() {
    server.enqueue(json(429, "{}").setHeader("Retry-After", "7"));

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> api.getThing("t1").execute());

    assertEquals(Duration.ofSeconds(7), e.retryAfter());
  }

  @Test
  void rateLimitRetryAfterAsAnHttpDate() {
    String in120s =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
    server.enqueue(json(429, "{}").setHeader("Retry-After", in120s));

    RateLimitException e =
        assertThrows(RateLimitException.class, () -> api.getThing("t1").execute());

    Duration wait = e.retryAfter();
    assertTrue(
        wait.compareTo(Duration.ofSeconds(110)) >= 0 && wait.compareTo(Duration.ofSeconds(120)) <= 0,
        "retryAfter " + wait);
  }

  @Test
  void rateLimitWithoutOrWithInvalidRetryAfterHasNone() {
    server.enqueue(json(429, "{}"));
    server.enqueue(json(429, "{}").setHeader("Retry-After", "soon"));

    assertNull(assertThrows(RateLimitException.class, () -> api.getThing("t1").execute()).retryAfter());
    assertNull(assertThrows(RateLimitException.class, () -> api.getThing("t1").execute()).retryAfter());
  }

  @Test
  void ofTruncatesAndToleratesNullBody() {
    ApiException e = ApiException.of(LIST_THINGS, 404, okhttp3.Headers.of(), null, 1);

    assertSame(NotFoundException.class, e.getClass());
    assertEquals("", e.body());
  }

  @Test
  void attemptsAppearInTheMessageOnlyWhenRetried() {
    ApiException once = ApiException.of(LIST_THINGS, 503, okhttp3.Headers.of(), "", 1);
    ApiException thrice = ApiException.of(LIST_THINGS, 503, okhttp3.Headers.of(), "", 3);

    assertFalse(once.getMessage().contains("attempts"));
    assertTrue(thrice.getMessage().contains("after 3 attempts"), thrice.getMessage());
    assertEquals(3, thrice.attempts());
  }

  private static ListThingsQuery filterQuery() {
    return ListThingsQuery.builder()
        .q("needle-in-query")
        .status(ThingStatus.ACTIVE)
        .perPage(50)
        .build();
  }
}
