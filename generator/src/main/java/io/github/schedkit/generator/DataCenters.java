package io.github.schedkit.generator;

import io.swagger.v3.oas.models.servers.Server;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the data centers of an API from its spec's {@code servers}: each server that is a data
 * center says so with {@code x-schedkit-data-center: {constant, id, app}} (the Java constant, the
 * identifier users configure, and the base URL of the browser-facing app). The template
 * {@code client/dataCenter.mustache} turns them into the API's {@code DataCenter} enum.
 */
final class DataCenters {
  static final String EXTENSION = "x-schedkit-data-center";

  private DataCenters() {}

  /**
   * Returns the data centers, in the spec's order, as the template reads them: {@code constant},
   * {@code id}, {@code apiUrl}, {@code appUrl}, {@code apiHost}, {@code appHost} and
   * {@code description}.
   *
   * @param servers the spec's servers, or {@code null}
   * @return the data centers, empty when no server is marked
   * @throws SpecNotExpressibleException when only some servers are marked, or a mark lacks a key
   */
  static List<Map<String, Object>> of(List<Server> servers) {
    List<Map<String, Object>> dataCenters = new ArrayList<>();
    if (servers == null) {
      return dataCenters;
    }
    for (Server server : servers) {
      Object mark = server.getExtensions() == null ? null : server.getExtensions().get(EXTENSION);
      if (mark == null) {
        continue;
      }
      if (!(mark instanceof Map)) {
        throw SpecNotExpressibleException.server(server.getUrl(), EXTENSION + " must be an object {constant, id, app}");
      }
      Map<?, ?> fields = (Map<?, ?>) mark;
      Map<String, Object> dataCenter = new LinkedHashMap<>();
      for (String key : new String[] {"constant", "id", "app"}) {
        if (!(fields.get(key) instanceof String) || ((String) fields.get(key)).isBlank()) {
          throw SpecNotExpressibleException.server(server.getUrl(), EXTENSION + " needs the key \"" + key + "\"");
        }
      }
      dataCenter.put("constant", fields.get("constant"));
      dataCenter.put("id", fields.get("id"));
      dataCenter.put("apiUrl", server.getUrl());
      dataCenter.put("appUrl", fields.get("app"));
      dataCenter.put("apiHost", URI.create(server.getUrl()).getHost());
      dataCenter.put("appHost", URI.create((String) fields.get("app")).getHost());
      dataCenter.put("description", server.getDescription() == null ? "" : server.getDescription());
      dataCenters.add(dataCenter);
    }
    if (!dataCenters.isEmpty() && dataCenters.size() != servers.size()) {
      throw SpecNotExpressibleException.server(servers.get(0).getUrl(),
          "mark every server with " + EXTENSION + ", or none: an API's data centers are all its servers");
    }
    return dataCenters;
  }
}
