package io.github.schedkit.examples;

import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.NotFoundException;
import io.github.schedkit.core.webhooks.WebhookVerificationException;
import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.jicoo.JicooErrors;
import io.github.schedkit.jicoo.JicooWebhookVerifier;
import io.github.schedkit.jicoo.api.BookingsApi.ListBookingsQuery;
import io.github.schedkit.jicoo.model.Booking;
import io.github.schedkit.jicoo.model.BookingPage;
import io.github.schedkit.jicoo.model.BookingStatusFilter;
import io.github.schedkit.jicoo.model.EventType;
import io.github.schedkit.jicoo.model.WebhookEvent;
import io.github.schedkit.mock.PrismServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Jicoo quick start: lists event types and bookings, pages through bookings, reads one
 * booking asynchronously, handles a typed error and verifies a webhook.
 *
 * <p>With {@code JICOO_API_KEY} set it calls the real API (read-only calls only); otherwise it
 * starts a Prism mock of {@code spec/jicoo.yaml}, which answers with the spec's examples.
 */
public final class JicooQuickstart {
  private JicooQuickstart() {}

  /**
   * Runs the quick start.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    String apiKey = System.getenv("JICOO_API_KEY");
    boolean real = apiKey != null && !apiKey.isBlank();
    PrismServer mock = real ? null : PrismServer.start("jicoo.yaml");
    try {
      JicooClient.Builder builder = JicooClient.builder().fromEnv();
      if (mock != null) {
        System.out.println("JICOO_API_KEY is not set: calling a Prism mock of spec/jicoo.yaml at " + mock.baseUrl());
        builder.apiKey("sk_live_mock").baseUrl(mock.baseUrl());
      }
      run(builder.build());
    } finally {
      if (mock != null) {
        mock.close();
      }
    }
  }

  private static void run(JicooClient jicoo) {
    // Single resources come back unwrapped; lists keep their pagination metadata.
    List<EventType> eventTypes = jicoo.eventTypes().listEventTypes().execute().items();
    System.out.println("Event types: " + eventTypes.stream().map(EventType::getName).collect(Collectors.toList()));

    // Optional query parameters go through a builder; unset ones are not sent.
    ListBookingsQuery openSinceMarch =
        ListBookingsQuery.builder()
            .status(BookingStatusFilter.OPEN)
            .startedAt(OffsetDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC))
            .perPage(20)
            .build();
    BookingPage first = jicoo.bookings().listBookings(openSinceMarch).execute();
    System.out.println("Bookings: " + first.getTotalCount() + " in total, " + first.getNumberOfPages() + " pages");

    // autoPager() fetches page N+1 only when page N is used up, with the same filters.
    first.autoPager().stream()
        .limit(first.items().size())
        .forEach(b -> System.out.println("  " + b.getStartedAt() + "  " + b.getName() + "  [" + b.getStatus() + "]"));

    // executeAsync() returns a CompletableFuture; cancelling it cancels the HTTP call.
    Booking booking = jicoo.bookings().getBooking(first.items().get(0).getUid()).executeAsync().join();
    System.out.println("Booking " + booking.getUid() + " is " + booking.getStatus()
        + (booking.getStatus().isRecognized() ? "" : " (a status this SDK does not know yet)"));

    // Errors are typed: one exception class per status family, all unchecked; JicooErrors.of(e)
    // reads the body's message and field errors.
    try {
      jicoo.bookings().getBooking("no-such-booking").execute();
      System.out.println("The mock answers every uid with its example; the real API answers 404 here");
    } catch (NotFoundException e) {
      System.out.println("Not found, as expected: HTTP " + e.statusCode() + ", " + JicooErrors.of(e).message());
    } catch (ApiException e) {
      System.out.println("API error " + e.statusCode() + ": " + JicooErrors.of(e));
    }

    // Webhooks: verify the signature over the raw body, then use the typed event.
    String secret = "whsec_example";
    byte[] body = ("{\"event\":\"guest_booked\",\"createdAt\":\"2024-03-01T20:00:00.000Z\","
        + "\"object\":{\"uid\":\"ACDADADASS\",\"status\":\"open\"}}").getBytes(StandardCharsets.UTF_8);
    String header = JicooWebhookVerifier.sign(body, Instant.now().getEpochSecond(), secret);
    JicooWebhookVerifier verifier = JicooWebhookVerifier.builder().secret(secret).build();
    WebhookEvent event = verifier.verifyAndParse(body, header);
    System.out.println("Webhook " + event.getEvent() + " for booking " + event.getObject().getUid());
    try {
      verifier.verify(body, header.replace("t=", "t=1"));
    } catch (WebhookVerificationException e) {
      System.out.println("Tampered webhook rejected: " + e.getClass().getSimpleName());
    }
  }
}
