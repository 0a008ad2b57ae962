package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.api.BookableEventsApi;
import io.github.schedkit.cronofy.model.BookableEvent;
import io.github.schedkit.cronofy.model.BookableEventCreate;
import io.github.schedkit.cronofy.model.BookableEventRegistrationOptions;
import io.github.schedkit.cronofy.model.BookableEventRegistrations;
import io.github.schedkit.cronofy.model.BookableEventStatus;
import io.github.schedkit.cronofy.model.Registration;
import io.github.schedkit.cronofy.model.RegistrationStatus;
import io.github.schedkit.cronofy.model.RegistrationUpsert;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every BookableEvents operation against Prism; each test is named after its operationId. These
 * calls authenticate with the client secret as bearer API key, never with the user's token.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyBookableEventsIT {
  private static final String EVENT_ID = "83hi8qhfiaif";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static BookableEventsApi bookableEvents;

  @BeforeAll
  static void setUp(PrismServer prism) {
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    bookableEvents = cronofy.bookableEvents();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void createBookableEvent() {
    BookableEventCreate request =
        BookableEventCreate.builder()
            .bookableEventId(EVENT_ID)
            .start(OffsetDateTime.parse("2024-11-24T12:30:00Z"))
            .end(OffsetDateTime.parse("2024-11-24T17:00:00Z"))
            .status(BookableEventStatus.CONFIRMED)
            .registration(BookableEventRegistrationOptions.builder().capacity(5).build())
            .build();
    assertEquals(EXAMPLES.request("createBookableEvent", BookableEventCreate.class), request);

    BookableEvent event = bookableEvents.createBookableEvent(request).execute();

    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/v1/bookable_events", sent.url().encodedPath());
    CronofyMock.assertApiKey(sent);
    SpecExamples.assertMatches(
        "createBookableEvent request", EXAMPLES.requestJson("createBookableEvent"), CronofyMock.jsonBody(sent));
    assertFalse(CronofyMock.jsonBody(sent).has("client_secret"), "the API key stays out of the body");

    EXAMPLES.assertMatchesResponse("createBookableEvent", event);
    assertEquals(EVENT_ID, event.getBookableEventId());
    assertSame(BookableEventStatus.CONFIRMED, event.getStatus());
    assertEquals(OffsetDateTime.parse("2024-11-24T12:30:00Z"), event.getStart());
    BookableEventRegistrations registration = event.getRegistration();
    assertEquals(Integer.valueOf(5), registration.getCapacity());
    assertEquals(Integer.valueOf(0), registration.getRegisteredCount());
    assertNull(registration.getTotalCount());
    assertEquals(List.of(), registration.items());
    assertFalse(registration.hasNextPage());
    assertEquals(List.of(registration), event.nestedPages());
  }

  @Test
  void readBookableEvent() {
    BookableEvent event = bookableEvents.readBookableEvent(EVENT_ID).execute();

    Request sent = SENT.last();
    assertEquals("GET", sent.method());
    assertEquals("/v1/bookable_events/" + EVENT_ID, sent.url().encodedPath());
    CronofyMock.assertApiKey(sent);
    assertNull(sent.url().encodedQuery(), "the API key stays out of the query");

    EXAMPLES.assertMatchesResponse("readBookableEvent", event);
    assertEquals(OffsetDateTime.parse("2024-09-17T15:30:00Z"), event.getStart());
    assertEquals(OffsetDateTime.parse("2024-09-17T17:00:00Z"), event.getEnd());
    BookableEventRegistrations registration = event.getRegistration();
    assertEquals(Integer.valueOf(1), registration.getRegisteredCount());
    assertEquals(Integer.valueOf(2), registration.getTotalCount());
    List<Registration> registrations = registration.items();
    assertEquals(2, registrations.size());
    assertEquals("328746", registrations.get(0).getRegistrationId());
    assertSame(RegistrationStatus.ACCEPTED, registrations.get(0).getStatus());
    assertEquals(Map.of("name", "Lashmi Sundar"), registrations.get(0).getMetadata());
    assertSame(RegistrationStatus.PENDING, registrations.get(1).getStatus());
    // The embedded first page knows there is a second one.
    assertTrue(registration.hasNextPage());
    assertEquals(
        "https://api.cronofy.com/v1/bookable_events/83hi8qhfiaif/registrations/pages/08a07b034306679e",
        registration.getPages().getNextPage());
  }

  @Test
  void upsertRegistration() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("email", "lashmi@example.com");
    metadata.put("name", "Lashmi Sundar");
    metadata.put("locale", "en");
    metadata.put("zoneinfo", "Europe/London");
    RegistrationUpsert request =
        RegistrationUpsert.builder()
            .registrationId("328746")
            .status(RegistrationStatus.ACCEPTED)
            .metadata(metadata)
            .build();
    assertEquals(EXAMPLES.request("upsertRegistration", RegistrationUpsert.class), request);

    BookableEvent event = bookableEvents.upsertRegistration(EVENT_ID, request).execute();

    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/v1/bookable_events/" + EVENT_ID + "/registrations", sent.url().encodedPath());
    CronofyMock.assertApiKey(sent);
    SpecExamples.assertMatches(
        "upsertRegistration request", EXAMPLES.requestJson("upsertRegistration"), CronofyMock.jsonBody(sent));

    EXAMPLES.assertMatchesResponse("upsertRegistration", event);
    Registration registration = event.getRegistration().items().get(0);
    assertEquals("328746", registration.getRegistrationId());
    assertSame(RegistrationStatus.ACCEPTED, registration.getStatus());
    assertEquals(metadata, registration.getMetadata());
    assertEquals(Integer.valueOf(1), event.getRegistration().getTotalCount());
    assertFalse(event.getRegistration().hasNextPage());
  }

  @Test
  void removeRegistration() {
    BookableEvent event = bookableEvents.removeRegistration(EVENT_ID, "87326").execute();

    Request sent = SENT.last();
    assertEquals("DELETE", sent.method());
    assertEquals("/v1/bookable_events/" + EVENT_ID + "/registrations/87326", sent.url().encodedPath());
    CronofyMock.assertApiKey(sent);

    EXAMPLES.assertMatchesResponse("removeRegistration", event);
    Registration removed = event.getRegistration().items().get(0);
    assertEquals("87326", removed.getRegistrationId());
    assertSame(RegistrationStatus.REMOVED, removed.getStatus());
    // "metadata": null after removal.
    assertNull(removed.getMetadata());
    assertEquals(Integer.valueOf(0), event.getRegistration().getRegisteredCount());
    assertEquals(Integer.valueOf(1), event.getRegistration().getTotalCount());
  }

  @Test
  void readBookableEventRegistrationsPage() {
    BookableEventRegistrations page =
        bookableEvents.readBookableEventRegistrationsPage(EVENT_ID, "08a07b034306679e").execute();

    Request sent = SENT.last();
    assertEquals("GET", sent.method());
    assertEquals(
        "/v1/bookable_events/" + EVENT_ID + "/registrations/pages/08a07b034306679e", sent.url().encodedPath());
    CronofyMock.assertApiKey(sent);

    EXAMPLES.assertMatchesResponse("readBookableEventRegistrationsPage", page);
    assertEquals(1, page.items().size());
    Registration registration = page.items().get(0);
    assertEquals("562712", registration.getRegistrationId());
    assertSame(RegistrationStatus.TENTATIVE, registration.getStatus());
    assertEquals("Tomasz Nowak", registration.getMetadata().get("name"));
    // Further pages carry only the registrations and the pages.
    assertNull(page.getCapacity());
    assertNull(page.getRegisteredCount());
    assertEquals(Integer.valueOf(2), page.getPages().getCurrent());
    assertFalse(page.hasNextPage());
  }
}
