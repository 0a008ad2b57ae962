package io.github.schedkit.generator;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenSecurity;
import org.openapitools.codegen.model.OperationsMap;

/**
 * Computes the rows of the operations table in {@code docs/} (template
 * {@code docs/operations.mustache}): one row per operation of the spec, in the spec's order,
 * with the schedkit call that sends it and the builder setting of its credential.
 *
 * <p>The call is {@code <client>.<tag accessor>().<operationId>(<required parameters>)}, with the
 * operation's query object when it has optional parameters; an operation that the client exposes
 * through hand-written code says how it is called with {@code x-schedkit-call} (Markdown). An
 * operation lists its numbers in an external catalogue with {@code x-schedkit-catalogue}.
 */
final class OperationTable {
  static final String CALL = "x-schedkit-call";
  static final String CATALOGUE = "x-schedkit-catalogue";

  private OperationTable() {}

  /**
   * Returns the table's rows, as the template reads them: {@code catalogue}, {@code operation},
   * {@code http}, {@code call} and {@code credential}, all Markdown.
   *
   * @param openAPI the spec, for the order of its operations
   * @param apis the generated APIs, one per tag
   * @param client the name of the client variable in the calls, such as {@code cronofy}
   * @param schemes the security schemes (see {@link SecuritySchemes})
   * @return the rows
   */
  static List<Map<String, Object>> rows(
      OpenAPI openAPI, List<OperationsMap> apis, String client, List<Map<String, Object>> schemes) {
    Map<String, CodegenOperation> byId = new HashMap<>();
    Map<String, String> accessors = new HashMap<>();
    for (OperationsMap api : apis) {
      for (CodegenOperation op : api.getOperations().getOperation()) {
        byId.put(op.operationId, op);
        accessors.put(op.operationId, ClientShell.accessor(api.getOperations().getClassname()));
      }
    }
    Map<String, String> settings = new HashMap<>();
    schemes.forEach(s -> settings.put((String) s.get("name"), "`." + s.get("setting") + "(..)`"));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        CodegenOperation op = byId.get(operation.getOperationId());
        if (op == null) {
          continue;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("catalogue", catalogue(op));
        row.put("operation", cell(operation.getSummary()) + " (`" + op.operationId + "`)");
        row.put("http", "`" + entry.getKey() + " " + path.getKey() + "`");
        row.put("call", call(op, client + "." + accessors.get(op.operationId) + "()"));
        row.put("credential", credential(op, settings));
        rows.add(row);
      }
    }
    return rows;
  }

  private static String catalogue(CodegenOperation op) {
    Object numbers = op.vendorExtensions.get(CATALOGUE);
    if (numbers == null) {
      return "";
    }
    if (!(numbers instanceof List)) {
      throw SpecNotExpressibleException.operation(op.operationId, CATALOGUE + " must be a list of numbers, such as [3, 4]");
    }
    return ((List<?>) numbers).stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String call(CodegenOperation op, String api) {
    Object handWritten = op.vendorExtensions.get(CALL);
    if (handWritten != null) {
      return cell(String.valueOf(handWritten));
    }
    List<String> arguments = new ArrayList<>();
    for (CodegenParameter parameter : op.requiredParams) {
      arguments.add(parameter.isBodyParam ? parameter.dataType : parameter.paramName);
    }
    if (op.hasOptionalParams) {
      arguments.add(op.operationIdCamelCase + "Query");
    }
    return "`" + api + "." + op.operationId + "(" + String.join(", ", arguments) + ")`";
  }

  private static String credential(CodegenOperation op, Map<String, String> settings) {
    if (op.vendorExtensions.containsKey("x-schedkit-credentials")) {
      return "client id and secret in the body";
    }
    List<CodegenSecurity> schemes = op.authMethods == null ? List.of() : op.authMethods;
    if (schemes.isEmpty()) {
      return "none";
    }
    return schemes.stream().map(s -> settings.getOrDefault(s.name, "`" + s.name + "`")).collect(Collectors.joining(", else "));
  }

  /** Text fit for one table cell: one line, no column separators. */
  private static String cell(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim().replace("|", "\\|");
  }
}
