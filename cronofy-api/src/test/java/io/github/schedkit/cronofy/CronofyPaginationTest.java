package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.NotFoundException;
import io.github.schedkit.core.errors.PaginationException;
import io.github.schedkit.cronofy.api.AvailablePeriodsApi.ReadAvailablePeriodsQuery;
import io.github.schedkit.cronofy.api.EventsApi.FreeBusyQuery;
import io.github.schedkit.cronofy.api.EventsApi.ReadEventsQuery;
import io.github.schedkit.cronofy.model.AvailablePeriod;
import io.github.schedkit.cronofy.model.AvailablePeriodsPage;
import io.github.schedkit.cronofy.model.BookableEvent;
import io.github.schedkit.cronofy.model.Event;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.cronofy.model.FreeBusy;
import io.github.schedkit.cronofy.model.FreeBusyPage;
import io.github.schedkit.cronofy.model.FreeBusyStatus;
import io.github.schedkit.cronofy.model.Registration;
import io.github.schedkit.cronofy.model.RegistrationStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Following {@code pages.next_page}: as given, lazily, with the same credential, same origin only. */
class CronofyPaginationTest extends CronofyMockServerTest {

  private static String event(String uid) {
    return "{\"calendar_id\":\"cal_a\",\"event_uid\":\"" + uid + "\",\"summary\":\"Event " + uid + "\","
        + "\"start\":\"2024-09-13T19:00:00Z\",\"end\":\"2024-09-13T20:00:00Z\"}";
  }

  private static String eventsPage(int current, int total, HttpUrl next, String... uids) {
    return "{\"pages\":" + pages(current, total, next) + ",\"events\":["
        + java.util.Arrays.stream(uids).map(CronofyPaginationTest::event).collect(Collectors.joining(",")) + "]}";
  }

  private static String pages(int current, int total, HttpUrl next) {
    return "{\"current\":" + current + ",\"total\":" + total
        + (next == null ? "" : ",\"next_page\":\"" + next + "\"") + "}";
  }

  private CronofyClient client() {
    return full().build();
  }

  @Test
  void readEventsFollowsNextPageAsGivenLazilyWithTheSameToken() throws Exception {
    CronofyClient client = client();
    HttpUrl page2 = server.url("/v1/events/pages/08a07b034306679e?cursor=a%2Fb");
    HttpUrl page3 = server.url("/v1/events/pages/p3");
    server.enqueue(json(eventsPage(1, 3, page2, "e1", "e2")));
    server.enqueue(json(eventsPage(2, 3, page3, "e3", "e4")));
    server.enqueue(json(eventsPage(3, 3, null, "e5")));

    EventsPage first =
        client
            .events()
            .readEvents(
                "Europe/Paris",
                ReadEventsQuery.builder()
                    .from(LocalDate.of(2024, 9, 1))
                    .to(LocalDate.of(2024, 10, 1))
                    .includeManaged(true)
                    .calendarIds(List.of("cal_a", "cal_b"))
                    .build())
            .execute();

    assertEquals(1, server.getRequestCount());
    assertEquals(page2.toString(), first.getPages().getNextPage().toString());
    Iterator<Event> events = first.autoPager().iterator();
    List<String> seen = new ArrayList<>();
    seen.add(events.next().getEventUid());
    seen.add(events.next().getEventUid());
    assertEquals(1, server.getRequestCount(), "page 2 fetched before page 1 was used up");
    assertTrue(events.hasNext());
    assertEquals(2, server.getRequestCount());
    seen.add(events.next().getEventUid());
    seen.add(events.next().getEventUid());
    assertEquals(2, server.getRequestCount(), "page 3 fetched before page 2 was used up");
    seen.add(events.next().getEventUid());
    assertEquals(3, server.getRequestCount());
    assertFalse(events.hasNext());
    assertEquals(3, server.getRequestCount(), "a request after the last page");
    assertEquals(List.of("e1", "e2", "e3", "e4", "e5"), seen);

    RecordedRequest firstRequest = takeRequest();
    HttpUrl firstUrl = firstRequest.getRequestUrl();
    assertEquals("/v1/events", firstUrl.encodedPath());
    assertEquals("Europe/Paris", firstUrl.queryParameter("tzid"));
    assertEquals("2024-09-01", firstUrl.queryParameter("from"));
    assertEquals("2024-10-01", firstUrl.queryParameter("to"));
    assertEquals("true", firstUrl.queryParameter("include_managed"));
    assertEquals(List.of("cal_a", "cal_b"), firstUrl.queryParameterValues("calendar_ids[]"));
    for (String path : List.of("/v1/events/pages/08a07b034306679e?cursor=a%2Fb", "/v1/events/pages/p3")) {
      RecordedRequest next = takeRequest();
      assertEquals("GET", next.getMethod());
      assertEquals(path, next.getPath(), "the next page is requested exactly as given, without the original query");
      assertEquals("Bearer " + ACCESS_TOKEN, next.getHeader("Authorization"));
      assertEquals(0, next.getBodySize());
    }
  }

  @Test
  void streamingAllEventsYieldsEachOnceInOrder() {
    CronofyClient client = client();
    server.enqueue(json(eventsPage(1, 3, server.url("/v1/events/pages/p2"), "e1")));
    server.enqueue(json(eventsPage(2, 3, server.url("/v1/events/pages/p3"))));
    server.enqueue(json(eventsPage(3, 3, null, "e2", "e3")));

    List<String> uids =
        client.events().readEvents("Etc/UTC").execute().autoPager().stream()
            .map(Event::getEventUid)
            .collect(Collectors.toList());

    assertEquals(List.of("e1", "e2", "e3"), uids);
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void aNextPageOnAnotherOriginIsRefusedAndNothingIsSentThere() throws Exception {
    MockWebServer other = new MockWebServer();
    other.start();
    try {
      CronofyClient client = client();
      server.enqueue(json(eventsPage(1, 2, other.url("/v1/events/pages/p2"), "e1")));

      EventsPage first = client.events().readEvents("Etc/UTC").execute();
      Iterator<Event> events = first.autoPager().iterator();
      assertEquals("e1", events.next().getEventUid());
      PaginationException refused = assertThrows(PaginationException.class, events::hasNext);

      assertTrue(refused.getMessage().contains(String.valueOf(other.getPort())), refused.getMessage());
      assertFalse(refused.getMessage().contains(ACCESS_TOKEN));
      assertEquals(0, other.getRequestCount());
      assertEquals(1, server.getRequestCount());
      assertThrows(PaginationException.class, first::nextPageCall);
    } finally {
      other.shutdown();
    }
  }

  @Test
  void aNextPageWithAnotherSchemeOnTheSameHostAndPortIsRefused() {
    CronofyClient client = client();
    HttpUrl https = server.url("/v1/events/pages/p2").newBuilder().scheme("https").build();
    assertEquals(server.getPort(), https.port());
    server.enqueue(json(eventsPage(1, 2, https, "e1")));

    EventsPage first = client.events().readEvents("Etc/UTC").execute();

    assertThrows(PaginationException.class, first::nextPage);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aRelativeNextPageIsRefused() {
    CronofyClient client = client();
    server.enqueue(json("{\"pages\":{\"current\":1,\"total\":2,\"next_page\":\"/v1/events/pages/p2\"},\"events\":[]}"));

    EventsPage first = client.events().readEvents("Etc/UTC").execute();

    assertTrue(first.hasNextPage());
    assertThrows(PaginationException.class, () -> first.autoPager().iterator().hasNext());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aNextPageThatPointsBackAtThePageJustReadStops() {
    CronofyClient client = client();
    HttpUrl page2 = server.url("/v1/events/pages/p2");
    server.enqueue(json(eventsPage(1, 2, page2, "e1")));
    server.enqueue(json(eventsPage(2, 2, page2, "e2")));

    Iterator<Event> events = client.events().readEvents("Etc/UTC").execute().autoPager().iterator();

    assertEquals("e1", events.next().getEventUid());
    assertEquals("e2", events.next().getEventUid());
    assertThrows(PaginationException.class, events::hasNext);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aFailedNextPageSurfacesAsItsTypedException() {
    CronofyClient client = client();
    server.enqueue(json(eventsPage(1, 2, server.url("/v1/events/pages/gone"), "e1")));
    server.enqueue(json(404, "{}"));

    Iterator<Event> events = client.events().readEvents("Etc/UTC").execute().autoPager().iterator();
    events.next();

    NotFoundException e = assertThrows(NotFoundException.class, events::hasNext);
    assertTrue(e.getMessage().contains("readEvents"), e.getMessage());
  }

  @Test
  void aSinglePageWithoutNextPageIsTheLastPage() {
    CronofyClient client = client();
    server.enqueue(json("{\"pages\":{\"current\":1,\"total\":1},\"events\":[" + event("only") + "]}"));

    EventsPage page = client.events().readEvents("Etc/UTC").execute();

    assertFalse(page.hasNextPage());
    assertNull(page.getPages().getNextPage());
    assertEquals(List.of("only"), page.autoPager().stream().map(Event::getEventUid).collect(Collectors.toList()));
    assertThrows(java.util.NoSuchElementException.class, page::nextPageCall);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void freeBusyFollowsNextPageTheSameWay() throws Exception {
    CronofyClient client = client();
    server.enqueue(json(freeBusyPage(1, 3, server.url("/v1/free_busy/pages/f2"), "busy", "tentative")));
    server.enqueue(json(freeBusyPage(2, 3, server.url("/v1/free_busy/pages/f3"), "free")));
    server.enqueue(json(freeBusyPage(3, 3, null, "busy")));

    FreeBusyPage first =
        client.events().freeBusy("Etc/UTC", FreeBusyQuery.builder().from(LocalDate.of(2024, 9, 1)).build()).execute();
    Iterator<FreeBusy> periods = first.autoPager().iterator();
    List<FreeBusyStatus> statuses = new ArrayList<>();
    statuses.add(periods.next().getFreeBusyStatus());
    statuses.add(periods.next().getFreeBusyStatus());
    assertEquals(1, server.getRequestCount());
    while (periods.hasNext()) {
      statuses.add(periods.next().getFreeBusyStatus());
    }

    assertEquals(
        List.of(FreeBusyStatus.BUSY, FreeBusyStatus.TENTATIVE, FreeBusyStatus.FREE, FreeBusyStatus.BUSY), statuses);
    assertEquals(3, server.getRequestCount());
    RecordedRequest firstRequest = takeRequest();
    assertEquals("/v1/free_busy?tzid=Etc%2FUTC&from=2024-09-01", firstRequest.getPath());
    for (String path : List.of("/v1/free_busy/pages/f2", "/v1/free_busy/pages/f3")) {
      RecordedRequest next = takeRequest();
      assertEquals("GET " + path + " HTTP/1.1", next.getRequestLine());
      assertEquals("Bearer " + ACCESS_TOKEN, next.getHeader("Authorization"));
    }
  }

  private static String freeBusyPage(int current, int total, HttpUrl next, String... statuses) {
    List<String> periods = new ArrayList<>();
    for (String status : statuses) {
      periods.add("{\"calendar_id\":\"cal_a\",\"start\":\"2024-09-13T19:00:00Z\",\"end\":\"2024-09-13T20:00:00Z\","
          + "\"free_busy_status\":\"" + status + "\"}");
    }
    return "{\"pages\":" + pages(current, total, next) + ",\"free_busy\":[" + String.join(",", periods) + "]}";
  }

  private static String availablePeriodsPage(int current, int total, HttpUrl next, String... ids) {
    List<String> periods = new ArrayList<>();
    for (String id : ids) {
      periods.add("{\"available_period_id\":\"" + id + "\",\"start\":\"2025-01-20T15:30:00Z\","
          + "\"end\":{\"time\":\"2025-01-20T17:00:00Z\",\"tzid\":\"Europe/London\"}}");
    }
    return "{\"pages\":" + pages(current, total, next) + ",\"available_periods\":[" + String.join(",", periods) + "]}";
  }

  @Test
  void availablePeriodsFollowTwoNextPageLinksLikeEvents() throws Exception {
    CronofyClient client = client();
    HttpUrl page2 = server.url("/v1/available_periods/pages/08a07b034306679e");
    HttpUrl page3 = server.url("/v1/available_periods/pages/5c1e9f");
    server.enqueue(json(availablePeriodsPage(1, 3, page2, "ap1", "ap2")));
    server.enqueue(json(availablePeriodsPage(2, 3, page3, "ap3")));
    server.enqueue(json(availablePeriodsPage(3, 3, null, "ap4")));

    AvailablePeriodsPage first =
        client
            .availablePeriods()
            .readAvailablePeriods(
                ReadAvailablePeriodsQuery.builder()
                    .from(LocalDate.of(2025, 1, 20))
                    .to(LocalDate.of(2025, 1, 27))
                    .tzid("Europe/London")
                    .localizedTimes(true)
                    .build())
            .execute();
    Iterator<AvailablePeriod> periods = first.autoPager().iterator();
    List<String> ids = new ArrayList<>();
    ids.add(periods.next().getAvailablePeriodId());
    ids.add(periods.next().getAvailablePeriodId());
    assertEquals(1, server.getRequestCount(), "page 2 fetched before page 1 was used up");
    AvailablePeriod third = periods.next();
    ids.add(third.getAvailablePeriodId());
    assertEquals(2, server.getRequestCount());
    while (periods.hasNext()) {
      ids.add(periods.next().getAvailablePeriodId());
    }

    assertEquals(List.of("ap1", "ap2", "ap3", "ap4"), ids);
    assertEquals(3, server.getRequestCount());
    assertEquals(EventTime.localized(OffsetDateTime.parse("2025-01-20T17:00:00Z"), "Europe/London"), third.getEnd());
    RecordedRequest firstRequest = takeRequest();
    assertEquals(
        "/v1/available_periods?from=2025-01-20&to=2025-01-27&tzid=Europe%2FLondon&localized_times=true",
        firstRequest.getPath());
    for (HttpUrl page : List.of(page2, page3)) {
      RecordedRequest next = takeRequest();
      assertEquals("GET " + page.encodedPath() + " HTTP/1.1", next.getRequestLine());
      assertEquals("Bearer " + ACCESS_TOKEN, next.getHeader("Authorization"));
    }
  }

  private static String registration(String id, String status) {
    return "{\"registration_id\":\"" + id + "\",\"status\":\"" + status + "\",\"metadata\":{\"name\":\"N" + id + "\"}}";
  }

  @Test
  void bookableEventRegistrationsAcrossThreePagesWithTheClientSecret() throws Exception {
    CronofyClient client = client();
    HttpUrl page2 = server.url("/v1/bookable_events/83hi8qhfiaif/registrations/pages/08a07b034306679e");
    HttpUrl page3 = server.url("/v1/bookable_events/83hi8qhfiaif/registrations/pages/1c2d3e");
    server.enqueue(
        json(bookableEventJson(
            "83hi8qhfiaif",
            "{\"capacity\":5,\"registered_count\":1,\"total_count\":5,\"registrations\":["
                + registration("r1", "accepted") + "," + registration("r2", "pending") + "],\"pages\":"
                + pages(1, 3, page2) + "}")));
    server.enqueue(
        json("{\"registrations\":[" + registration("r3", "declined") + "," + registration("r4", "tentative")
            + "],\"pages\":" + pages(2, 3, page3) + "}"));
    server.enqueue(json("{\"registrations\":[" + registration("r5", "removed") + "],\"pages\":" + pages(3, 3, null) + "}"));

    BookableEvent event = client.bookableEvents().readBookableEvent("83hi8qhfiaif").execute();

    assertEquals(5, event.getRegistration().getCapacity());
    assertEquals(1, server.getRequestCount());
    Iterator<Registration> registrations = event.getRegistration().autoPager().iterator();
    List<String> ids = new ArrayList<>();
    List<RegistrationStatus> statuses = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Registration registration = registrations.next();
      ids.add(registration.getRegistrationId());
      statuses.add(registration.getStatus());
    }
    assertEquals(1, server.getRequestCount(), "page 2 fetched before page 1 was used up");
    assertTrue(registrations.hasNext());
    assertEquals(2, server.getRequestCount());
    while (registrations.hasNext()) {
      Registration registration = registrations.next();
      ids.add(registration.getRegistrationId());
      statuses.add(registration.getStatus());
    }

    assertEquals(List.of("r1", "r2", "r3", "r4", "r5"), ids);
    assertEquals(
        List.of(
            RegistrationStatus.ACCEPTED,
            RegistrationStatus.PENDING,
            RegistrationStatus.DECLINED,
            RegistrationStatus.TENTATIVE,
            RegistrationStatus.REMOVED),
        statuses);
    assertEquals(3, server.getRequestCount());
    RecordedRequest first = takeRequest();
    assertEquals("GET /v1/bookable_events/83hi8qhfiaif HTTP/1.1", first.getRequestLine());
    assertEquals("Bearer " + CLIENT_SECRET, first.getHeader("Authorization"));
    for (HttpUrl page : List.of(page2, page3)) {
      RecordedRequest next = takeRequest();
      assertEquals("GET", next.getMethod());
      assertEquals(page.encodedPath(), next.getPath());
      assertEquals("Bearer " + CLIENT_SECRET, next.getHeader("Authorization"));
    }
  }

  @Test
  void aBookableEventWithOnePageOfRegistrationsHasNoNextPage() {
    CronofyClient client = client();
    server.enqueue(json(bookableEventJson("be", "{\"capacity\":null,\"registrations\":[" + registration("r1", "accepted") + "]}")));

    BookableEvent event = client.bookableEvents().readBookableEvent("be").execute();

    assertNull(event.getRegistration().getCapacity());
    assertFalse(event.getRegistration().hasNextPage());
    assertEquals(1, event.getRegistration().autoPager().stream().count());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aRegistrationsNextPageOnAnotherOriginIsRefused() throws Exception {
    MockWebServer other = new MockWebServer();
    other.start();
    try {
      CronofyClient client = client();
      server.enqueue(
          json(bookableEventJson(
              "be",
              "{\"registrations\":[" + registration("r1", "accepted") + "],\"pages\":"
                  + pages(1, 2, other.url("/v1/bookable_events/be/registrations/pages/p2")) + "}")));

      Iterator<Registration> registrations =
          client.bookableEvents().readBookableEvent("be").execute().getRegistration().autoPager().iterator();
      registrations.next();

      PaginationException refused = assertThrows(PaginationException.class, registrations::hasNext);
      assertFalse(refused.getMessage().contains(CLIENT_SECRET));
      assertEquals(0, other.getRequestCount());
    } finally {
      other.shutdown();
    }
  }
}
