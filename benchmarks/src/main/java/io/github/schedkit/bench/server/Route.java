package io.github.schedkit.bench.server;

import com.sun.net.httpserver.Headers;
import java.net.URI;

/** What a {@link LoopbackServer} answers to a request. */
@FunctionalInterface
public interface Route {
  /**
   * Answers one request.
   *
   * @param method the HTTP method
   * @param uri the request target: path and query, as sent
   * @param headers the request headers
   * @return the reply
   */
  Reply answer(String method, URI uri, Headers headers);
}
