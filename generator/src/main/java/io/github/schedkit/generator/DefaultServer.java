package io.github.schedkit.generator;

import io.swagger.v3.oas.models.servers.Server;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the default base URL of an API whose servers are not data centers (see {@link DataCenters}):
 * its spec's first server, as OpenAPI tools take it. The template {@code client/apis.mustache} turns
 * it into the client's {@code DEFAULT_BASE_URL}.
 */
final class DefaultServer {
  private DefaultServer() {}

  /**
   * Returns the first server as the template reads it: {@code url} and {@code description}.
   *
   * @param servers the spec's servers, or {@code null}
   * @return the server, or {@code null} when the spec has none or its first is relative (the
   *     parser gives a spec without servers the server {@code /}): the client then has no default
   * @throws SpecNotExpressibleException when its URL is absolute but not an HTTP(S) URL without variables
   */
  static Map<String, Object> of(List<Server> servers) {
    if (servers == null || servers.isEmpty() || servers.get(0).getUrl() == null
        || servers.get(0).getUrl().startsWith("/")) {
      return null;
    }
    Server first = servers.get(0);
    String url = first.getUrl();
    if (!isAbsoluteHttpUrl(url)) {
      throw SpecNotExpressibleException.server(String.valueOf(url),
          "the first server is the client's default base URL, so it must be an absolute http(s) URL without"
              + " server variables");
    }
    Map<String, Object> server = new LinkedHashMap<>();
    server.put("url", url);
    server.put("description", first.getDescription() == null ? "" : first.getDescription());
    return server;
  }

  private static boolean isAbsoluteHttpUrl(String url) {
    if (url.contains("{")) {
      return false;
    }
    try {
      URI uri = new URI(url);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
