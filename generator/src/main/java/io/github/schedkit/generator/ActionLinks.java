package io.github.schedkit.generator;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.model.OperationsMap;

/**
 * The operations whose URL the API hands out as an action link: each says so with
 * {@code x-schedkit-action-link: <method name>}, and the template
 * {@code client/actionLinks.mustache} gives it a method that takes the link's URL instead of the
 * path parameters, with the same {@code @Endpoint} as the generated interface's method.
 */
final class ActionLinks {
  static final String EXTENSION = "x-schedkit-action-link";

  private ActionLinks() {}

  /**
   * Returns whether any operation of the spec is an action link.
   *
   * @param openAPI the spec
   * @return whether to generate the action links interface
   */
  static boolean any(OpenAPI openAPI) {
    if (openAPI.getPaths() == null) {
      return false;
    }
    for (PathItem path : openAPI.getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(EXTENSION)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the action links, as the template reads them: {@code schedkitLinkMethod} and
   * {@code operation}.
   *
   * @param apis the generated APIs
   * @return the action links, in the order of the APIs
   * @throws SpecNotExpressibleException when the method name is not a Java name, or the operation
   *     has query or header parameters (the link's URL carries everything but the body)
   */
  static List<Map<String, Object>> of(List<OperationsMap> apis) {
    List<Map<String, Object>> links = new ArrayList<>();
    for (OperationsMap api : apis) {
      for (CodegenOperation op : api.getOperations().getOperation()) {
        Object method = op.vendorExtensions.get(EXTENSION);
        if (method == null) {
          continue;
        }
        if (!(method instanceof String) || !((String) method).matches("[a-z][A-Za-z0-9]*")) {
          throw SpecNotExpressibleException.operation(op.operationId, EXTENSION + " must be the Java name of the method"
              + " that calls the operation at its link's URL, such as listSlots");
        }
        if (!op.queryParams.isEmpty() || !op.headerParams.isEmpty()) {
          throw SpecNotExpressibleException.operation(op.operationId, "an action link's URL carries every parameter but"
              + " the body, so the operation can have no query or header parameter beside " + EXTENSION);
        }
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("schedkitLinkMethod", method);
        link.put("operation", op);
        links.add(link);
      }
    }
    return links;
  }
}
