package io.github.schedkit.bench.percall;

import com.sun.net.httpserver.Headers;
import io.github.schedkit.bench.fixtures.BookingFixture;
import io.github.schedkit.bench.fixtures.EventsFixture;
import io.github.schedkit.bench.server.Reply;
import io.github.schedkit.bench.server.Route;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The server side of the per-call benchmarks: Jicoo's {@code GET /v1/bookings/{uid}} and Cronofy's
 * {@code GET /v1/events?tzid=Europe/Berlin&localized_times=true}. It answers only the exact request
 * with its credential, so every client is known to send the same HTTP request.
 */
final class PerCallRoute implements Route {
  private static final Set<String> EVENTS_QUERY = Set.of("tzid=" + EventsFixture.TZID, "localized_times=true");

  private final byte[] booking = BookingFixture.JSON.getBytes(StandardCharsets.UTF_8);
  private final byte[] events;

  PerCallRoute(EventsFixture events) {
    this.events = events.json();
  }

  @Override
  public Reply answer(String method, URI uri, Headers headers) {
    if (!method.equals("GET")) {
      return Reply.error(405, "only GET is served");
    }
    if (uri.getRawPath().equals(BookingFixture.PATH) && uri.getRawQuery() == null) {
      return BookingFixture.API_KEY.equals(headers.getFirst(BookingFixture.API_KEY_HEADER))
          ? Reply.ok(booking)
          : Reply.error(401, "missing or wrong API key");
    }
    if (uri.getRawPath().equals("/v1/events") && EVENTS_QUERY.equals(queryParameters(uri))) {
      return ("Bearer " + EventsFixture.ACCESS_TOKEN).equals(headers.getFirst("Authorization"))
          ? Reply.ok(events)
          : Reply.error(401, "missing or wrong access token");
    }
    return Reply.error(404, "no such resource: " + uri);
  }

  private static Set<String> queryParameters(URI uri) {
    return uri.getQuery() == null ? Set.of() : new TreeSet<>(Arrays.asList(uri.getQuery().split("&")));
  }
}
