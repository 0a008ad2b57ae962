package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.EventTime;
import io.github.schedkit.cronofy.api.EventsApi;
import io.github.schedkit.cronofy.api.EventsApi.FreeBusyQuery;
import io.github.schedkit.cronofy.api.EventsApi.ReadEventsQuery;
import io.github.schedkit.cronofy.model.AttendeeStatus;
import io.github.schedkit.cronofy.model.BulkDeleteEventsRequest;
import io.github.schedkit.cronofy.model.DeleteEventRequest;
import io.github.schedkit.cronofy.model.DeleteEventResponse;
import io.github.schedkit.cronofy.model.Event;
import io.github.schedkit.cronofy.model.EventAttendeeChanges;
import io.github.schedkit.cronofy.model.EventAttendeeInput;
import io.github.schedkit.cronofy.model.EventConferencingRequest;
import io.github.schedkit.cronofy.model.EventLocation;
import io.github.schedkit.cronofy.model.EventReminder;
import io.github.schedkit.cronofy.model.EventStatus;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.cronofy.model.FreeBusy;
import io.github.schedkit.cronofy.model.FreeBusyPage;
import io.github.schedkit.cronofy.model.FreeBusyStatus;
import io.github.schedkit.cronofy.model.ParticipationStatusChange;
import io.github.schedkit.cronofy.model.ParticipationStatusRequest;
import io.github.schedkit.cronofy.model.Transparency;
import io.github.schedkit.cronofy.model.UpsertEventRequest;
import io.github.schedkit.mock.PrismServer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Events operation against Prism; each test is named after its operationId ({@code
 * upsertEvent} has one test per EventTime form). Writes answer 202 with no body.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyEventsIT {
  private static final String CALENDAR_ID = "cal_n23kjnwrw2_sakdnawerd3";
  private static final List<String> CALENDAR_IDS =
      List.of("cal_n23kjnwrw2_sakdnawerd3", "cal_n23kjnwrw2_jsdfjksn234");
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static EventsApi events;

  @BeforeAll
  static void setUp(PrismServer prism) {
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    events = cronofy.events();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void readEvents() {
    ReadEventsQuery query =
        ReadEventsQuery.builder()
            .from(LocalDate.parse("2024-11-18"))
            .to(LocalDate.parse("2024-11-25"))
            .includeDeleted(false)
            .includeMoved(false)
            .lastModified(OffsetDateTime.parse("2024-11-19T10:24:16+01:00"))
            .includeManaged(true)
            .onlyManaged(false)
            .calendarIds(CALENDAR_IDS)
            .localizedTimes(false)
            .includeGeo(false)
            .googleEventIds(false)
            .build();

    EventsPage page = events.readEvents("Europe/London", query).execute();

    Request sent = SENT.last();
    CronofyMock.assertUserToken(sent);
    HttpUrl url = sent.url();
    assertEquals("GET", sent.method());
    assertEquals("/v1/events", url.encodedPath());
    assertEquals("Europe/London", url.queryParameter("tzid"));
    assertEquals("2024-11-18", url.queryParameter("from"));
    assertEquals("2024-11-25", url.queryParameter("to"));
    assertEquals(
        OffsetDateTime.parse("2024-11-19T09:24:16Z").toInstant(),
        OffsetDateTime.parse(url.queryParameter("last_modified")).toInstant());
    assertTrue(url.queryParameter("last_modified").endsWith("Z"), "last_modified is sent in UTC");
    assertEquals("true", url.queryParameter("include_managed"));
    assertEquals("false", url.queryParameter("only_managed"));
    assertEquals("false", url.queryParameter("include_deleted"));
    assertEquals("false", url.queryParameter("include_moved"));
    assertEquals("false", url.queryParameter("localized_times"));
    assertEquals("false", url.queryParameter("include_geo"));
    assertEquals("false", url.queryParameter("google_event_ids"));
    // One calendar_ids[] per calendar, in order.
    assertEquals(CALENDAR_IDS, url.queryParameterValues("calendar_ids[]"));
    assertTrue(
        url.encodedQuery().contains("calendar_ids%5B%5D=cal_n23kjnwrw2_sakdnawerd3&calendar_ids%5B%5D="),
        url.encodedQuery());
    assertNull(url.queryParameter("calendar_ids"));

    EXAMPLES.assertMatchesResponse("readEvents", page);
    assertEquals(1, page.items().size());
    assertEquals(page.getEvents(), page.items());
    assertTrue(page.hasNextPage());
    assertEquals(Integer.valueOf(1), page.getPages().getCurrent());
    assertEquals(Integer.valueOf(2), page.getPages().getTotal());
    assertEquals(
        "https://api.cronofy.com/v1/events/pages/08a07b034306679e",
        page.getPages().getNextPage());

    Event retreat = page.items().get(0);
    assertEquals("evt_external_54008b1a4a41730f8d5c6037", retreat.getEventUid());
    assertNull(retreat.getEventId());
    assertEquals("", retreat.getDescription());
    // An all-day event: the date form of EventTime.
    assertEquals(EventTime.date(LocalDate.of(2014, 9, 6)), retreat.getStart());
    assertTrue(retreat.getStart().isDate());
    assertNull(retreat.getStart().getTime());
    assertEquals(LocalDate.of(2014, 9, 8), retreat.getEnd().getDate());
    assertEquals(OffsetDateTime.parse("2014-09-01T08:00:01Z"), retreat.getCreated());
    assertEquals(OffsetDateTime.parse("2014-09-01T09:24:16Z"), retreat.getUpdated());
    assertSame(AttendeeStatus.NEEDS_ACTION, retreat.getParticipationStatus());
    assertSame(AttendeeStatus.NEEDS_ACTION, retreat.getAttendees().get(0).getStatus());
    assertSame(Transparency.OPAQUE, retreat.getTransparency());
    assertSame(EventStatus.CONFIRMED, retreat.getStatus());
    assertEquals("Beach", retreat.getLocation().getDescription());
    assertEquals("Example Person", retreat.getOrganizer().getDisplayName());
    assertEquals(List.of(), retreat.getCategories());
    assertEquals(Boolean.TRUE, retreat.getOptions().getChangeParticipationStatus());
  }

  @Test
  void readEventsPage() {
    EventsPage page = events.readEventsPage("08a07b034306679e").execute();

    Request sent = SENT.last();
    CronofyMock.assertUserToken(sent);
    assertEquals("/v1/events/pages/08a07b034306679e", sent.url().encodedPath());
    assertNull(sent.url().encodedQuery());

    EXAMPLES.assertMatchesResponse("readEventsPage", page);
    assertFalse(page.hasNextPage());
    assertNull(page.getPages().getNextPage());
    assertEquals(Integer.valueOf(2), page.getPages().getCurrent());
    assertThrows(NoSuchElementException.class, page::nextPageCall);

    Event board = page.items().get(0);
    assertEquals("qTtZdczOccgaPncGJaCiLg", board.getEventId());
    // A timed event in UTC: the time form of EventTime.
    assertEquals(EventTime.time(OffsetDateTime.parse("2014-09-13T15:30:00Z")), board.getStart());
    assertFalse(board.getStart().isDate());
    assertNull(board.getStart().getTzid());
    assertEquals(OffsetDateTime.parse("2014-09-13T17:00:00Z"), board.getEnd().getTime());
    assertSame(AttendeeStatus.ACCEPTED, board.getParticipationStatus());
    assertEquals(Boolean.FALSE, board.getOptions().getChangeParticipationStatus());
  }

  @Test
  void freeBusy() {
    FreeBusyQuery query =
        FreeBusyQuery.builder()
            .from(LocalDate.parse("2024-11-18"))
            .to(LocalDate.parse("2024-11-25"))
            .includeManaged(true)
            .calendarIds(CALENDAR_IDS)
            .localizedTimes(false)
            .includeIds(false)
            .includeFree(true)
            .includeDeleted(false)
            .build();

    FreeBusyPage page = events.freeBusy("Europe/London", query).execute();

    Request sent = SENT.last();
    CronofyMock.assertUserToken(sent);
    HttpUrl url = sent.url();
    assertEquals("/v1/free_busy", url.encodedPath());
    assertEquals("Europe/London", url.queryParameter("tzid"));
    assertEquals("2024-11-18", url.queryParameter("from"));
    assertEquals("2024-11-25", url.queryParameter("to"));
    assertEquals("true", url.queryParameter("include_free"));
    assertEquals("true", url.queryParameter("include_managed"));
    assertEquals(CALENDAR_IDS, url.queryParameterValues("calendar_ids[]"));
    assertNull(url.queryParameter("last_modified"));

    EXAMPLES.assertMatchesResponse("freeBusy", page);
    assertTrue(page.hasNextPage());
    List<FreeBusy> periods = page.items();
    assertEquals(2, periods.size());
    FreeBusy busy = periods.get(0);
    assertSame(FreeBusyStatus.BUSY, busy.getFreeBusyStatus());
    assertEquals(EventTime.time(OffsetDateTime.parse("2024-11-19T08:00:00Z")), busy.getStart());
    assertEquals(OffsetDateTime.parse("2024-11-19T08:30:00Z"), busy.getEnd().getTime());
    FreeBusy free = periods.get(1);
    assertSame(FreeBusyStatus.FREE, free.getFreeBusyStatus());
    assertEquals(EventTime.date(LocalDate.of(2024, 11, 21)), free.getStart());
    assertEquals(LocalDate.of(2024, 11, 22), free.getEnd().getDate());
  }

  @Test
  void freeBusyPage() {
    FreeBusyPage page = events.freeBusyPage("caa2dca822d5d74d98104489").execute();

    Request sent = SENT.last();
    CronofyMock.assertUserToken(sent);
    assertEquals("/v1/free_busy/pages/caa2dca822d5d74d98104489", sent.url().encodedPath());
    assertNull(sent.url().encodedQuery());

    EXAMPLES.assertMatchesResponse("freeBusyPage", page);
    assertFalse(page.hasNextPage());
    FreeBusy period = page.items().get(0);
    assertEquals(CALENDAR_ID, period.getCalendarId());
    assertSame(FreeBusyStatus.TENTATIVE, period.getFreeBusyStatus());
    assertEquals(OffsetDateTime.parse("2024-11-25T14:00:00Z"), period.getStart().getTime());
  }

  /** Creates a managed event (by {@code event_id}) with UTC times, like the spec's example. */
  @Test
  void upsertEvent() {
    UpsertEventRequest request =
        UpsertEventRequest.builder()
            .eventId("qTtZdczOccgaPncGJaCiLg")
            .summary("Board meeting")
            .description("Discuss plans for the next quarter.")
            .start(EventTime.time(OffsetDateTime.parse("2024-11-25T15:30:00Z")))
            .end(EventTime.time(OffsetDateTime.parse("2024-11-25T18:00:00+01:00")))
            .tzid("Europe/London")
            .location(EventLocation.builder().description("Board room").build())
            .reminders(
                List.of(EventReminder.builder().minutes(60).build(), EventReminder.builder().minutes(0).build()))
            .transparency(Transparency.OPAQUE)
            .attendees(
                EventAttendeeChanges.builder()
                    .invite(
                        List.of(
                            EventAttendeeInput.builder()
                                .email("example@cronofy.com")
                                .displayName("Example Person")
                                .build()))
                    .build())
            .conferencing(EventConferencingRequest.builder().profileId("default").build())
            .build();
    assertEquals(EXAMPLES.request("upsertEvent", "create", UpsertEventRequest.class), request);

    ApiResponse<Void> response = events.upsertEvent(CALENDAR_ID, request).executeWithResponse();

    assertEquals(202, response.statusCode());
    assertNull(response.body());
    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/v1/calendars/" + CALENDAR_ID + "/events", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);
    JsonObject body = CronofyMock.jsonBody(sent);
    SpecExamples.assertMatches("upsertEvent request", EXAMPLES.requestJson("upsertEvent", "create"), body);
    // The time form goes out as a UTC string, whatever offset it was built with.
    assertEquals("2024-11-25T15:30:00.000Z", body.get("start").getAsString());
    assertEquals("2024-11-25T17:00:00.000Z", body.get("end").getAsString());
    assertEquals("opaque", body.get("transparency").getAsString());
    assertEquals(60, body.getAsJsonArray("reminders").get(0).getAsJsonObject().get("minutes").getAsInt());
    assertFalse(body.has("event_uid"));
  }

  /** Edits an external event (by {@code event_uid}), pinned to a time zone: the localized form. */
  @Test
  void upsertEventByEventUid() {
    UpsertEventRequest request =
        UpsertEventRequest.builder()
            .eventUid("evt_external_54008b1a4a41730f8d5c6037")
            .summary("Company Retreat (moved)")
            .start(EventTime.localized(OffsetDateTime.parse("2014-09-06T09:00:00+01:00"), "Europe/London"))
            .end(EventTime.localized(OffsetDateTime.of(2014, 9, 8, 16, 0, 0, 0, ZoneOffset.UTC), "Europe/London"))
            .build();
    assertEquals(EXAMPLES.request("upsertEvent", "editExternal", UpsertEventRequest.class), request);

    ApiResponse<Void> response = events.upsertEvent(CALENDAR_ID, request).executeWithResponse();

    assertEquals(202, response.statusCode());
    assertNull(response.body());
    JsonObject body = CronofyMock.jsonBody(SENT.last());
    SpecExamples.assertMatches(
        "upsertEvent request", EXAMPLES.requestJson("upsertEvent", "editExternal"), body);
    JsonObject start = body.getAsJsonObject("start");
    assertEquals("Europe/London", start.get("tzid").getAsString());
    assertEquals(
        OffsetDateTime.parse("2014-09-06T08:00:00Z").toInstant(),
        OffsetDateTime.parse(start.get("time").getAsString()).toInstant());
    assertEquals(2, start.size(), start.toString());
    assertEquals("Europe/London", body.getAsJsonObject("end").get("tzid").getAsString());
    assertFalse(body.has("event_id"));
    assertEquals(4, body.size(), body.toString());
  }

  /** Creates an all-day event: the date form, with an exclusive end date. */
  @Test
  void upsertEventAllDay() {
    UpsertEventRequest request =
        UpsertEventRequest.builder()
            .eventId("offsite-2024")
            .summary("Team offsite")
            .start(EventTime.date(LocalDate.of(2024, 11, 25)))
            .end(EventTime.date(LocalDate.of(2024, 11, 27)))
            .transparency(Transparency.TRANSPARENT)
            .build();

    ApiResponse<Void> response = events.upsertEvent(CALENDAR_ID, request).executeWithResponse();

    assertEquals(202, response.statusCode());
    assertNull(response.body());
    JsonObject body = CronofyMock.jsonBody(SENT.last());
    assertEquals("2024-11-25", body.get("start").getAsString());
    assertEquals("2024-11-27", body.get("end").getAsString());
    assertEquals("transparent", body.get("transparency").getAsString());
    assertEquals("offsite-2024", body.get("event_id").getAsString());
  }

  @Test
  void deleteEvent() {
    DeleteEventRequest request = DeleteEventRequest.builder().eventId("qTtZdczOccgaPncGJaCiLg").build();
    assertEquals(EXAMPLES.request("deleteEvent", "managed", DeleteEventRequest.class), request);

    ApiResponse<DeleteEventResponse> response = events.deleteEvent(CALENDAR_ID, request).executeWithResponse();

    assertEquals(202, response.statusCode());
    // Prism answers with the documented include_userinfo form.
    assertEquals("acc_5700a00eb0ccd07000000000", response.body().getUserinfo().getSub());
    Request sent = SENT.last();
    assertEquals("DELETE", sent.method());
    assertEquals("/v1/calendars/" + CALENDAR_ID + "/events", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);
    // The body is JSON although the method is DELETE.
    SpecExamples.assertMatches(
        "deleteEvent request", EXAMPLES.requestJson("deleteEvent", "managed"), CronofyMock.jsonBody(sent));

    // The external form, by event_uid, as the spec's second example.
    DeleteEventRequest external = EXAMPLES.request("deleteEvent", "external", DeleteEventRequest.class);
    assertEquals(202, events.deleteEvent(CALENDAR_ID, external).executeWithResponse().statusCode());
    JsonObject body = CronofyMock.jsonBody(SENT.last());
    assertEquals("evt_external_54008b1a4a41730f8d5c6037", body.get("event_uid").getAsString());
    assertFalse(body.has("event_id"));
  }

  @Test
  void bulkDeleteEvents() {
    BulkDeleteEventsRequest request =
        BulkDeleteEventsRequest.builder().calendarIds(List.of(CALENDAR_ID)).build();
    assertEquals(EXAMPLES.request("bulkDeleteEvents", BulkDeleteEventsRequest.class), request);

    ApiResponse<Void> response = events.bulkDeleteEvents(request).executeWithResponse();

    assertEquals(202, response.statusCode());
    assertNull(response.body());
    Request sent = SENT.last();
    assertEquals("DELETE", sent.method());
    assertEquals("/v1/events", sent.url().encodedPath());
    assertNull(sent.url().encodedQuery(), "the members go in the body, not the query");
    CronofyMock.assertUserToken(sent);
    JsonObject body = CronofyMock.jsonBody(sent);
    SpecExamples.assertMatches("bulkDeleteEvents request", EXAMPLES.requestJson("bulkDeleteEvents"), body);
    assertFalse(body.has("delete_all"));
  }

  @Test
  void changeParticipationStatus() {
    ParticipationStatusRequest request =
        ParticipationStatusRequest.builder().status(ParticipationStatusChange.ACCEPTED).build();
    assertEquals(EXAMPLES.request("changeParticipationStatus", ParticipationStatusRequest.class), request);

    ApiResponse<Void> response =
        events
            .changeParticipationStatus(CALENDAR_ID, "evt_external_54008b1a4a41730f8d5c6037", request)
            .executeWithResponse();

    assertEquals(202, response.statusCode());
    assertNull(response.body());
    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals(
        "/v1/calendars/" + CALENDAR_ID + "/events/evt_external_54008b1a4a41730f8d5c6037/participation_status",
        sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);
    SpecExamples.assertMatches(
        "changeParticipationStatus request",
        EXAMPLES.requestJson("changeParticipationStatus"),
        CronofyMock.jsonBody(sent));
  }
}
