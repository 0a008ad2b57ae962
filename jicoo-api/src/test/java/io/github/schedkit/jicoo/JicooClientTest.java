package io.github.schedkit.jicoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.core.errors.NotFoundException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.jicoo.api.BookingsApi.ListBookingsQuery;
import io.github.schedkit.jicoo.model.Booking;
import io.github.schedkit.jicoo.model.BookingPage;
import io.github.schedkit.jicoo.model.BookingPriority;
import io.github.schedkit.jicoo.model.BookingStatus;
import io.github.schedkit.jicoo.model.BookingStatusFilter;
import io.github.schedkit.jicoo.model.CreateBookingRequest;
import io.github.schedkit.jicoo.model.EventType;
import io.github.schedkit.jicoo.model.UpdateBookingRequest;
import io.github.schedkit.core.json.Json;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JicooClientTest {
  private static final String KEY = "sk_live_SENTINEL_jicoo_key";

  private MockWebServer server;
  private JicooClient jicoo;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    jicoo = JicooClient.builder().apiKey(KEY).baseUrl(server.url("/").toString()).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void aMissingOrBlankKeyFailsAtBuild() {
    MissingCredentialException missing =
        assertThrows(MissingCredentialException.class, () -> JicooClient.builder().build());
    assertTrue(missing.getMessage().contains(".apiKey("), missing.getMessage());
    MissingCredentialException blank =
        assertThrows(MissingCredentialException.class, () -> JicooClient.builder().apiKey("  ").build());
    assertTrue(blank.getMessage().contains("blank"), blank.getMessage());
  }

  @Test
  void aMalformedBaseUrlFailsClearly() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JicooClient.builder().baseUrl("api.jicoo.com"));
    assertTrue(e.getMessage().contains("api.jicoo.com"), e.getMessage());
  }

  @Test
  void defaultsToTheProductionApi() {
    assertEquals("JicooClient{baseUrl=https://api.jicoo.com/}", JicooClient.builder().apiKey(KEY).build().toString());
  }

  @Test
  void sendsTheKeyAndUnwrapsSingleResources() throws Exception {
    server.enqueue(json("{\"data\":" + booking("ACDADADASS", "open") + ",\"errors\":{}}"));

    Booking booking = jicoo.bookings().getBooking("ACDADADASS").execute();

    assertEquals("ACDADADASS", booking.getUid());
    assertSame(BookingStatus.OPEN, booking.getStatus());
    assertEquals(OffsetDateTime.parse("2024-03-01T20:00:00Z"), booking.getStartedAt());
    assertNull(booking.getLocationId());
    RecordedRequest request = server.takeRequest();
    assertEquals("GET", request.getMethod());
    assertEquals("/v1/bookings/ACDADADASS", request.getPath());
    assertEquals(KEY, request.getHeader("X-Jicoo-Api-Key"));
    assertTrue(request.getHeader("User-Agent").startsWith("schedkit-jicoo/"), request.getHeader("User-Agent"));
  }

  @Test
  void anEnumValueTheSpecDoesNotListDecodesAndKeepsItsText() {
    server.enqueue(json("{\"data\":" + booking("B1", "archived") + ",\"errors\":{}}"));

    BookingStatus status = jicoo.bookings().getBooking("B1").execute().getStatus();

    assertFalse(status.isRecognized());
    assertSame(BookingStatus.Value.UNRECOGNIZED, status.value());
    assertEquals("archived", status.asString());
  }

  @Test
  void membersTheSpecDoesNotDeclareAreKeptOnModelsThatAllowThem() {
    server.enqueue(json("{\"data\":{\"uid\":\"mzgdPJVBb7RE\",\"name\":\"Demo\",\"color\":\"#ff0000\","
        + "\"limits\":{\"perDay\":3}},\"errors\":{}}"));

    EventType eventType = jicoo.eventTypes().getEventType("mzgdPJVBb7RE").execute();

    assertEquals("Demo", eventType.getName());
    assertEquals(List.of("color", "limits"), List.copyOf(eventType.additionalProperties().keySet()));
    assertEquals("#ff0000", eventType.additionalProperties().get("color").getAsString());
    assertEquals(3, eventType.additionalProperties().get("limits").getAsJsonObject().get("perDay").getAsInt());
    String reencoded = Json.gson().toJson(eventType.toBuilder().additionalProperty("slug", "demo").build());
    assertEquals(
        "{\"uid\":\"mzgdPJVBb7RE\",\"name\":\"Demo\",\"color\":\"#ff0000\",\"limits\":{\"perDay\":3},\"slug\":\"demo\"}",
        reencoded);
  }

  @Test
  void requestBodiesAreSentAsTheSpecNamesThem() throws Exception {
    server.enqueue(json("{\"data\":" + booking("NEW", "open") + ",\"errors\":{}}").setResponseCode(201));

    jicoo.bookings()
        .createBooking(
            CreateBookingRequest.builder()
                .eventTypeId("mzgdPJVBb7RE")
                .timeZone("Asia/Tokyo")
                .startedAt(OffsetDateTime.parse("2024-03-16T11:00:00+09:00"))
                .email("guest@example.com")
                .name("john doe")
                .build())
        .execute();

    String body = server.takeRequest().getBody().readUtf8();
    assertEquals(
        "{\"startedAt\":\"2024-03-16T02:00:00.000Z\",\"timeZone\":\"Asia/Tokyo\",\"eventTypeId\":\"mzgdPJVBb7RE\","
            + "\"email\":\"guest@example.com\",\"name\":\"john doe\"}",
        body);
  }

  @Test
  void patchBodiesSendClearedMembersAsNullAndLeaveUnsetOnesOut() throws Exception {
    server.enqueue(json("{\"data\":" + booking("B1", "open") + ",\"errors\":{}}"));

    jicoo.bookings()
        .updateBooking(
            "B1",
            UpdateBookingRequest.builder()
                .name("Product demo")
                .clearDescription()
                .clearPriority()
                .priority(BookingPriority.HIGH)
                .build())
        .execute();

    assertEquals(
        "{\"name\":\"Product demo\",\"priority\":\"high\",\"description\":null}",
        server.takeRequest().getBody().readUtf8());
  }

  @Test
  void aClearedMemberSurvivesToBuilderAndTakesPartInEquality() {
    UpdateBookingRequest cleared = UpdateBookingRequest.builder().name("x").clearDescription().build();
    UpdateBookingRequest unset = UpdateBookingRequest.builder().name("x").build();

    assertEquals(Collections.singleton("description"), cleared.explicitNulls());
    assertEquals(cleared, cleared.toBuilder().build());
    assertNotEquals(unset, cleared);
    assertTrue(cleared.toString().contains("explicitNulls=[description]"), cleared.toString());
  }

  @Test
  void requestBuildersNameTheMissingRequiredValues() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> CreateBookingRequest.builder().name("x").build());
    assertTrue(e.getMessage().contains("email"), e.getMessage());
    assertTrue(e.getMessage().contains("eventTypeId"), e.getMessage());
  }

  @Test
  void autoPagerWalksEveryPageLazilyKeepingTheFilters() throws Exception {
    server.enqueue(json(page(List.of("A", "B"), 2)));
    server.enqueue(json(page(List.of(), 3)));
    server.enqueue(json(page(List.of("C"), null)));
    ListBookingsQuery query =
        ListBookingsQuery.builder()
            .status(BookingStatusFilter.OPEN)
            .startedAt(OffsetDateTime.parse("2024-06-12T12:00:00+09:00"))
            .perPage(2)
            .build();

    BookingPage first = jicoo.bookings().listBookings(query).execute();
    Iterator<Booking> all = first.autoPager().iterator();
    assertEquals("A", all.next().getUid());
    assertEquals("B", all.next().getUid());
    assertEquals(1, server.getRequestCount(), "page 2 is fetched only when page 1 is used up");
    assertEquals("C", all.next().getUid());
    assertFalse(all.hasNext());

    assertEquals(
        "/v1/bookings?status=open&startedAt=2024-06-12T03%3A00%3A00.000Z&perPage=2",
        server.takeRequest().getPath());
    assertEquals(
        "/v1/bookings?status=open&startedAt=2024-06-12T03%3A00%3A00.000Z&perPage=2&page=2",
        server.takeRequest().getPath());
    assertEquals(
        "/v1/bookings?status=open&startedAt=2024-06-12T03%3A00%3A00.000Z&perPage=2&page=3",
        server.takeRequest().getPath());
  }

  @Test
  void autoPagerStreamsToo() {
    server.enqueue(json(page(List.of("A"), 2)));
    server.enqueue(json(page(List.of("B"), null)));

    List<String> uids =
        jicoo.bookings().listBookings().execute().autoPager().stream()
            .map(Booking::getUid)
            .collect(Collectors.toList());

    assertEquals(List.of("A", "B"), uids);
  }

  @Test
  void errorsAreTypedAndNameTheOperationButNotTheKey() {
    server.enqueue(json("{\"data\":null,\"errors\":{\"message\":\"Record Not Found\"}}").setResponseCode(404));

    NotFoundException e =
        assertThrows(NotFoundException.class, () -> jicoo.bookings().getBooking("nope").execute());

    assertEquals(404, e.statusCode());
    assertTrue(e.getMessage().startsWith("getBooking (GET /v1/bookings/{uid}) failed with HTTP 404"), e.getMessage());
    assertTrue(e.body().contains("Record Not Found"));
    assertFalse(e.getMessage().contains(KEY));
  }

  @Test
  void aSuccessBodyThatIsNotTheModelIsADecodingErrorNamingTheOperation() {
    server.enqueue(new MockResponse().setBody("<html>maintenance</html>").setHeader("Content-Type", "text/html"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> jicoo.bookings().getBooking("x").execute());

    assertTrue(e.getMessage().contains("getBooking"), e.getMessage());
    assertTrue(e.getMessage().contains("Booking"), e.getMessage());
  }

  @Test
  void anEmptyOrNullIdentifierIsRejectedBeforeAnyRequest() {
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> jicoo.bookings().getBooking(""));
    assertTrue(empty.getMessage().contains("getBooking"), empty.getMessage());
    IllegalArgumentException nul =
        assertThrows(IllegalArgumentException.class, () -> jicoo.bookings().getBooking(null));
    assertTrue(nul.getMessage().contains("\"uid\""), nul.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void toStringsNeverShowTheKey() {
    assertFalse(jicoo.toString().contains(KEY));
    assertFalse(JicooClient.builder().apiKey(KEY).toString().contains(KEY));
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private static String page(List<String> uids, Integer nextPage) {
    String data = uids.stream().map(uid -> booking(uid, "open")).collect(Collectors.joining(","));
    return "{\"data\":[" + data + "],\"errors\":{},\"totalCount\":3,\"count\":" + uids.size()
        + ",\"currentPage\":1" + (nextPage == null ? "" : ",\"nextPage\":" + nextPage) + ",\"numberOfPages\":3}";
  }

  private static String booking(String uid, String status) {
    return "{\"uid\":\"" + uid + "\",\"eventTypeId\":\"mzgdPJVBb7RE\",\"name\":\"Demo\",\"description\":null,"
        + "\"status\":\"" + status + "\",\"startedAt\":\"2024-03-01T20:00:00.000Z\","
        + "\"endedAt\":\"2024-03-01T21:00:00.000Z\",\"locationId\":null,\"url\":null,\"phoneNumber\":null,"
        + "\"address\":null,\"customLocation\":null,\"access\":null,\"timeZone\":\"Asia/Tokyo\","
        + "\"priority\":null,\"cancelReason\":null,\"cancelledAt\":null,\"cancelledBy\":null,"
        + "\"hosts\":[{\"userId\":\"u1\",\"role\":\"admin\"}],\"createdAt\":\"2024-02-01T00:00:00.000Z\","
        + "\"updatedAt\":\"2024-02-01T00:00:00.000Z\"}";
  }
}
