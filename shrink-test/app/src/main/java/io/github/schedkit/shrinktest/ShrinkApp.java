package io.github.schedkit.shrinktest;

import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.EventTime;
import io.github.schedkit.cronofy.api.EventsApi.ReadEventsQuery;
import io.github.schedkit.cronofy.model.Event;
import io.github.schedkit.cronofy.model.EventAttendee;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.cronofy.model.UpsertEventRequest;
import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.jicoo.model.Booking;
import io.github.schedkit.jicoo.model.BookingHost;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The app the shrink test shrinks. It uses both clients the way an app would: it reads a Jicoo
 * booking, reads Cronofy events across two pages and upserts an event, against the server at the
 * base URL it is given, and prints what it decoded as {@code key=value} lines. Any failure ends it
 * with a stack trace and a non-zero exit code.
 */
public final class ShrinkApp {
  private final String baseUrl;
  private final PrintStream out;

  private ShrinkApp(String baseUrl, PrintStream out) {
    this.baseUrl = baseUrl;
    this.out = out;
  }

  /**
   * Runs the app.
   *
   * @param args the server's base URL, such as {@code http://127.0.0.1:8080}
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ShrinkApp <base-url>");
      System.exit(2);
    }
    new ShrinkApp(args[0], System.out).run();
    // OkHttp's idle connections must not delay the exit.
    System.exit(0);
  }

  private void run() {
    readJicooBooking();
    readCronofyEvents();
    upsertCronofyEvent();
  }

  private void readJicooBooking() {
    JicooClient jicoo =
        JicooClient.builder().apiKey("sk_test_shrink").baseUrl(baseUrl + "/jicoo/").build();
    Booking booking = jicoo.bookings().getBooking("BK-1").execute();
    print("jicoo.booking.uid", booking.getUid());
    print("jicoo.booking.name", booking.getName());
    print("jicoo.booking.status", booking.getStatus().value());
    print("jicoo.booking.startedAt", booking.getStartedAt());
    for (BookingHost host : booking.getHosts()) {
      print("jicoo.booking.host", host.getUserId() + " " + host.getRole());
    }
  }

  private void readCronofyEvents() {
    EventsPage page =
        cronofy()
            .events()
            .readEvents(
                "Europe/Berlin",
                ReadEventsQuery.builder()
                    .from(LocalDate.of(2025, 1, 20))
                    .to(LocalDate.of(2025, 1, 27))
                    .localizedTimes(true)
                    .build())
            .execute();
    for (Event event : page.autoPager()) {
      print("cronofy.event", event.getEventId() + " " + event.getSummary());
      print("cronofy.event.start", event.getStart());
      print("cronofy.event.status", event.getStatus().value());
      for (EventAttendee attendee : event.getAttendees()) {
        print(
            "cronofy.event.attendee",
            attendee.getEmail() + " " + attendee.getStatus().value() + " " + attendee.getStatus().asString());
      }
    }
  }

  private void upsertCronofyEvent() {
    OffsetDateTime start = OffsetDateTime.parse("2025-01-21T09:00:00+01:00");
    cronofy()
        .events()
        .upsertEvent(
            "cal_shrink",
            UpsertEventRequest.builder()
                .eventId("shrink-1")
                .summary("Shrunk")
                .start(EventTime.localized(start, "Europe/Berlin"))
                .end(EventTime.localized(start.plusHours(1), "Europe/Berlin"))
                .build())
        .execute();
    print("cronofy.upsert", "done");
  }

  private CronofyClient cronofy() {
    return CronofyClient.builder().accessToken("shrink-token").baseUrl(baseUrl + "/cronofy/").build();
  }

  private void print(String key, Object value) {
    out.println(key + "=" + value);
  }
}
