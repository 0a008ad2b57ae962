package io.github.schedkit.speccompat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Compares a spec with its last released copy and lists the breaking changes, one per operation.
 * A change is breaking if openapi-diff finds it incompatible for clients (a removed operation, a
 * request field or parameter made required, a removed response, ...), or if it breaks the
 * generated SDK (see {@link SchemaFindings}). One openapi-diff rule is off: a response enum that
 * gains values, because the SDK's enums are open and decode values they do not list.
 */
final class SpecDiff {
  private static final OpenApiDiffOptions OPTIONS =
      OpenApiDiffOptions.builder()
          .configProperty(BackwardIncompatibleProp.RESPONSE_ENUM_INCREASED.getPropertyName(), "false")
          .build();

  private SpecDiff() {}

  /**
   * Lists the breaking changes from the released copy of a spec to the current one.
   *
   * @param spec the spec's file name, used in the results
   * @param released the released copy
   * @param current the current spec
   * @return the breaking changes, one per operation; empty if there are none
   */
  static List<BreakingChange> breakingChanges(String spec, Path released, Path current) {
    ChangedOpenApi diff = OpenApiCompare.fromFiles(released.toFile(), current.toFile(), null, OPTIONS);
    List<BreakingChange> changes = new ArrayList<>();
    for (Endpoint removed : diff.getMissingEndpoints()) {
      changes.add(new BreakingChange(spec, removed.getMethod() + " " + removed.getPathUrl(), List.of("operation removed")));
    }
    for (ChangedOperation operation : diff.getChangedOperations()) {
      List<String> reasons = reasons(operation);
      if (!reasons.isEmpty()) {
        changes.add(new BreakingChange(spec, operation.getHttpMethod() + " " + operation.getPathUrl(), reasons));
      }
    }
    return changes;
  }

  private static List<String> reasons(ChangedOperation operation) {
    List<String> reasons = new ArrayList<>();
    if (operation.isIncompatible()) {
      reasons.add("incompatible for clients (openapi-diff): " + incompatibleParts(operation));
    }
    SchemaFindings findings = new SchemaFindings();
    if (operation.getParameters() != null) {
      for (ChangedParameter parameter : operation.getParameters().getChanged()) {
        findings.schema(parameter.getSchema(), "parameter " + parameter.getName());
      }
    }
    if (operation.getRequestBody() != null) {
      findings.content(operation.getRequestBody().getContent(), "request body");
    }
    if (operation.getApiResponses() != null) {
      operation.getApiResponses().getChanged().forEach((status, response) -> findings.content(response.getContent(), "response " + status));
    }
    reasons.addAll(findings.findings());
    return reasons;
  }

  private static String incompatibleParts(ChangedOperation operation) {
    List<String> parts = new ArrayList<>();
    addIf(parts, "operationId", operation.getOperationId());
    addIf(parts, "parameters", operation.getParameters());
    addIf(parts, "request body", operation.getRequestBody());
    addIf(parts, "responses", operation.getApiResponses());
    addIf(parts, "security", operation.getSecurityRequirements());
    return parts.isEmpty() ? "the operation" : String.join(", ", parts);
  }

  private static void addIf(List<String> parts, String name, Changed changed) {
    if (changed != null && changed.isIncompatible()) {
      parts.add(name);
    }
  }
}
