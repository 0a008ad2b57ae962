package io.github.schedkit.it;

import static io.github.schedkit.it.JicooMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.schedkit.jicoo.api.AvailabilityApi;
import io.github.schedkit.jicoo.api.AvailabilityApi.ListUserAvailabilityCalendarsQuery;
import io.github.schedkit.jicoo.model.AvailabilityRule;
import io.github.schedkit.jicoo.model.UserAvailabilityCalendar;
import io.github.schedkit.jicoo.model.UserAvailabilityCalendarPage;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every Availability operation against Prism; each test is named after its operationId. */
@UsePrism(JicooMock.SPEC)
class AvailabilityIT {
  private static final String USER_ID = "oDVmLILwPNPdenYge4dFiRkVA6G3";
  private static final String UID = "12eWFJ58fDjD";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static AvailabilityApi availability;

  @BeforeAll
  static void setUp(PrismServer prism) {
    availability = JicooMock.client(prism, SENT).availability();
  }

  @Test
  void listUserAvailabilityCalendars() {
    UserAvailabilityCalendarPage page =
        availability
            .listUserAvailabilityCalendars(
                USER_ID, ListUserAvailabilityCalendarsQuery.builder().page(1).perPage(20).build())
            .execute();

    HttpUrl url = SENT.last().url();
    assertEquals(USER_ID, url.queryParameter("userId"));
    assertEquals("1", url.queryParameter("page"));
    assertEquals("20", url.queryParameter("perPage"));
    EXAMPLES.assertMatchesResponse("listUserAvailabilityCalendars", page);
    assertFalse(page.hasNextPage());
    assertNull(page.getNextPage());
    assertEquals(1, page.items().size());
    UserAvailabilityCalendar calendar = page.items().get(0);
    assertEquals("基本設定", calendar.getName());
    assertEquals(Integer.valueOf(39), calendar.getTeamId());
  }

  @Test
  void getUserAvailabilityCalendar() {
    UserAvailabilityCalendar calendar = availability.getUserAvailabilityCalendar(UID).execute();

    assertEquals("/v1/user_availability_calendars/" + UID, SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("getUserAvailabilityCalendar", calendar);
    assertEquals(UID, calendar.getUid());
    assertEquals(USER_ID, calendar.getUserId());
    assertEquals("Asia/Tokyo", calendar.getTimezone());
    assertEquals(Integer.valueOf(1), calendar.getIsDefault());
    AvailabilityRule rule = calendar.getCalendars().get(0);
    assertEquals(Integer.valueOf(10), rule.getStartHour());
    assertEquals(Integer.valueOf(19), rule.getEndHour());
    assertEquals(Integer.valueOf(1), rule.getWday());
    assertEquals(OffsetDateTime.parse("2024-02-07T13:05:02Z"), rule.getStartedAt());
    assertNull(rule.getEndedAt());
  }
}
