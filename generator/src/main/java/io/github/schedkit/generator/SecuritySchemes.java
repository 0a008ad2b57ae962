package io.github.schedkit.generator;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the security schemes of an API from its spec. Each scheme names, with
 * {@code x-schedkit-setting}, the client builder method that sets its credential (such as
 * {@code accessToken}); the generated client shell and the operations table take the scheme
 * names and those settings from here instead of restating them.
 */
final class SecuritySchemes {
  static final String SETTING = "x-schedkit-setting";

  private SecuritySchemes() {}

  /**
   * Returns the schemes in the spec's order, as the templates read them: {@code name} (the
   * scheme's name in the spec), {@code constant} (the stem of Java constant names for it, such
   * as {@code USER_ACCESS_TOKEN}), {@code setting} (the builder method) and, for an
   * {@code apiKey} scheme in a header, {@code header}.
   *
   * @param openAPI the spec
   * @return the schemes; empty when the spec has none
   * @throws SpecNotExpressibleException when a scheme lacks {@code x-schedkit-setting}
   */
  static List<Map<String, Object>> of(OpenAPI openAPI) {
    List<Map<String, Object>> schemes = new ArrayList<>();
    if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null) {
      return schemes;
    }
    for (Map.Entry<String, SecurityScheme> entry : openAPI.getComponents().getSecuritySchemes().entrySet()) {
      SecurityScheme scheme = entry.getValue();
      Object setting = scheme.getExtensions() == null ? null : scheme.getExtensions().get(SETTING);
      if (!(setting instanceof String) || !((String) setting).matches("[a-z][A-Za-z0-9]*")) {
        throw SpecNotExpressibleException.securityScheme(entry.getKey(), SETTING
            + " must name the client builder method that sets the scheme's credential, such as accessToken");
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("name", entry.getKey());
      fields.put("constant", constant(entry.getKey()));
      fields.put("setting", setting);
      if (scheme.getType() == SecurityScheme.Type.APIKEY && scheme.getIn() == SecurityScheme.In.HEADER) {
        fields.put("header", scheme.getName());
      }
      schemes.add(fields);
    }
    return schemes;
  }

  /** {@code userAccessToken} becomes {@code USER_ACCESS_TOKEN}. */
  private static String constant(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
  }
}
