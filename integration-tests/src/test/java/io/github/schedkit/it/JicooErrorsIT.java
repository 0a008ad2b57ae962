package io.github.schedkit.it;

import static io.github.schedkit.it.JicooMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.ConflictException;
import io.github.schedkit.core.errors.InternalServerException;
import io.github.schedkit.core.errors.NotFoundException;
import io.github.schedkit.core.errors.RateLimitException;
import io.github.schedkit.core.errors.UnprocessableEntityException;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.jicoo.api.BookingsApi.ListBookingsQuery;
import io.github.schedkit.jicoo.model.BookingPage;
import io.github.schedkit.jicoo.model.CreateBookingRequest;
import io.github.schedkit.mock.PrismServer;
import java.io.IOException;
import java.util.Locale;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Error responses, request validation and security, as Prism enforces them from the spec. */
@UsePrism(JicooMock.SPEC)
class JicooErrorsIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static PrismServer prism;
  private static JicooClient jicoo;

  @BeforeAll
  static void setUp(PrismServer server) {
    prism = server;
    jicoo = JicooMock.client(server, SENT);
  }

  @Test
  void notFoundBecomesNotFoundException() {
    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () -> Prefer.with("code=404", () -> jicoo.bookings().getBooking("ACDADADASS").execute()));

    assertEquals(404, e.statusCode());
    assertNotNull(e.body());
    assertTrue(e.body().contains("Record Not Found"), e.body());
    assertEquals("getBooking", e.operation().operationId());
  }

  @Test
  void conflictBecomesConflictException() {
    CreateBookingRequest request = EXAMPLES.request("createBooking", CreateBookingRequest.class);

    ConflictException e =
        assertThrows(
            ConflictException.class,
            () -> Prefer.with("code=409", () -> jicoo.bookings().createBooking(request).execute()));

    assertEquals(409, e.statusCode());
    assertTrue(e.body().contains("no longer available"), e.body());
  }

  @Test
  void tooManyRequestsBecomesRateLimitException() {
    RateLimitException e =
        assertThrows(
            RateLimitException.class,
            () -> Prefer.with("code=429", () -> jicoo.bookings().listBookings().execute()));

    assertEquals(429, e.statusCode());
    assertTrue(e.body().contains("Too Many Requests"), e.body());
  }

  @Test
  void serverErrorBecomesInternalServerException() {
    InternalServerException e =
        assertThrows(
            InternalServerException.class,
            () -> Prefer.with("code=500", () -> jicoo.organization().getOrganizationTeam().execute()));

    assertEquals(500, e.statusCode());
    assertTrue(e.body().contains("Internal Server Error"), e.body());
  }

  @Test
  void requestBodyMissingARequiredFieldIsRejected() {
    // The builder refuses to build this; a user could still decode it from JSON.
    CreateBookingRequest withoutEmail =
        Json.gson()
            .fromJson(
                "{\"eventTypeId\":\"mzgdPJVBb7RE\",\"timeZone\":\"Asia/Tokyo\","
                    + "\"startedAt\":\"2024-03-16T02:00:00.000Z\",\"name\":\"john doe\"}",
                CreateBookingRequest.class);
    assertNull(withoutEmail.getEmail());

    UnprocessableEntityException e =
        assertThrows(
            UnprocessableEntityException.class,
            () -> jicoo.bookings().createBooking(withoutEmail).execute());

    assertEquals(422, e.statusCode());
    assertViolationMentions(e, "email");
  }

  @Test
  void queryParameterOutOfRangeIsRejected() {
    // perPage has "minimum: 1": proof that Prism validates the query string the SDK sends.
    UnprocessableEntityException e =
        assertThrows(
            UnprocessableEntityException.class,
            () ->
                jicoo
                    .bookings()
                    .listBookings(ListBookingsQuery.builder().perPage(0).build())
                    .execute());

    assertEquals(422, e.statusCode());
    assertEquals("0", SENT.last().url().queryParameter("perPage"));
    assertViolationMentions(e, "perPage");
  }

  @Test
  void requestWithoutApiKeyIsUnauthorizedButTheSdkSendsTheKey() throws IOException {
    Request raw = new Request.Builder().url(prism.baseUrl() + "/v1/bookings").get().build();
    try (Response response = new OkHttpClient().newCall(raw).execute()) {
      assertEquals(401, response.code());
    }

    SENT.clear();
    BookingPage page = jicoo.bookings().listBookings().execute();

    assertEquals(JicooMock.API_KEY, SENT.last().header("X-Jicoo-Api-Key"));
    EXAMPLES.assertMatchesResponse("listBookings", page);
  }

  /**
   * Prism names the failed rule in its {@code sl-violations} header (query parameter names in lower
   * case), and sometimes in the body.
   */
  private static void assertViolationMentions(ApiException e, String field) {
    String violations = e.headers().get("sl-violations");
    String where = violations != null ? violations : e.body();
    assertNotNull(where, "Prism gave no violation details");
    assertTrue(where.toLowerCase(Locale.ROOT).contains(field.toLowerCase(Locale.ROOT)), where);
  }
}
