package io.github.schedkit.shrinktest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A local HTTP server standing in for Jicoo and Cronofy: it answers the app's requests with canned
 * JSON from this package's resources and records each request it gets.
 */
final class CannedApiServer implements AutoCloseable {
  /** Request line (method, path and query) to the resource holding the response body. */
  private static final Map<String, String> RESPONSES =
      Map.of(
          "GET /jicoo/v1/bookings/BK-1", "jicoo-booking.json",
          "GET /cronofy/v1/events?tzid=Europe/Berlin&from=2025-01-20&to=2025-01-27&localized_times=true",
              "cronofy-events-page-1.json",
          "GET /cronofy/v1/events/pages/p2", "cronofy-events-page-2.json",
          "POST /cronofy/v1/calendars/cal_shrink/events", "");

  private final HttpServer server;
  private final List<String> requests = new ArrayList<>();

  private CannedApiServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts the server on a free loopback port.
   *
   * @return the running server
   * @throws IOException if it cannot listen
   */
  static CannedApiServer start() throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    CannedApiServer server = new CannedApiServer(http);
    http.createContext("/", server::answer);
    http.start();
    return server;
  }

  /**
   * Returns the base URL the app is given.
   *
   * @return the URL, without a trailing slash
   */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Returns the requests received since the last call, each as its request line, credential
   * header and body.
   *
   * @return the requests, in order
   */
  synchronized List<String> takeRequests() {
    List<String> taken = List.copyOf(requests);
    requests.clear();
    return taken;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String query = exchange.getRequestURI().getQuery();
      String line = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + (query == null ? "" : "?" + query);
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      record(line + " " + credential(exchange) + (body.isEmpty() ? "" : " " + body));
      String resource = RESPONSES.get(line);
      if (resource == null) {
        send(exchange, 404, "{\"error\":\"no canned response for " + line + "\"}");
      } else if (resource.isEmpty()) {
        send(exchange, 202, "");
      } else {
        send(exchange, 200, TestResources.read(resource).replace("{{baseUrl}}", baseUrl()));
      }
    }
  }

  private synchronized void record(String request) {
    requests.add(request);
  }

  private static String credential(HttpExchange exchange) {
    String apiKey = exchange.getRequestHeaders().getFirst("X-Jicoo-Api-Key");
    return apiKey != null ? "X-Jicoo-Api-Key=" + apiKey : "Authorization=" + exchange.getRequestHeaders().getFirst("Authorization");
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
