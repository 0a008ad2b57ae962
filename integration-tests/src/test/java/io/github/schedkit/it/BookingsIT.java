package io.github.schedkit.it;

import static io.github.schedkit.it.JicooMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.jicoo.api.BookingsApi;
import io.github.schedkit.jicoo.api.BookingsApi.ListBookingsQuery;
import io.github.schedkit.jicoo.model.Booking;
import io.github.schedkit.jicoo.model.BookingContact;
import io.github.schedkit.jicoo.model.BookingPage;
import io.github.schedkit.jicoo.model.BookingPriority;
import io.github.schedkit.jicoo.model.BookingSortField;
import io.github.schedkit.jicoo.model.BookingStatus;
import io.github.schedkit.jicoo.model.BookingStatusFilter;
import io.github.schedkit.jicoo.model.BookingTracking;
import io.github.schedkit.jicoo.model.CancelBookingRequest;
import io.github.schedkit.jicoo.model.CancelledBy;
import io.github.schedkit.jicoo.model.CreateBookingRequest;
import io.github.schedkit.jicoo.model.GuestLocale;
import io.github.schedkit.jicoo.model.LocationType;
import io.github.schedkit.jicoo.model.MemberRole;
import io.github.schedkit.jicoo.model.RescheduleBookingRequest;
import io.github.schedkit.jicoo.model.SortDirection;
import io.github.schedkit.jicoo.model.UpdateBookingRequest;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Bookings operation against Prism; each test is named after its operationId. */
@UsePrism(JicooMock.SPEC)
class BookingsIT {
  private static final String UID = "ACDADADASS";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static BookingsApi bookings;

  @BeforeAll
  static void setUp(PrismServer prism) {
    JicooClient jicoo = JicooMock.client(prism, SENT);
    bookings = jicoo.bookings();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void listBookings() {
    ListBookingsQuery query =
        ListBookingsQuery.builder()
            .status(BookingStatusFilter.OPEN)
            .startedAt(OffsetDateTime.parse("2024-06-12T12:00:00+09:00"))
            .endedAt(OffsetDateTime.parse("2024-06-30T15:00:00.000Z"))
            .sort(SortDirection.DESC)
            .order(BookingSortField.STARTED_AT)
            .page(1)
            .perPage(20)
            .build();

    BookingPage page = bookings.listBookings(query).execute();

    HttpUrl url = SENT.last().url();
    assertEquals("/v1/bookings", url.encodedPath());
    assertEquals("open", url.queryParameter("status"));
    assertEquals("2024-06-12T03:00:00.000Z", url.queryParameter("startedAt"));
    assertEquals("2024-06-30T15:00:00.000Z", url.queryParameter("endedAt"));
    assertEquals("desc", url.queryParameter("sort"));
    assertEquals("startedAt", url.queryParameter("order"));
    assertEquals("1", url.queryParameter("page"));
    assertEquals("20", url.queryParameter("perPage"));

    EXAMPLES.assertMatchesResponse("listBookings", page);
    assertEquals(2, page.items().size());
    assertEquals(Integer.valueOf(3), page.getTotalCount());
    assertEquals(Integer.valueOf(2), page.getNextPage());
    assertTrue(page.hasNextPage());
    Booking cancelled = page.items().get(1);
    assertEquals("BKQ7ZP2MXW", cancelled.getUid());
    assertSame(BookingStatus.CANCEL, cancelled.getStatus());
    assertSame(CancelledBy.HOST, cancelled.getCancelledBy());
    assertEquals(OffsetDateTime.parse("2024-02-28T10:00:00Z"), cancelled.getCancelledAt());
    assertSame(MemberRole.EDITOR, cancelled.getHosts().get(1).getRole());
  }

  @Test
  void getBooking() {
    Booking booking = bookings.getBooking(UID).execute();

    assertEquals("/v1/bookings/" + UID, SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("getBooking", booking);
    assertEquals(UID, booking.getUid());
    assertSame(BookingStatus.OPEN, booking.getStatus());
    assertSame(LocationType.IN_PERSON, booking.getLocationId());
    assertSame(BookingPriority.LOW, booking.getPriority());
    assertEquals(OffsetDateTime.parse("2024-03-01T20:00:00Z"), booking.getStartedAt());
    assertNull(booking.getUrl());
    assertNull(booking.getCancelledBy());
  }

  @Test
  void cancelBooking() {
    CancelBookingRequest request =
        CancelBookingRequest.builder().cancelReason("The guest had a schedule conflict.").build();

    Booking booking = bookings.cancelBooking(UID, request).execute();

    assertEquals("/v1/bookings/" + UID + "/cancel", SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("cancelBooking", booking);
    assertSame(BookingStatus.CANCEL, booking.getStatus());
    assertSame(CancelledBy.HOST, booking.getCancelledBy());
    assertEquals(OffsetDateTime.parse("2024-02-28T10:00:00Z"), booking.getCancelledAt());
  }

  @Test
  void rescheduleBooking() {
    RescheduleBookingRequest request =
        RescheduleBookingRequest.builder()
            .timeZone("Asia/Tokyo")
            .startedAt(OffsetDateTime.parse("2024-03-09T05:00:00+09:00"))
            .build();
    assertEquals(
        EXAMPLES.request("rescheduleBooking", RescheduleBookingRequest.class).getStartedAt().toInstant(),
        request.getStartedAt().toInstant());

    Booking booking = bookings.rescheduleBooking(UID, request).execute();

    EXAMPLES.assertMatchesResponse("rescheduleBooking", booking);
    assertEquals(OffsetDateTime.parse("2024-03-08T20:00:00Z"), booking.getStartedAt());
    assertEquals(OffsetDateTime.parse("2024-03-08T20:30:00Z"), booking.getEndedAt());
    assertSame(BookingStatus.OPEN, booking.getStatus());
  }

  @Test
  void createBooking() {
    CreateBookingRequest request =
        CreateBookingRequest.builder()
            .eventTypeId("mzgdPJVBb7RE")
            .timeZone("Asia/Tokyo")
            .startedAt(OffsetDateTime.parse("2024-03-16T02:00:00Z"))
            .email("guest@example.com")
            .name("john doe")
            .company("Example Inc.")
            .message("Looking forward to the demo.")
            .locale(GuestLocale.EN)
            .locationId(LocationType.GOOGLE_MEET)
            .ccEmails(Collections.singletonList("colleague@example.com"))
            .tracking(
                BookingTracking.builder()
                    .campaign("winter_campaign")
                    .source("twitter")
                    .medium("owned_media")
                    .content("jicoo-how-to")
                    .term("howto")
                    .build())
            .build();
    // The builder says what the spec's request example says.
    assertEquals(EXAMPLES.request("createBooking", CreateBookingRequest.class), request);

    ApiResponse<Booking> response = bookings.createBooking(request).executeWithResponse();

    assertEquals(201, response.statusCode());
    Booking booking = response.body();
    EXAMPLES.assertMatchesResponse("createBooking", booking);
    assertEquals(UID, booking.getUid());
    assertSame(LocationType.GOOGLE_MEET, booking.getLocationId());
    assertEquals("https://meet.google.com/abc-defg-hij", booking.getUrl());
    assertEquals(OffsetDateTime.parse("2024-03-16T02:30:00Z"), booking.getEndedAt());
  }

  @Test
  void updateBooking() {
    UpdateBookingRequest request = EXAMPLES.request("updateBooking", UpdateBookingRequest.class);
    assertSame(BookingPriority.HIGH, request.getPriority());

    Booking booking = bookings.updateBooking(UID, request).execute();

    assertEquals("PATCH", SENT.last().method());
    EXAMPLES.assertMatchesResponse("updateBooking", booking);
    assertEquals("Product demo (rescheduled)", booking.getName());
    assertSame(BookingPriority.HIGH, booking.getPriority());
    assertEquals(OffsetDateTime.parse("2024-02-25T08:00:00Z"), booking.getUpdatedAt());
  }

  @Test
  void getBookingContacts() {
    List<BookingContact> contacts = bookings.getBookingContacts(UID).execute();

    assertEquals("/v1/bookings/" + UID + "/contacts", SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("getBookingContacts", contacts);
    assertEquals(1, contacts.size());
    BookingContact contact = contacts.get(0);
    assertEquals("guest@example.com", contact.getEmail());
    assertEquals(Collections.singletonList("colleague@example.com"), contact.getCcEmails());
    assertEquals(Arrays.asList("SNS", "DM"), contact.getAnswers().get(0).getContent());
    assertNull(contact.getPhoneNumber());
  }
}
