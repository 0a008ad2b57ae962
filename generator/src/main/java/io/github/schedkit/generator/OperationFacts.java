package io.github.schedkit.generator;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenSecurity;

/**
 * Computes what the API templates need to know about one operation, as vendor extensions of the
 * {@link CodegenOperation}:
 *
 * <ul>
 *   <li>{@code schedkitResultType}: the Java type of the call's result (the unwrapped model when
 *       the answer is an envelope, {@code Void} when there is no body), {@code @Nullable} when a
 *       success response has no body or the spec marks the body optional
 *       ({@code x-schedkit-optional-body});
 *   <li>{@code schedkitResultDoc}: the Javadoc of that result;
 *   <li>{@code schedkitUnwrap}: the envelope member the runtime unwraps, if any;
 *   <li>{@code schedkitSecurity}: the quoted names of the operation's security schemes (added by
 *       {@link #complete}, once they are known);
 *   <li>{@code schedkitSensitiveBody}: whether bodies must never be logged (credentials in the
 *       body, or {@code x-schedkit-sensitive-body});
 *   <li>{@code schedkitSecretQuery}: the secret query parameters, as an annotation value;
 *   <li>{@code schedkitHasBody}: whether the request has a body;
 *   <li>{@code schedkitParameters}: the Retrofit parameters of the required parameters, and
 *       {@code schedkitQueryParameters}: the same followed by the optional parameters' query object
 *       (both added by {@link #complete}, which also gives each optional parameter its
 *       {@code @Nullable} {@code schedkitType}).
 * </ul>
 *
 * <p>It rejects what the runtime cannot express: form and cookie parameters, inline enums in
 * parameters, envelopes of different shapes on one operation, and the retired
 * {@code x-schedkit-unwrap}.
 */
final class OperationFacts {
  private final OpenAPI openAPI;

  OperationFacts(OpenAPI openAPI) {
    this.openAPI = openAPI;
  }

  /**
   * Adds the computed vendor extensions to an operation.
   *
   * @param op the operation as the generator sees it
   * @param operation the operation as the spec states it
   * @throws SpecNotExpressibleException when the SDK cannot express the operation
   */
  void apply(CodegenOperation op, Operation operation) {
    String id = op.operationId;
    if (op.vendorExtensions.containsKey("x-schedkit-unwrap")) {
      throw SpecNotExpressibleException.operation(id,
          "x-schedkit-unwrap is no longer read: the SDK derives the unwrapped member from the envelope schema, so remove it");
    }
    checkParameters(id, op);
    Map<String, Object> extensions = op.vendorExtensions;
    Unwrap unwrap = unwrap(id, operation);
    boolean mayBeBodiless = Boolean.TRUE.equals(extensions.get("x-schedkit-optional-body")) || hasBodilessSuccess(operation);
    String bodiless = mayBeBodiless ? ", or {@code null} when the response has no body" : "";
    if (unwrap != null) {
      extensions.put("schedkitUnwrap", unwrap.property());
      extensions.put("schedkitResultType", resultType(unwrap.resultType(), bodiless));
      extensions.put("schedkitResultDoc", unwrap.resultDoc() + bodiless);
    } else if (op.returnType != null) {
      extensions.put("schedkitResultType", resultType(op.returnType, bodiless));
      extensions.put("schedkitResultDoc", "the {@link " + op.returnType + "}" + bodiless);
    } else {
      extensions.put("schedkitResultType", Nullness.nullable("Void"));
      extensions.put("schedkitResultDoc", "{@code null} (the response has no body)");
    }
    if (extensions.containsKey("x-schedkit-credentials") || Boolean.TRUE.equals(extensions.get("x-schedkit-sensitive-body"))) {
      extensions.put("schedkitSensitiveBody", true);
    }
    List<String> secrets = new ArrayList<>();
    for (CodegenParameter parameter : op.queryParams) {
      if (Boolean.TRUE.equals(parameter.vendorExtensions.get("x-schedkit-secret"))) {
        secrets.add("\"" + parameter.baseName + "\"");
      }
    }
    if (!secrets.isEmpty()) {
      extensions.put("schedkitSecretQuery", secrets.size() == 1 ? secrets.get(0) : "{ " + String.join(", ", secrets) + " }");
    }
    extensions.put("schedkitHasBody", op.isBodyAllowed() || op.bodyParam != null);
  }

  /**
   * Adds {@code schedkitSecurity}, {@code schedkitParameters} and {@code schedkitQueryParameters}
   * to an operation, and {@code schedkitDoc} (its Javadoc) to each required parameter, once the
   * generator has completed the operation (security schemes and names are set after
   * {@code fromOperation}).
   *
   * @param op the operation
   */
  static void complete(CodegenOperation op) {
    List<CodegenSecurity> schemes = op.authMethods == null ? List.of() : op.authMethods;
    op.vendorExtensions.put("schedkitSecurity",
        schemes.stream().map(s -> "\"" + s.name + "\"").collect(Collectors.joining(", ")));
    List<String> required = new ArrayList<>();
    for (CodegenParameter parameter : op.requiredParams) {
      required.add(retrofitAnnotation(parameter) + " " + parameter.dataType + " " + parameter.paramName);
      parameter.vendorExtensions.put("schedkitDoc", parameterDoc(parameter));
    }
    op.vendorExtensions.put("schedkitParameters", String.join(", ", required));
    for (CodegenParameter parameter : op.optionalParams) {
      parameter.vendorExtensions.put("schedkitType", Nullness.nullable(parameter.dataType));
    }
    required.add("@retrofit2.http.Tag " + op.operationIdCamelCase + "Query query");
    op.vendorExtensions.put("schedkitQueryParameters", String.join(", ", required));
  }

  /** The result type, {@code @Nullable} when a success response may come without a body. */
  private static String resultType(String type, String bodiless) {
    return bodiless.isEmpty() ? type : Nullness.nullable(type);
  }

  /** Tells whether one of the operation's success responses has no body. */
  private boolean hasBodilessSuccess(Operation operation) {
    if (operation.getResponses() == null) {
      return false;
    }
    return operation.getResponses().entrySet().stream().anyMatch(entry -> entry.getKey().startsWith("2")
        && (resolve(entry.getValue()).getContent() == null || resolve(entry.getValue()).getContent().isEmpty()));
  }

  /** The Javadoc of a required parameter: its description, or what the request body is. */
  private static String parameterDoc(CodegenParameter parameter) {
    if (parameter.unescapedDescription != null && !parameter.unescapedDescription.isBlank()) {
      return JavadocText.of(parameter.unescapedDescription);
    }
    return parameter.isBodyParam ? "the request body" : "the {@code " + parameter.baseName + "} parameter";
  }

  private static String retrofitAnnotation(CodegenParameter parameter) {
    if (parameter.isPathParam) {
      return "@retrofit2.http.Path(\"" + parameter.baseName + "\")";
    }
    if (parameter.isQueryParam) {
      return "@retrofit2.http.Query(\"" + parameter.baseName + "\")";
    }
    if (parameter.isHeaderParam) {
      return "@retrofit2.http.Header(\"" + parameter.baseName + "\")";
    }
    return "@retrofit2.http.Body";
  }

  private static void checkParameters(String id, CodegenOperation op) {
    if (!op.formParams.isEmpty()) {
      throw SpecNotExpressibleException.operation(id, "form parameter \"" + op.formParams.get(0).baseName
          + "\": the SDK sends JSON bodies only; describe the body as an application/json component schema");
    }
    if (!op.cookieParams.isEmpty()) {
      throw SpecNotExpressibleException.operation(id, "cookie parameter \"" + op.cookieParams.get(0).baseName
          + "\": the SDK sends path, query and header parameters only");
    }
    for (CodegenParameter parameter : op.allParams) {
      if (parameter.isEnum || parameter.items != null && parameter.items.isEnum) {
        throw SpecNotExpressibleException.operation(id, "parameter \"" + parameter.baseName
            + "\" has an inline enum: the SDK's open enums come from component schemas, so move it to"
            + " components/schemas and $ref it");
      }
    }
  }

  private Unwrap unwrap(String id, Operation operation) {
    Unwrap found = null;
    boolean bareAnswer = false;
    if (operation.getResponses() == null) {
      return null;
    }
    for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
      ApiResponse response = resolve(entry.getValue());
      if (!entry.getKey().startsWith("2") || response.getContent() == null) {
        continue;
      }
      for (MediaType media : response.getContent().values()) {
        Unwrap unwrap = media.getSchema() == null ? null : Unwrap.of(openAPI, id, media.getSchema());
        if (unwrap == null) {
          bareAnswer = true;
        } else if (found != null && !found.equals(unwrap)) {
          throw SpecNotExpressibleException.operation(id, "its success responses unwrap differently (" + found + ", "
              + unwrap + "): one call has one result type, so give them one envelope");
        } else {
          found = unwrap;
        }
      }
    }
    if (found != null && bareAnswer) {
      throw SpecNotExpressibleException.operation(id, "some success responses are an envelope (" + found
          + ") and others are not: one call has one result type, so give them one envelope");
    }
    return found;
  }

  private ApiResponse resolve(ApiResponse response) {
    String ref = response.get$ref();
    if (ref == null || openAPI.getComponents() == null || openAPI.getComponents().getResponses() == null) {
      return response;
    }
    ApiResponse shared = openAPI.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    return shared == null ? response : shared;
  }
}
