package io.github.schedkit.it;

import static io.github.schedkit.it.JicooMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.jicoo.api.EventTypesApi;
import io.github.schedkit.jicoo.api.EventTypesApi.GetEventTypeAvailableSchedulesQuery;
import io.github.schedkit.jicoo.api.EventTypesApi.ListEventTypeHostsQuery;
import io.github.schedkit.jicoo.api.EventTypesApi.ListEventTypesQuery;
import io.github.schedkit.jicoo.model.AccountIntegrationUrl;
import io.github.schedkit.jicoo.model.AvailableSchedule;
import io.github.schedkit.jicoo.model.CreateAccountIntegrationUrlRequest;
import io.github.schedkit.jicoo.model.CreateEventTypeHostRequest;
import io.github.schedkit.jicoo.model.EventType;
import io.github.schedkit.jicoo.model.EventTypePage;
import io.github.schedkit.jicoo.model.EventTypeStatus;
import io.github.schedkit.jicoo.model.Host;
import io.github.schedkit.jicoo.model.HostPage;
import io.github.schedkit.jicoo.model.HostUserType;
import io.github.schedkit.jicoo.model.MemberRole;
import io.github.schedkit.jicoo.model.UpdateEventTypeHostRequest;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every EventTypes operation against Prism; each test is named after its operationId. */
@UsePrism(JicooMock.SPEC)
class EventTypesIT {
  private static final String EVENT_TYPE_ID = "mzgdPJVBb7RE";
  private static final String HOST_UID = "oDVmLILwPNPdenYge4dFiRkVA6G3";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static EventTypesApi eventTypes;

  @BeforeAll
  static void setUp(PrismServer prism) {
    eventTypes = JicooMock.client(prism, SENT).eventTypes();
  }

  @Test
  void getEventType() {
    EventType eventType = eventTypes.getEventType(EVENT_TYPE_ID).execute();

    assertEquals("/v1/event_types/" + EVENT_TYPE_ID, SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("getEventType", eventType);
    assertEquals(EVENT_TYPE_ID, eventType.getUid());
    assertSame(EventTypeStatus.ENABLE, eventType.getStatus());
    assertEquals(Integer.valueOf(30), eventType.getDuration());
  }

  @Test
  void listEventTypes() {
    EventTypePage page =
        eventTypes.listEventTypes(ListEventTypesQuery.builder().page(1).perPage(2).build()).execute();

    HttpUrl url = SENT.last().url();
    assertEquals("/v1/event_types", url.encodedPath());
    assertEquals("2", url.queryParameter("perPage"));
    EXAMPLES.assertMatchesResponse("listEventTypes", page);
    assertEquals(Integer.valueOf(4), page.getTotalCount());
    assertTrue(page.hasNextPage());
    EventType disabled = page.items().get(1);
    assertEquals("Qw3rTy7UiOp2", disabled.getUid());
    assertSame(EventTypeStatus.DISABLE, disabled.getStatus());
    assertEquals(Integer.valueOf(60), disabled.getDuration());
  }

  @Test
  void listEventTypeHosts() {
    HostPage page =
        eventTypes
            .listEventTypeHosts(
                ListEventTypeHostsQuery.builder()
                    .eventTypeId(EVENT_TYPE_ID)
                    .page(1)
                    .perPage(2)
                    .build())
            .execute();

    HttpUrl url = SENT.last().url();
    assertEquals("/v1/event_type_hosts", url.encodedPath());
    assertEquals(EVENT_TYPE_ID, url.queryParameter("eventTypeId"));
    EXAMPLES.assertMatchesResponse("listEventTypeHosts", page);
    assertEquals(2, page.items().size());
    Host notified = page.items().get(1);
    assertSame(HostUserType.NOTIFY_HOST, notified.getUserType());
    assertSame(MemberRole.EDITOR, notified.getRole());
    assertEquals(Integer.valueOf(3), notified.getPriority());
    assertNull(page.items().get(0).getProfileImage());
  }

  @Test
  void getEventTypeAvailableSchedules() {
    GetEventTypeAvailableSchedulesQuery query =
        GetEventTypeAvailableSchedulesQuery.builder()
            .periodStart(OffsetDateTime.parse("2024-03-04T09:00:00+09:00"))
            .periodEnd(OffsetDateTime.parse("2024-03-11T00:00:00Z"))
            .build();

    List<AvailableSchedule> slots =
        eventTypes.getEventTypeAvailableSchedules(EVENT_TYPE_ID, query).execute();

    HttpUrl url = SENT.last().url();
    assertEquals("/v1/event_types/" + EVENT_TYPE_ID + "/available_schedules", url.encodedPath());
    assertEquals("2024-03-04T00:00:00.000Z", url.queryParameter("periodStart"));
    assertEquals("2024-03-11T00:00:00.000Z", url.queryParameter("periodEnd"));
    EXAMPLES.assertMatchesResponse("getEventTypeAvailableSchedules", slots);
    assertEquals(2, slots.size());
    assertEquals(OffsetDateTime.parse("2024-03-04T01:30:00Z"), slots.get(1).getStartedAt());
    assertEquals(Integer.valueOf(3), slots.get(1).getRemainingCapacity());
  }

  @Test
  void createAccountIntegrationUrl() {
    CreateAccountIntegrationUrlRequest request =
        CreateAccountIntegrationUrlRequest.builder()
            .name("yamada taro")
            .email("example@example.com")
            .build();
    assertEquals(
        EXAMPLES.request("createAccountIntegrationUrl", CreateAccountIntegrationUrlRequest.class),
        request);

    ApiResponse<AccountIntegrationUrl> response =
        eventTypes
            .createAccountIntegrationUrl("exampleteam", EVENT_TYPE_ID, request)
            .executeWithResponse();

    assertEquals(201, response.statusCode());
    AccountIntegrationUrl result = response.body();

    assertEquals(
        "/v1/teams/exampleteam/event_types/" + EVENT_TYPE_ID + "/validate",
        SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("createAccountIntegrationUrl", result);
    assertEquals(
        "https://www.jicoo.com/t/exampleteam/e/mzgdPJVBb7RE?guestSessionId=9f8e7d6c5b4a",
        result.getUrl());
  }

  @Test
  void updateEventTypeHost() {
    UpdateEventTypeHostRequest request =
        EXAMPLES.request("updateEventTypeHost", UpdateEventTypeHostRequest.class);
    assertEquals(Integer.valueOf(2), request.getPriority());

    Host host = eventTypes.updateEventTypeHost(EVENT_TYPE_ID, HOST_UID, request).execute();

    assertEquals("PATCH", SENT.last().method());
    assertEquals(
        "/v1/event_types/" + EVENT_TYPE_ID + "/hosts/" + HOST_UID, SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("updateEventTypeHost", host);
    assertEquals(HOST_UID, host.getUid());
    assertEquals(Integer.valueOf(2), host.getPriority());
    assertSame(HostUserType.NOTIFY_HOST, host.getUserType());
  }

  @Test
  void deleteEventTypeHost() {
    ApiResponse<Void> response =
        eventTypes.deleteEventTypeHost(EVENT_TYPE_ID, HOST_UID).executeWithResponse();

    assertEquals("DELETE", SENT.last().method());
    assertEquals(
        "/v1/event_types/" + EVENT_TYPE_ID + "/hosts/" + HOST_UID, SENT.last().url().encodedPath());
    assertEquals(204, response.statusCode());
    assertNull(response.body());
  }

  @Test
  void createEventTypeHost() {
    CreateEventTypeHostRequest request =
        CreateEventTypeHostRequest.builder()
            .userId(HOST_UID)
            .userType(HostUserType.HOST)
            .priority(1)
            .build();
    assertEquals(
        EXAMPLES.request("createEventTypeHost", CreateEventTypeHostRequest.class), request);

    ApiResponse<Host> response =
        eventTypes.createEventTypeHost(EVENT_TYPE_ID, request).executeWithResponse();

    assertEquals(201, response.statusCode());
    Host host = response.body();
    EXAMPLES.assertMatchesResponse("createEventTypeHost", host);
    assertEquals("Hanako Sato", host.getName());
    assertSame(HostUserType.HOST, host.getUserType());
    assertEquals(Integer.valueOf(2), host.getSort());
  }
}
