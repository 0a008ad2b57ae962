package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.PaginationException;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.model.AvailablePeriod;
import io.github.schedkit.cronofy.model.AvailablePeriodsPage;
import io.github.schedkit.cronofy.api.EventsApi.ReadEventsQuery;
import io.github.schedkit.cronofy.model.BookableEvent;
import io.github.schedkit.cronofy.model.BookableEventRegistrations;
import io.github.schedkit.cronofy.model.Event;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.cronofy.model.FreeBusyPage;
import io.github.schedkit.cronofy.model.Registration;
import io.github.schedkit.cronofy.model.RegistrationStatus;
import io.github.schedkit.mock.PrismServer;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Link pagination through Prism. The spec's examples put {@code next_page} on
 * {@code https://api.cronofy.com}, which is not the mock's origin: the SDK must refuse to follow
 * it (so that no credential leaves for another host) and send nothing. The page operations can
 * still be called with the token taken from that link.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyPaginationIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static CronofyClient cronofy;

  @BeforeAll
  static void setUp(PrismServer prism) {
    cronofy = CronofyMock.client(prism, SENT);
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void readEventsRefusesANextPageOnAnotherOrigin() {
    EventsPage first =
        cronofy
            .events()
            .readEvents(
                "Europe/London",
                ReadEventsQuery.builder()
                    .from(LocalDate.parse("2024-11-18"))
                    .calendarIds(List.of("cal_n23kjnwrw2_sakdnawerd3"))
                    .build())
            .execute();
    EXAMPLES.assertMatchesResponse("readEvents", first);
    assertTrue(first.hasNextPage());
    assertEquals(1, SENT.requests().size());

    assertRefused(first::nextPageCall);
    assertRefused(first::nextPage);
    // The auto-pager hands out the first page, then refuses to leave the origin.
    Iterator<Event> all = first.autoPager().iterator();
    assertTrue(all.hasNext());
    assertEquals("evt_external_54008b1a4a41730f8d5c6037", all.next().getEventUid());
    assertRefused(all::hasNext);
    assertRefused(() -> first.autoPager().stream().count());

    assertEquals(1, SENT.requests().size(), "no request may follow the foreign next_page link");
  }

  @Test
  void freeBusyRefusesANextPageOnAnotherOrigin() {
    FreeBusyPage first = cronofy.events().freeBusy("Europe/London").execute();
    EXAMPLES.assertMatchesResponse("freeBusy", first);
    assertTrue(first.hasNextPage());

    assertRefused(first::nextPage);
    assertRefused(() -> first.autoPager().stream().count());

    assertEquals(1, SENT.requests().size(), "no request may follow the foreign next_page link");
  }

  @Test
  void embeddedRegistrationsRefuseANextPageOnAnotherOrigin() {
    BookableEvent event = cronofy.bookableEvents().readBookableEvent("83hi8qhfiaif").execute();
    BookableEventRegistrations registrations = event.getRegistration();
    assertTrue(registrations.hasNextPage());
    assertEquals(2, registrations.items().size());

    assertRefused(registrations::nextPageCall);
    assertRefused(registrations::nextPage);
    Iterator<Registration> all = registrations.autoPager().iterator();
    assertEquals("328746", all.next().getRegistrationId());
    assertEquals("247629", all.next().getRegistrationId());
    assertRefused(all::hasNext);

    assertEquals(1, SENT.requests().size(), "no request may follow the foreign next_page link");
  }

  @Test
  void readAvailablePeriodsRefusesANextPageOnAnotherOrigin() {
    AvailablePeriodsPage first = cronofy.availablePeriods().readAvailablePeriods().execute();
    EXAMPLES.assertMatchesResponse("readAvailablePeriods", first);
    assertTrue(first.hasNextPage());

    assertRefused(first::nextPageCall);
    Iterator<AvailablePeriod> all = first.autoPager().iterator();
    assertEquals("qTtZdczOccgaPncGJaCiLg", all.next().getAvailablePeriodId());
    assertRefused(all::hasNext);

    assertEquals(1, SENT.requests().size(), "no request may follow the foreign next_page link");
  }

  @Test
  void availablePeriodsPageWithTheTokenOfTheNextPageLink() {
    AvailablePeriodsPage first = cronofy.availablePeriods().readAvailablePeriods().execute();
    String token = lastSegment(first.getPages().getNextPage());

    AvailablePeriodsPage second = cronofy.availablePeriods().readAvailablePeriodsPage(token).execute();

    Request sent = SENT.last();
    assertEquals("/v1/available_periods/pages/08a07b034306679e", sent.url().encodedPath());
    assertNull(sent.url().encodedQuery());
    CronofyMock.assertUserToken(sent);
    EXAMPLES.assertMatchesResponse("readAvailablePeriodsPage", second);
    assertFalse(second.hasNextPage());
    // On the last page the auto-pager stops by itself, without another request.
    assertEquals(1, second.autoPager().stream().count());
    assertEquals(2, SENT.requests().size());
  }

  @Test
  void readEventsPageWithTheTokenOfTheNextPageLink() {
    EventsPage first = cronofy.events().readEvents("Europe/London").execute();
    String token = lastSegment(first.getPages().getNextPage());
    assertEquals("08a07b034306679e", token);

    EventsPage second = cronofy.events().readEventsPage(token).execute();

    Request sent = SENT.last();
    assertEquals("/v1/events/pages/" + token, sent.url().encodedPath());
    // A further page is fetched without the original query parameters, with the same token.
    assertNull(sent.url().encodedQuery());
    CronofyMock.assertUserToken(sent);
    EXAMPLES.assertMatchesResponse("readEventsPage", second);
    assertFalse(second.hasNextPage());
    assertThrows(NoSuchElementException.class, second::nextPageCall);
    // On the last page the auto-pager stops by itself, without another request.
    assertEquals(1, second.autoPager().stream().count());
    assertEquals(2, SENT.requests().size());
  }

  @Test
  void freeBusyPageWithTheTokenOfTheNextPageLink() {
    FreeBusyPage first = cronofy.events().freeBusy("Europe/London").execute();
    String token = lastSegment(first.getPages().getNextPage());

    FreeBusyPage second = cronofy.events().freeBusyPage(token).execute();

    assertEquals("/v1/free_busy/pages/caa2dca822d5d74d98104489", SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("freeBusyPage", second);
    assertFalse(second.hasNextPage());
  }

  @Test
  void registrationsPageWithTheTokenOfTheNextPageLink() {
    BookableEvent event = cronofy.bookableEvents().readBookableEvent("83hi8qhfiaif").execute();
    String token = lastSegment(event.getRegistration().getPages().getNextPage());

    BookableEventRegistrations second =
        cronofy.bookableEvents().readBookableEventRegistrationsPage("83hi8qhfiaif", token).execute();

    Request sent = SENT.last();
    assertEquals(
        "/v1/bookable_events/83hi8qhfiaif/registrations/pages/08a07b034306679e", sent.url().encodedPath());
    CronofyMock.assertApiKey(sent);
    EXAMPLES.assertMatchesResponse("readBookableEventRegistrationsPage", second);
    assertSame(RegistrationStatus.TENTATIVE, second.items().get(0).getStatus());
    assertFalse(second.hasNextPage());
  }

  private static void assertRefused(Executable action) {
    PaginationException e = assertThrows(PaginationException.class, action);
    assertTrue(e.getMessage().contains("api.cronofy.com"), e.getMessage());
  }

  private static String lastSegment(String link) {
    HttpUrl url = HttpUrl.get(link);
    assertEquals("api.cronofy.com", url.host());
    List<String> segments = url.pathSegments();
    return segments.get(segments.size() - 1);
  }
}
