package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.api.CalendarsApi;
import io.github.schedkit.cronofy.model.Calendar;
import io.github.schedkit.cronofy.model.CalendarPermissionLevel;
import io.github.schedkit.cronofy.model.CreateCalendarRequest;
import io.github.schedkit.cronofy.model.ProviderName;
import io.github.schedkit.mock.PrismServer;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Calendars operation against Prism; each test is named after its operationId. */
@UsePrism(CronofyMock.SPEC)
class CronofyCalendarsIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static CalendarsApi calendars;

  @BeforeAll
  static void setUp(PrismServer prism) {
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    calendars = cronofy.calendars();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void listCalendars() {
    List<Calendar> list = calendars.listCalendars().execute();

    Request sent = SENT.last();
    assertEquals("GET", sent.method());
    assertEquals("/v1/calendars", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);

    // Unwrapped from {"sub": ..., "calendars": [...]}.
    EXAMPLES.assertMatchesResponse("listCalendars", list);
    assertEquals(3, list.size());
    Calendar home = list.get(0);
    assertEquals("cal_n23kjnwrw2_jsdfjksn234", home.getCalendarId());
    assertEquals("Home", home.getCalendarName());
    assertSame(ProviderName.GOOGLE, home.getProviderName());
    assertEquals(Boolean.TRUE, home.getCalendarPrimary());
    assertEquals(Boolean.TRUE, home.getCalendarIntegratedConferencingAvailable());
    assertSame(CalendarPermissionLevel.SANDBOX, home.getPermissionLevel());
    Calendar work = list.get(1);
    assertEquals(Boolean.TRUE, work.getCalendarReadonly());
    assertEquals(Boolean.TRUE, work.getCalendarDeleted());
    Calendar holidays = list.get(2);
    assertSame(ProviderName.APPLE, holidays.getProviderName());
    assertEquals("pro_fe145c37de", holidays.getProfileId());
    assertEquals(Boolean.TRUE, holidays.getCalendarAttachmentsAvailable());
  }

  @Test
  void createCalendar() {
    CreateCalendarRequest request =
        CreateCalendarRequest.builder()
            .profileId("pro_n23kjnwrw2")
            .name("New Calendar")
            .color("#49BED8")
            .build();
    assertEquals(EXAMPLES.request("createCalendar", CreateCalendarRequest.class), request);

    Calendar calendar = calendars.createCalendar(request).execute();

    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/v1/calendars", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);
    SpecExamples.assertMatches(
        "createCalendar request", EXAMPLES.requestJson("createCalendar"), CronofyMock.jsonBody(sent));

    // Unwrapped from {"calendar": {...}}.
    EXAMPLES.assertMatchesResponse("createCalendar", calendar);
    assertEquals("cal_n23kjnwrw2_sakdnawerd3", calendar.getCalendarId());
    assertEquals("New Calendar", calendar.getCalendarName());
    assertEquals("pro_n23kjnwrw2", calendar.getProfileId());
    assertSame(ProviderName.GOOGLE, calendar.getProviderName());
    assertEquals(Boolean.FALSE, calendar.getCalendarReadonly());
    assertNull(calendar.getPermissionLevel());
  }
}
