package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.BadRequestException;
import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.core.errors.PaymentRequiredException;
import io.github.schedkit.core.errors.RateLimitException;
import io.github.schedkit.core.errors.UnauthorizedException;
import io.github.schedkit.core.errors.UnexpectedStatusException;
import io.github.schedkit.core.errors.UnprocessableEntityException;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.CronofyTokens;
import io.github.schedkit.cronofy.EventTime;
import io.github.schedkit.cronofy.model.Calendar;
import io.github.schedkit.cronofy.model.ErrorDetail;
import io.github.schedkit.cronofy.model.OAuthError;
import io.github.schedkit.cronofy.model.OAuthErrorCode;
import io.github.schedkit.cronofy.model.UpsertEventRequest;
import io.github.schedkit.cronofy.model.ValidationErrors;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cronofy's error responses, the token refresh on 401, and requests that Prism rejects, as typed
 * exceptions.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyErrorsIT {
  private static final String CALENDAR_ID = "cal_n23kjnwrw2_sakdnawerd3";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static PrismServer prism;
  private static CronofyClient cronofy;

  @BeforeAll
  static void setUp(PrismServer server) {
    prism = server;
    cronofy = CronofyMock.client(server, SENT);
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void validationFailureBecomesUnprocessableEntityExceptionWithTheErrors() {
    UpsertEventRequest request =
        UpsertEventRequest.builder()
            .summary("Board meeting")
            .start(EventTime.time(OffsetDateTime.parse("2024-11-25T15:30:00Z")))
            .end(EventTime.time(OffsetDateTime.parse("2024-11-25T17:00:00Z")))
            .build();

    UnprocessableEntityException e =
        assertThrows(
            UnprocessableEntityException.class,
            () ->
                Prefer.with(
                    "code=422", () -> cronofy.events().upsertEvent(CALENDAR_ID, request).execute()));

    assertEquals(422, e.statusCode());
    assertEquals("upsertEvent", e.operation().operationId());
    ValidationErrors errors = Json.gson().fromJson(e.body(), ValidationErrors.class);
    List<ErrorDetail> eventId = errors.getErrors().get("event_id");
    assertNotNull(eventId, e.body());
    assertEquals("errors.required", eventId.get(0).getKey());
    assertEquals("required", eventId.get(0).getDescription());
  }

  @Test
  void unauthorizedWithoutRefreshTokenBecomesUnauthorizedException() {
    CronofyClient withoutRefresh =
        CronofyMock.builder(prism, SENT)
            .accessToken(CronofyMock.ACCESS_TOKEN)
            .clientId(CronofyMock.CLIENT_ID)
            .clientSecret(CronofyMock.CLIENT_SECRET)
            .build();

    UnauthorizedException e =
        assertThrows(
            UnauthorizedException.class,
            () -> Prefer.with("code=401", () -> withoutRefresh.calendars().listCalendars().execute()));

    assertEquals(401, e.statusCode());
    assertEquals("listCalendars", e.operation().operationId());
    // Nothing to refresh with: one request, no token call.
    assertEquals(1, SENT.requests().size());
    CronofyMock.assertUserToken(SENT.last());
    assertEquals(1, e.attempts());
  }

  @Test
  void unauthorizedWithRefreshTokenRefreshesOnceAndRetries() {
    List<CronofyTokens> heard = new CopyOnWriteArrayList<>();
    AtomicBoolean first = new AtomicBoolean(true);
    Interceptor firstRequestExpired =
        chain ->
            chain.proceed(
                first.getAndSet(false)
                    ? chain.request().newBuilder().header("Prefer", "code=401").build()
                    : chain.request());
    CronofyClient refreshing =
        CronofyMock.builder(prism, firstRequestExpired, SENT)
            .accessToken(CronofyMock.ACCESS_TOKEN)
            .refreshToken(CronofyMock.REFRESH_TOKEN)
            .clientId(CronofyMock.CLIENT_ID)
            .clientSecret(CronofyMock.CLIENT_SECRET)
            .tokenListener(heard::add)
            .build();

    List<Calendar> calendars = refreshing.calendars().listCalendars().execute();

    EXAMPLES.assertMatchesResponse("listCalendars", calendars);
    List<Request> sent = SENT.requests();
    assertEquals(3, sent.size());
    assertEquals("/v1/calendars", sent.get(0).url().encodedPath());
    CronofyMock.assertUserToken(sent.get(0));
    assertEquals("/oauth/token", sent.get(1).url().encodedPath());
    CronofyMock.assertNoAuthorization(sent.get(1));
    assertEquals("refresh_token", CronofyMock.jsonBody(sent.get(1)).get("grant_type").getAsString());
    assertEquals("/v1/calendars", sent.get(2).url().encodedPath());
    assertEquals("Bearer P531x88i05Ld2yXHIQ7WjiEyqlmOHsgI", sent.get(2).header("Authorization"));
    assertEquals(1, heard.size());
    assertEquals("P531x88i05Ld2yXHIQ7WjiEyqlmOHsgI", heard.get(0).accessToken());
    assertEquals(heard.get(0), refreshing.tokens());
  }

  @Test
  void paymentRequiredBecomesPaymentRequiredException() {
    PaymentRequiredException e =
        assertThrows(
            PaymentRequiredException.class,
            () ->
                Prefer.with(
                    "code=402", () -> cronofy.bookableEvents().readBookableEvent("83hi8qhfiaif").execute()));

    assertEquals(402, e.statusCode());
    assertEquals("readBookableEvent", e.operation().operationId());
    CronofyMock.assertApiKey(SENT.last());
  }

  @Test
  void lockedAccountBecomesUnexpectedStatusException() {
    UnexpectedStatusException e =
        assertThrows(
            UnexpectedStatusException.class,
            () -> Prefer.with("code=423", () -> cronofy.identity().getAccount().execute()));

    assertEquals(423, e.statusCode());
    assertEquals("getAccount", e.operation().operationId());
    assertEquals(UnexpectedStatusException.class, e.getClass());
  }

  @Test
  void tooManyRequestsBecomesRateLimitException() {
    RateLimitException e =
        assertThrows(
            RateLimitException.class,
            () -> Prefer.with("code=429", () -> cronofy.events().freeBusy("Europe/London").execute()));

    assertEquals(429, e.statusCode());
    assertEquals("freeBusy", e.operation().operationId());
    // Cronofy documents no Retry-After header, and Prism sends none.
    assertNull(e.retryAfter());
  }

  @Test
  void refusedGrantBecomesBadRequestExceptionWithTheOAuthError() {
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () ->
                Prefer.with(
                    "code=400",
                    () -> cronofy.oauth().exchangeCode("zKSbH0j2JeLEjXqRJ0gGd7yOsIc3I9fh", "https://app.example.com/oauth/callback")));

    assertEquals(400, e.statusCode());
    assertEquals("requestToken", e.operation().operationId());
    OAuthError error = Json.gson().fromJson(e.body(), OAuthError.class);
    assertSame(OAuthErrorCode.INVALID_GRANT, error.getError());
    assertNull(error.getErrorDescription());
    CronofyMock.assertNoAuthorization(SENT.last());
    // The secret in the request body never shows up in the exception.
    assertFalse(e.getMessage().contains(CronofyMock.CLIENT_SECRET));
  }

  @Test
  void blankTzidIsRejectedByTheMock() {
    UnprocessableEntityException e =
        assertThrows(UnprocessableEntityException.class, () -> cronofy.events().readEvents("").execute());

    assertEquals(422, e.statusCode());
    assertEquals("", SENT.last().url().queryParameter("tzid"));
    assertViolationMentions(e, "tzid");
  }

  @Test
  void requestBodyMissingARequiredMemberIsRejectedByTheMock() {
    // The builder would insist on a summary; a user could still decode this from JSON.
    UpsertEventRequest withoutSummary =
        Json.gson()
            .fromJson(
                "{\"event_id\":\"qTtZdczOccgaPncGJaCiLg\",\"start\":\"2024-11-25T15:30:00Z\","
                    + "\"end\":\"2024-11-25T17:00:00Z\"}",
                UpsertEventRequest.class);
    assertNull(withoutSummary.getSummary());

    UnprocessableEntityException e =
        assertThrows(
            UnprocessableEntityException.class,
            () -> cronofy.events().upsertEvent(CALENDAR_ID, withoutSummary).execute());

    assertEquals(422, e.statusCode());
    assertViolationMentions(e, "summary");
  }

  @Test
  void missingApiKeyFailsBeforeAnythingIsSent() {
    CronofyClient userOnly = CronofyMock.builder(prism, SENT).accessToken(CronofyMock.ACCESS_TOKEN).build();

    MissingCredentialException e =
        assertThrows(
            MissingCredentialException.class,
            () -> userOnly.bookableEvents().readBookableEvent("83hi8qhfiaif").execute());

    assertTrue(e.getMessage().contains(".clientSecret(..)"), e.getMessage());
    assertTrue(SENT.requests().isEmpty());
  }

  /**
   * Prism names the failed rule in its {@code sl-violations} header, and sometimes in the body.
   */
  private static void assertViolationMentions(ApiException e, String field) {
    String violations = e.headers().get("sl-violations");
    String where = violations != null ? violations : e.body();
    assertNotNull(where, "Prism gave no violation details");
    assertTrue(where.toLowerCase(Locale.ROOT).contains(field.toLowerCase(Locale.ROOT)), where);
  }
}
