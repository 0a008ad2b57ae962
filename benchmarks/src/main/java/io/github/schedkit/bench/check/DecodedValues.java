package io.github.schedkit.bench.check;

import io.github.schedkit.bench.fixtures.BookingFixture;
import io.github.schedkit.bench.fixtures.EventsFixture;
import io.github.schedkit.cronofy.EventTime;
import io.github.schedkit.cronofy.model.Event;
import io.github.schedkit.cronofy.model.EventAttendee;
import io.github.schedkit.cronofy.model.EventsPage;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the values the fixtures check out of each side's models: schedkit's, the stock generated
 * client's, and the plain Gson classes'. A side that decoded anything else fails the run.
 */
public final class DecodedValues {
  private DecodedValues() {}

  /**
   * Checks a booking decoded into schedkit's model.
   *
   * @param side which side decoded it
   * @param booking the booking
   */
  public static void checkBooking(String side, io.github.schedkit.jicoo.model.Booking booking) {
    Check.that(side + " returned a booking", booking != null);
    BookingFixture.check(
        side,
        booking.getUid(),
        booking.getName(),
        booking.getStatus() == null ? null : booking.getStatus().asString(),
        booking.getStartedAt(),
        booking.getHosts().stream()
            .map(io.github.schedkit.jicoo.model.BookingHost::getUserId)
            .collect(Collectors.toList()));
  }

  /**
   * Checks a booking decoded into the stock generated client's model.
   *
   * @param side which side decoded it
   * @param booking the booking
   */
  public static void checkStockBooking(String side, io.github.schedkit.bench.stock.model.Booking booking) {
    Check.that(side + " returned a booking", booking != null);
    BookingFixture.check(
        side,
        booking.getUid(),
        booking.getName(),
        booking.getStatus() == null ? null : booking.getStatus().getValue(),
        booking.getStartedAt(),
        booking.getHosts().stream()
            .map(io.github.schedkit.bench.stock.model.BookingHost::getUserId)
            .collect(Collectors.toList()));
  }

  /**
   * Checks every event of a page decoded into schedkit's models.
   *
   * @param side which side decoded it
   * @param fixture the page that was sent
   * @param page the decoded page
   */
  public static void checkEventsPage(String side, EventsFixture fixture, EventsPage page) {
    Check.that(side + " returned a page", page != null);
    List<Event> events = page.getEvents();
    fixture.checkCount(side, events.size());
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      EventTime start = event.getStart();
      EventTime end = event.getEnd();
      EventsFixture.checkEvent(
          side,
          i,
          event.getEventUid(),
          start.getTime(),
          start.getTzid(),
          end.getTime(),
          end.getTzid(),
          event.getAttendees().stream().map(EventAttendee::getEmail).collect(Collectors.toList()));
    }
  }
}
