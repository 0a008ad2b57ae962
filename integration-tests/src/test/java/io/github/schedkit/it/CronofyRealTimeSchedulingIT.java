package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static io.github.schedkit.it.SchedulingFixtures.allOf;
import static io.github.schedkit.it.SchedulingFixtures.minutes;
import static io.github.schedkit.it.SchedulingFixtures.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.EventTime;
import io.github.schedkit.cronofy.api.RealTimeSchedulingApi;
import io.github.schedkit.cronofy.model.AddToCalendarLink;
import io.github.schedkit.cronofy.model.AddToCalendarRequest;
import io.github.schedkit.cronofy.model.AvailabilityBuffer;
import io.github.schedkit.cronofy.model.AvailabilityBufferDetail;
import io.github.schedkit.cronofy.model.AvailabilityMember;
import io.github.schedkit.cronofy.model.AvailabilitySequenceStep;
import io.github.schedkit.cronofy.model.DisableRealTimeSchedulingRequest;
import io.github.schedkit.cronofy.model.EventLocation;
import io.github.schedkit.cronofy.model.RealTimeSchedulingAvailability;
import io.github.schedkit.cronofy.model.RealTimeSchedulingLink;
import io.github.schedkit.cronofy.model.RealTimeSchedulingRequest;
import io.github.schedkit.cronofy.model.RealTimeSchedulingStatus;
import io.github.schedkit.cronofy.model.RealTimeSequencingAvailability;
import io.github.schedkit.cronofy.model.RealTimeSequencingLink;
import io.github.schedkit.cronofy.model.RealTimeSequencingRequest;
import io.github.schedkit.cronofy.model.SchedulingCallbackUrls;
import io.github.schedkit.cronofy.model.SchedulingEvent;
import io.github.schedkit.cronofy.model.SchedulingOAuth;
import io.github.schedkit.cronofy.model.SchedulingRedirectUrls;
import io.github.schedkit.cronofy.model.TargetCalendar;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every RealTimeScheduling operation against Prism; each test is named after its operationId.
 * Scheduling and sequencing links authenticate with the client secret as API key; Add to Calendar
 * sends the client credentials in the body and no Authorization header.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyRealTimeSchedulingIT {
  private static final String LINK_ID = "sch_64b1859e8090ea21640c915f";
  private static final String GRACE = "acc_5ba21743f408617d1269ea1e";
  private static final String CALENDAR_ID = "cal_n23kjnwrw2_jsdfjksn234";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static RealTimeSchedulingApi realTimeScheduling;

  @BeforeAll
  static void setUp(PrismServer prism) {
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    realTimeScheduling = cronofy.realTimeScheduling();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  private static SchedulingEvent interview() {
    return SchedulingEvent.builder()
        .eventId("qTtZdczOccgaPncGJaCiLg")
        .summary("Product Manager Interview at Globex")
        .tzid("Europe/London")
        .build();
  }

  private static SchedulingOAuth redirect() {
    return SchedulingOAuth.builder().redirectUri("https://app.example.com/scheduling/done").build();
  }

  private static List<TargetCalendar> graceCalendar() {
    return List.of(TargetCalendar.builder().sub(GRACE).calendarId(CALENDAR_ID).build());
  }

  /** Asserts the method, path and API key of the last request, and that its body matches the example. */
  private static void assertSentWithApiKey(String operationId, String method, String path) {
    Request sent = SENT.last(method, path);
    CronofyMock.assertApiKey(sent);
    if (sent.body() != null) {
      JsonObject body = CronofyMock.assertBodyMatchesExample(sent, operationId, null);
      assertFalse(body.has("client_secret"), "the API key stays out of the body");
    }
  }

  @Test
  void createRealTimeSchedulingLink() {
    RealTimeSchedulingRequest request =
        RealTimeSchedulingRequest.builder()
            .oauth(redirect())
            .event(interview())
            .availability(
                RealTimeSchedulingAvailability.builder()
                    .participants(
                        List.of(allOf(AvailabilityMember.builder().sub(GRACE).calendarIds(List.of(CALENDAR_ID)).build())))
                    .requiredDuration(minutes(60))
                    .queryPeriods(List.of(period("2025-01-28T09:00:00Z", "2025-01-28T18:00:00Z")))
                    .startInterval(minutes(30))
                    .buffer(AvailabilityBuffer.builder().after(AvailabilityBufferDetail.builder().minutes(15).build()).build())
                    .build())
            .targetCalendars(graceCalendar())
            .callbackUrls(
                SchedulingCallbackUrls.builder()
                    .completedUrl("https://app.example.com/scheduling/callback")
                    .noTimesSuitableUrl("https://app.example.com/scheduling/no-times")
                    .build())
            .redirectUrls(
                SchedulingRedirectUrls.builder().completedUrl("https://app.example.com/scheduling/success").build())
            .selectionMode("no_confirm")
            .build();
    assertEquals(EXAMPLES.request("createRealTimeSchedulingLink", RealTimeSchedulingRequest.class), request);

    RealTimeSchedulingLink link = realTimeScheduling.createRealTimeSchedulingLink(request).execute();

    assertSentWithApiKey("createRealTimeSchedulingLink", "POST", "/v1/real_time_scheduling");
    EXAMPLES.assertMatchesResponse("createRealTimeSchedulingLink", link);
    assertEquals(LINK_ID, link.getRealTimeSchedulingId());
    assertEquals("https://app.cronofy.com/rts/kaUbTjnALVCuwGGkXZR7vBkd", link.getUrl());
    assertNull(link.getStatus());
    assertFalse(link.toString().contains("kaUbTjnALVCuwGGkXZR7vBkd"), "the link's token is not shown: " + link);
  }

  @Test
  void getRealTimeSchedulingLink() {
    RealTimeSchedulingLink link = realTimeScheduling.getRealTimeSchedulingLink(LINK_ID).execute();

    assertSentWithApiKey("getRealTimeSchedulingLink", "GET", "/v1/real_time_scheduling/" + LINK_ID);
    EXAMPLES.assertMatchesResponse("getRealTimeSchedulingLink", link);
    assertSame(RealTimeSchedulingStatus.OPEN, link.getStatus());
    assertEquals("Product Manager Interview at Globex", link.getEvent().getSummary());
    assertNull(link.getEvent().getStart());
  }

  @Test
  void getRealTimeSchedulingLinkByToken() {
    String token = HttpUrl.get("https://app.cronofy.com/rts/kaUbTjnALVCuwGGkXZR7vBkd").pathSegments().get(1);

    RealTimeSchedulingLink link = realTimeScheduling.getRealTimeSchedulingLinkByToken(token).execute();

    assertSentWithApiKey("getRealTimeSchedulingLinkByToken", "GET", "/v1/real_time_scheduling");
    assertEquals(token, SENT.last().url().queryParameter("token"));
    EXAMPLES.assertMatchesResponse("getRealTimeSchedulingLinkByToken", link);
    assertSame(RealTimeSchedulingStatus.COMPLETED, link.getStatus());
    // Once completed, the event holds the chosen time.
    assertEquals(EventTime.time(OffsetDateTime.parse("2025-01-28T10:00:00Z")), link.getEvent().getStart());
    assertEquals(EventTime.time(OffsetDateTime.parse("2025-01-28T11:00:00Z")), link.getEvent().getEnd());
  }

  @Test
  void disableRealTimeSchedulingLink() {
    DisableRealTimeSchedulingRequest request =
        DisableRealTimeSchedulingRequest.builder().displayMessage("Let's hold off until next month.").build();
    assertEquals(EXAMPLES.request("disableRealTimeSchedulingLink", DisableRealTimeSchedulingRequest.class), request);

    RealTimeSchedulingLink link = realTimeScheduling.disableRealTimeSchedulingLink(LINK_ID, request).execute();

    assertSentWithApiKey("disableRealTimeSchedulingLink", "POST", "/v1/real_time_scheduling/" + LINK_ID + "/disable");
    EXAMPLES.assertMatchesResponse("disableRealTimeSchedulingLink", link);
    assertSame(RealTimeSchedulingStatus.DISABLED, link.getStatus());
  }

  @Test
  void createRealTimeSequencingLink() {
    RealTimeSequencingRequest request =
        RealTimeSequencingRequest.builder()
            .oauth(redirect())
            .event(interview())
            .availability(
                RealTimeSequencingAvailability.builder()
                    .sequence(
                        List.of(
                            AvailabilitySequenceStep.builder()
                                .sequenceId("123")
                                .ordinal(1)
                                .participants(
                                    List.of(allOf(
                                        AvailabilityMember.builder().sub(GRACE).calendarIds(List.of(CALENDAR_ID)).build())))
                                .event(SchedulingEvent.builder().eventId("qTtZdczOccgaPncGJaCiLg").summary("Pre screen").build())
                                .requiredDuration(minutes(60))
                                .build(),
                            AvailabilitySequenceStep.builder()
                                .sequenceId("456")
                                .ordinal(2)
                                .participants(
                                    List.of(allOf(AvailabilityMember.builder().sub("acc_64b17d868090ea21640c914c").build())))
                                .event(SchedulingEvent.builder().eventId("lqG5bWwF6kaS8t8DH9nMuA").summary("Face to face").build())
                                .requiredDuration(minutes(60))
                                .build()))
                    .queryPeriods(
                        List.of(
                            period("2025-01-30T09:00:00Z", "2025-01-30T18:00:00Z"),
                            period("2025-01-31T09:00:00Z", "2025-01-31T18:00:00Z")))
                    .build())
            .targetCalendars(graceCalendar())
            .callbackUrl("https://app.example.com/scheduling/callback")
            .selectionMode("no_confirm")
            .build();
    assertEquals(EXAMPLES.request("createRealTimeSequencingLink", RealTimeSequencingRequest.class), request);

    RealTimeSequencingLink link = realTimeScheduling.createRealTimeSequencingLink(request).execute();

    assertSentWithApiKey("createRealTimeSequencingLink", "POST", "/v1/real_time_sequencing");
    EXAMPLES.assertMatchesResponse("createRealTimeSequencingLink", link);
    assertEquals("seq_64b185388090ea21640c915e", link.getRealTimeSequencingId());
    assertTrue(link.getUrl().toString().startsWith("https://app.cronofy.com/"), link.getUrl().toString());
  }

  @Test
  void disableRealTimeSequencingLink() {
    DisableRealTimeSchedulingRequest request =
        DisableRealTimeSchedulingRequest.builder().displayMessage("Let's hold off until next month.").build();
    assertEquals(EXAMPLES.request("disableRealTimeSequencingLink", DisableRealTimeSchedulingRequest.class), request);

    RealTimeSequencingLink link =
        realTimeScheduling.disableRealTimeSequencingLink("seq_4353945880944395", request).execute();

    assertSentWithApiKey(
        "disableRealTimeSequencingLink", "POST", "/v1/real_time_sequencing/seq_4353945880944395/disable");
    EXAMPLES.assertMatchesResponse("disableRealTimeSequencingLink", link);
    assertEquals("seq_4353945880944395", link.getRealTimeSequencingId());
    assertSame(RealTimeSchedulingStatus.DISABLED, link.getStatus());
  }

  @Test
  void createAddToCalendarLink() {
    AddToCalendarRequest request =
        AddToCalendarRequest.builder()
            .clientId(CronofyMock.CLIENT_ID)
            .clientSecret(CronofyMock.CLIENT_SECRET)
            .oauth(
                SchedulingOAuth.builder()
                    .redirectUri("https://app.example.com/calendar/added")
                    .scope("create_event")
                    .state("user-4f2a")
                    .build())
            .event(
                SchedulingEvent.builder()
                    .eventId("qTtZdczOccgaPncGJaCiLg")
                    .summary("Board meeting")
                    .description("Discuss plans for the next quarter.")
                    .start(EventTime.time(OffsetDateTime.parse("2025-01-28T15:30:00Z")))
                    .end(EventTime.time(OffsetDateTime.parse("2025-01-28T17:00:00Z")))
                    .tzid("Europe/London")
                    .location(EventLocation.builder().description("Board room").build())
                    .build())
            .build();
    assertEquals(EXAMPLES.request("createAddToCalendarLink", AddToCalendarRequest.class), request);

    AddToCalendarLink link = realTimeScheduling.createAddToCalendarLink(request).execute();

    Request sent = SENT.last("POST", "/v1/add_to_calendar");
    CronofyMock.assertNoAuthorization(sent);
    JsonObject body = CronofyMock.assertBodyMatchesExample(sent, "createAddToCalendarLink", null);
    assertEquals("2025-01-28T15:30:00.000Z", body.getAsJsonObject("event").get("start").getAsString());
    EXAMPLES.assertMatchesResponse("createAddToCalendarLink", link);
    assertEquals("https://app.cronofy.com/add_to_calendar/scheduling/a-GAVrcDZz6ExYmbbqNbCb", link.getUrl());
  }
}
