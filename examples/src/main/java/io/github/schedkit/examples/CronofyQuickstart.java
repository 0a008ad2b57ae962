package io.github.schedkit.examples;

import io.github.schedkit.cronofy.AuthorizationRequest;
import io.github.schedkit.cronofy.AvailabilityRequired;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.CronofyPushVerifier;
import io.github.schedkit.cronofy.DataCenter;
import io.github.schedkit.cronofy.EventTime;
import io.github.schedkit.cronofy.api.EventsApi.ReadEventsQuery;
import io.github.schedkit.cronofy.model.AvailabilityBuffer;
import io.github.schedkit.cronofy.model.AvailabilityBufferDetail;
import io.github.schedkit.cronofy.model.AvailabilityMember;
import io.github.schedkit.cronofy.model.AvailabilityParticipantGroup;
import io.github.schedkit.cronofy.model.AvailabilityRequest;
import io.github.schedkit.cronofy.model.AvailabilityResponse;
import io.github.schedkit.cronofy.model.AvailabilityResponseFormat;
import io.github.schedkit.cronofy.model.AvailableParticipant;
import io.github.schedkit.cronofy.model.BookableEvent;
import io.github.schedkit.cronofy.model.BookableEventCreate;
import io.github.schedkit.cronofy.model.BookableEventRegistrationOptions;
import io.github.schedkit.cronofy.model.BookableEventStatus;
import io.github.schedkit.cronofy.model.Calendar;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.cronofy.model.PushNotification;
import io.github.schedkit.cronofy.model.QueryPeriod;
import io.github.schedkit.cronofy.model.RealTimeSchedulingAvailability;
import io.github.schedkit.cronofy.model.RealTimeSchedulingLink;
import io.github.schedkit.cronofy.model.RealTimeSchedulingRequest;
import io.github.schedkit.cronofy.model.SchedulingDuration;
import io.github.schedkit.cronofy.model.SchedulingEvent;
import io.github.schedkit.cronofy.model.SchedulingOAuth;
import io.github.schedkit.cronofy.model.TargetCalendar;
import io.github.schedkit.cronofy.model.TokenResponse;
import io.github.schedkit.cronofy.model.UpsertEventRequest;
import io.github.schedkit.mock.PrismServer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Cronofy quick start: the OAuth flow, calendars, a page of events, an event upsert, a
 * bookable event with its registrations, push-notification verification, an availability query
 * and a Real-Time Scheduling link.
 *
 * <p>With {@code CRONOFY_ACCESS_TOKEN} set it reads calendars and events from the real API (and
 * writes nothing); otherwise it starts a Prism mock of {@code spec/cronofy.yaml}, which answers
 * with the spec's examples.
 */
public final class CronofyQuickstart {
  private CronofyQuickstart() {}

  /**
   * Runs the quick start.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    String accessToken = System.getenv("CRONOFY_ACCESS_TOKEN");
    if (accessToken != null && !accessToken.isBlank()) {
      readOnly(CronofyClient.builder().fromEnv().build());
      return;
    }
    try (PrismServer mock = PrismServer.start("cronofy.yaml")) {
      System.out.println("CRONOFY_ACCESS_TOKEN is not set: calling a Prism mock of spec/cronofy.yaml at " + mock.baseUrl());
      CronofyClient app =
          CronofyClient.builder()
              .baseUrl(mock.baseUrl())
              .clientId("49dcaa4f9a92d0a2b5de6e1b2e0b5f7c")
              .clientSecret("CRN_example_client_secret")
              .build();
      run(app, mock.baseUrl());
    }
  }

  private static void run(CronofyClient app, String baseUrl) {
    // 1. Send the user to Cronofy's authorization page: on the app host of their data center.
    String url =
        CronofyClient.builder().dataCenter(DataCenter.DE).clientId("49dcaa4f9a92d0a2b5de6e1b2e0b5f7c").build()
            .oauth()
            .authorizationUrl(
                AuthorizationRequest.builder()
                    .redirectUri("https://app.example.com/oauth/callback")
                    .scope("read_events", "create_event", "delete_event")
                    .state("csrf-123")
                    .build());
    System.out.println("Authorize at: " + url);

    // 2. Exchange the code from the redirect, then build a client for that user.
    TokenResponse tokens = app.oauth().exchangeCode("zKSbH0j2JeLEjXqRJ0gGd7yOsIc3I9fh", "https://app.example.com/oauth/callback");
    System.out.println("Linked " + tokens.getLinkingProfile().getProviderName() + " account " + tokens.getSub());
    CronofyClient user =
        CronofyClient.builder()
            .baseUrl(baseUrl)
            .clientId("49dcaa4f9a92d0a2b5de6e1b2e0b5f7c")
            .clientSecret("CRN_example_client_secret")
            .accessToken(tokens.getAccessToken())
            .refreshToken(tokens.getRefreshToken())
            .tokenListener(renewed -> System.out.println("Store the renewed tokens: " + renewed))
            .build();

    readOnly(user);

    // 3. Create or update an event by your own id; start/end take a date, a UTC time, or a time with its zone.
    String calendarId = user.calendars().listCalendars().execute().get(0).getCalendarId();
    user.events()
        .upsertEvent(
            calendarId,
            UpsertEventRequest.builder()
                .eventId("qs-demo-1")
                .summary("Quick start demo")
                .start(EventTime.localized(OffsetDateTime.parse("2025-01-21T09:00:00Z"), "Europe/London"))
                .end(EventTime.localized(OffsetDateTime.parse("2025-01-21T10:00:00Z"), "Europe/London"))
                .build())
        .execute();
    System.out.println("Event upserted (Cronofy answers 202 and applies it asynchronously)");

    // 4. Bookable events use the application's client secret; registrations page lazily.
    BookableEvent event =
        app.bookableEvents()
            .createBookableEvent(
                BookableEventCreate.builder()
                    .bookableEventId("83hi8qhfiaif")
                    .start(OffsetDateTime.parse("2024-11-24T12:30:00Z"))
                    .end(OffsetDateTime.parse("2024-11-24T17:00:00Z"))
                    .status(BookableEventStatus.CONFIRMED)
                    .registration(BookableEventRegistrationOptions.builder().capacity(5).build())
                    .build())
            .execute();
    System.out.println("Bookable event " + event.getBookableEventId() + " is " + event.getStatus());
    BookableEvent read = app.bookableEvents().readBookableEvent("83hi8qhfiaif").execute();
    read.getRegistration().autoPager().stream()
        .limit(read.getRegistration().items().size())
        .forEach(r -> System.out.println("  registration " + r.getRegistrationId() + " [" + r.getStatus() + "]"));

    // 5. Push notifications: verify the signature over the raw body with the client secret.
    byte[] body =
        ("{\"notification\":{\"type\":\"change\",\"changes_since\":\"2025-01-17T09:24:16Z\"},"
                + "\"channel\":{\"channel_id\":\"chn_54cf7c7cb4ad4c1027000001\","
                + "\"callback_url\":\"https://app.example.com/cronofy/push\"}}")
            .getBytes(StandardCharsets.UTF_8);
    String signature = CronofyPushVerifier.sign(body, "CRN_example_client_secret");
    PushNotification notification = app.pushVerifier().verifyAndParse(body, signature);
    System.out.println("Push notification " + notification.getNotification().getType()
        + " on channel " + notification.getChannel().getChannelId());

    schedule(app);
  }

  /** 6. Availability and real-time scheduling, with the application's client secret as API key. */
  private static void schedule(CronofyClient app) {
    // When are both people (required: all) and one of the rooms (required: 1) free for an hour?
    AvailabilityResponse availability =
        app.availability()
            .queryAvailability(
                AvailabilityRequest.builder()
                    .participants(
                        List.of(
                            AvailabilityParticipantGroup.builder()
                                .members(
                                    List.of(
                                        AvailabilityMember.builder().sub("acc_5ba21743f408617d1269ea1e").build(),
                                        AvailabilityMember.builder().sub("acc_64b17d868090ea21640c914c").build()))
                                .required(AvailabilityRequired.all())
                                .build(),
                            AvailabilityParticipantGroup.builder()
                                .members(
                                    List.of(
                                        AvailabilityMember.builder().sub("res_5ba21743f408617d12693521").build(),
                                        AvailabilityMember.builder().sub("res_64b17d868090ea21640ad6e0").build()))
                                .required(AvailabilityRequired.atLeast(1))
                                .build()))
                    .requiredDuration(SchedulingDuration.builder().minutes(60).build())
                    .queryPeriods(
                        List.of(
                            QueryPeriod.builder()
                                .start(OffsetDateTime.parse("2025-01-21T09:00:00Z"))
                                .end(OffsetDateTime.parse("2025-01-21T18:00:00Z"))
                                .build()))
                    .buffer(
                        AvailabilityBuffer.builder()
                            .before(AvailabilityBufferDetail.builder().minutes(30).build())
                            .after(AvailabilityBufferDetail.builder().minutes(15).build())
                            .build())
                    .startInterval(SchedulingDuration.builder().minutes(30).build())
                    .responseFormat(AvailabilityResponseFormat.SLOTS)
                    .build())
            .execute();
    // response_format slots fills available_slots; periods would fill available_periods.
    availability.getAvailableSlots().forEach(slot -> System.out.println("Free slot " + slot.getStart() + " to "
        + slot.getEnd() + " for " + slot.getParticipants().stream().map(AvailableParticipant::getSub)
            .collect(Collectors.joining(", "))));

    // A Real-Time Scheduling link lets the person pick a time themselves; then check its status.
    RealTimeSchedulingLink link =
        app.realTimeScheduling()
            .createRealTimeSchedulingLink(
                RealTimeSchedulingRequest.builder()
                    .oauth(SchedulingOAuth.builder().redirectUri("https://app.example.com/scheduling/done").build())
                    .event(SchedulingEvent.builder().eventId("interview-42").summary("Interview").tzid("Europe/London").build())
                    .availability(
                        RealTimeSchedulingAvailability.builder()
                            .participants(
                                List.of(
                                    AvailabilityParticipantGroup.builder()
                                        .members(List.of(AvailabilityMember.builder().sub("acc_5ba21743f408617d1269ea1e").build()))
                                        .required(AvailabilityRequired.all())
                                        .build()))
                            .requiredDuration(SchedulingDuration.builder().minutes(60).build())
                            .queryPeriods(
                                List.of(
                                    QueryPeriod.builder()
                                        .start(OffsetDateTime.parse("2025-01-28T09:00:00Z"))
                                        .end(OffsetDateTime.parse("2025-01-28T18:00:00Z"))
                                        .build()))
                            .build())
                    .targetCalendars(
                        List.of(
                            TargetCalendar.builder()
                                .sub("acc_5ba21743f408617d1269ea1e")
                                .calendarId("cal_n23kjnwrw2_jsdfjksn234")
                                .build()))
                    .build())
            .execute();
    System.out.println("Send the person to " + link.getUrl());
    RealTimeSchedulingLink status = app.realTimeScheduling().getRealTimeSchedulingLink(link.getRealTimeSchedulingId()).execute();
    System.out.println("Real-Time Scheduling link " + status.getRealTimeSchedulingId() + " is " + status.getStatus());
  }

  private static void readOnly(CronofyClient user) {
    List<Calendar> calendars = user.calendars().listCalendars().execute();
    calendars.forEach(c -> System.out.println("Calendar " + c.getCalendarName() + " (" + c.getProviderName() + ")"));

    EventsPage page =
        user.events()
            .readEvents(
                "Europe/London",
                ReadEventsQuery.builder()
                    .from(LocalDate.of(2025, 1, 20))
                    .to(LocalDate.of(2025, 1, 27))
                    .localizedTimes(true)
                    .build())
            .execute();
    // autoPager() would follow pages.next_page lazily; here we print the first page only.
    page.items().forEach(e -> System.out.println("  " + e.getStart() + "  " + e.getSummary()));
  }
}
