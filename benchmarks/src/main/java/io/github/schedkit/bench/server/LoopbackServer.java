package io.github.schedkit.bench.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * An HTTP/1.1 server on the loopback interface (127.0.0.1, a free port) that answers every request
 * with what its {@link Route} says. Connections are kept alive between requests, as a real API
 * server's are, so the benchmarks measure calls, not connection set-up.
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;
  private final String baseUrl;

  private LoopbackServer(HttpServer server) {
    this.server = server;
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /**
   * Starts a server.
   *
   * @param route answers each request
   * @return the running server
   * @throws IOException if no loopback port can be bound
   */
  public static LoopbackServer start(Route route) throws IOException {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK, and every keep-alive response waits about 40 ms.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/", exchange -> answer(exchange, route));
    server.start();
    return new LoopbackServer(server);
  }

  /**
   * Returns the base URL, such as {@code http://127.0.0.1:41234/}.
   *
   * @return the base URL, ending with a slash
   */
  public String baseUrl() {
    return baseUrl;
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }

  private static void answer(HttpExchange exchange, Route route) throws IOException {
    try (exchange) {
      // The benchmarks only send GETs; closing the request body skips whatever a client sent.
      exchange.getRequestBody().close();
      Reply reply = route.answer(exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getRequestHeaders());
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      byte[] body = reply.body();
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
