package io.github.schedkit.it;

import static io.github.schedkit.it.JicooMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.jicoo.api.SchedulesApi;
import io.github.schedkit.jicoo.api.SchedulesApi.ListSchedulesQuery;
import io.github.schedkit.jicoo.model.AttendeeUserType;
import io.github.schedkit.jicoo.model.BookingPriority;
import io.github.schedkit.jicoo.model.CreateScheduleRequest;
import io.github.schedkit.jicoo.model.LocationType;
import io.github.schedkit.jicoo.model.MemberRole;
import io.github.schedkit.jicoo.model.Schedule;
import io.github.schedkit.jicoo.model.ScheduleAttendee;
import io.github.schedkit.jicoo.model.ScheduleDisplayType;
import io.github.schedkit.jicoo.model.SchedulePage;
import io.github.schedkit.jicoo.model.ScheduleStatus;
import io.github.schedkit.jicoo.model.ScheduleTransparency;
import io.github.schedkit.jicoo.model.UpdateScheduleRequest;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.Collections;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every Schedules operation against Prism; each test is named after its operationId. */
@UsePrism(JicooMock.SPEC)
class SchedulesIT {
  private static final String UID = "b7KqZ2xN4pLw";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static SchedulesApi schedules;

  @BeforeAll
  static void setUp(PrismServer prism) {
    schedules = JicooMock.client(prism, SENT).schedules();
  }

  @Test
  void createSchedule() {
    CreateScheduleRequest request =
        CreateScheduleRequest.builder()
            .name("MTG")
            .timeZone("Asia/Tokyo")
            .startedAt(OffsetDateTime.parse("2024-04-01T14:00:00Z"))
            .endedAt(OffsetDateTime.parse("2024-04-01T14:30:00Z"))
            .attendees(
                Collections.singletonList(
                    ScheduleAttendee.builder()
                        .userId("cfmSbUHeizSoZob9cRA3N8fmfKg1")
                        .role(MemberRole.ADMIN)
                        .userType(AttendeeUserType.HOST)
                        .build()))
            .build();
    // The spec's example also sends "routine: null", which the builder leaves out.
    assertEquals(EXAMPLES.request("createSchedule", CreateScheduleRequest.class), request);

    ApiResponse<Schedule> response = schedules.createSchedule(request).executeWithResponse();

    assertEquals(201, response.statusCode());
    Schedule schedule = response.body();
    EXAMPLES.assertMatchesResponse("createSchedule", schedule);
    assertEquals(UID, schedule.getUid());
    assertSame(ScheduleStatus.OPEN, schedule.getStatus());
    assertSame(ScheduleDisplayType.PRIVATE, schedule.getDisplayType());
    assertSame(AttendeeUserType.HOST, schedule.getAttendees().get(0).getUserType());
    assertTrue(schedule.getIsRemind());
    assertNull(schedule.getRoutine());
  }

  @Test
  void listSchedules() {
    SchedulePage page =
        schedules.listSchedules(ListSchedulesQuery.builder().page(1).perPage(1).build()).execute();

    HttpUrl url = SENT.last().url();
    assertEquals("/v1/schedules", url.encodedPath());
    assertEquals("1", url.queryParameter("page"));
    assertEquals("1", url.queryParameter("perPage"));
    EXAMPLES.assertMatchesResponse("listSchedules", page);
    assertEquals(Integer.valueOf(21), page.getNumberOfPages());
    assertTrue(page.hasNextPage());
    Schedule schedule = page.items().get(0);
    assertSame(LocationType.ZOOM, schedule.getLocation());
    assertSame(BookingPriority.MIDDLE, schedule.getPriority());
    assertSame(ScheduleDisplayType.TEAM_PUBLIC, schedule.getDisplayType());
    assertSame(ScheduleTransparency.OPAQUE, schedule.getTransparency());
    ScheduleAttendee guest = schedule.getAttendees().get(1);
    assertNull(guest.getUserId());
    assertSame(AttendeeUserType.GUEST, guest.getUserType());
    assertSame(MemberRole.VIEWER, guest.getRole());
    assertFalse(schedule.getIsAllDay());
  }

  @Test
  void updateSchedule() {
    UpdateScheduleRequest request = EXAMPLES.request("updateSchedule", UpdateScheduleRequest.class);
    assertEquals("Weekly sync", request.getName());
    // The example clears the recurrence with "routine": null; decoding keeps that explicit null.
    assertEquals(Collections.singleton("routine"), request.explicitNulls());
    assertEquals(
        UpdateScheduleRequest.builder()
            .name("Weekly sync")
            .startedAt(OffsetDateTime.parse("2024-04-01T15:00:00Z"))
            .endedAt(OffsetDateTime.parse("2024-04-01T15:30:00Z"))
            .timeZone("Asia/Tokyo")
            .priority(BookingPriority.HIGH)
            .clearRoutine()
            .updateMessage("Moved to 15:00 UTC.")
            .isSendUpdates(true)
            .build(),
        request);

    Schedule schedule = schedules.updateSchedule(UID, request).execute();

    assertEquals("PATCH", SENT.last().method());
    assertEquals(EXAMPLES.requestJson("updateSchedule"), SENT.lastJsonBody());
    assertEquals("/v1/schedules/" + UID, SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("updateSchedule", schedule);
    assertEquals("Weekly sync", schedule.getName());
    assertSame(BookingPriority.HIGH, schedule.getPriority());
    assertEquals(OffsetDateTime.parse("2024-04-01T15:00:00Z"), schedule.getStartedAt());
  }

  @Test
  void deleteSchedule() {
    ApiResponse<Void> response = schedules.deleteSchedule(UID).executeWithResponse();

    assertEquals("DELETE", SENT.last().method());
    assertEquals("/v1/schedules/" + UID, SENT.last().url().encodedPath());
    assertEquals(204, response.statusCode());
    assertNull(response.body());
  }
}
