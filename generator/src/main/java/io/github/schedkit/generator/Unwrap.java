package io.github.schedkit.generator;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an operation returns when its answer is an envelope: the member the SDK unwraps and the
 * model (or list of models) it holds. Read from the envelope schema itself: an {@code x-internal}
 * component that is {@code anyOf} (or {@code oneOf}) of exactly two forms, the wrapped object
 * first and the bare answer second, where the wrapped object has exactly one required member of
 * the bare form's type.
 */
final class Unwrap {
  private static final String SCHEMA_PREFIX = "#/components/schemas/";

  private final String property;
  private final Shape shape;

  private Unwrap(String property, Shape shape) {
    this.property = property;
    this.shape = shape;
  }

  /**
   * Reads the envelope named by a response schema, if it is one.
   *
   * @param openAPI the spec
   * @param operationId the operation, for error messages
   * @param response the 2xx response's schema
   * @return the unwrap, or {@code null} when the schema is not an envelope
   * @throws SpecNotExpressibleException when the schema is a malformed envelope
   */
  static Unwrap of(OpenAPI openAPI, String operationId, Schema<?> response) {
    String envelopeName = refName(response);
    Schema<?> envelope = envelopeName == null ? null : componentSchema(openAPI, envelopeName);
    List<Schema> forms = envelope == null ? null : envelope.getAnyOf() != null ? envelope.getAnyOf() : envelope.getOneOf();
    if (forms == null) {
      return null;
    }
    String where = "its envelope \"" + envelopeName + "\" ";
    if (forms.size() != 2) {
      throw SpecNotExpressibleException.operation(operationId, where
          + "must be anyOf exactly two forms, the wrapped object then the bare answer; it has " + forms.size());
    }
    if (!Boolean.TRUE.equals(extension(envelope, "x-internal"))) {
      throw SpecNotExpressibleException.operation(operationId, where + "must be x-internal: true (the SDK has no class for it)");
    }
    String wrappedName = refName(forms.get(0));
    Schema<?> wrapped = wrappedName == null ? null : componentSchema(openAPI, wrappedName);
    if (wrapped == null || wrapped.getProperties() == null) {
      throw SpecNotExpressibleException.operation(operationId, where
          + "must list first a $ref to the wrapped form, a component object schema");
    }
    if (!Boolean.TRUE.equals(extension(wrapped, "x-internal"))) {
      throw SpecNotExpressibleException.operation(operationId,
          "its wrapped form \"" + wrappedName + "\" must be x-internal: true (the SDK has no class for it)");
    }
    Shape bare = Shape.of(forms.get(1));
    if (bare == null) {
      throw SpecNotExpressibleException.operation(operationId, where
          + "must list second the bare answer: a $ref to a component schema, or an array of one");
    }
    String member = null;
    for (Map.Entry<String, Schema> property : wrapped.getProperties().entrySet()) {
      if (bare.equals(Shape.of(property.getValue()))) {
        if (member != null) {
          throw SpecNotExpressibleException.operation(operationId, "its wrapped form \"" + wrappedName
              + "\" holds the bare form (" + bare + ") in two members, \"" + member + "\" and \"" + property.getKey() + "\"");
        }
        member = property.getKey();
      }
    }
    if (member == null || wrapped.getRequired() == null || !wrapped.getRequired().contains(member)) {
      throw SpecNotExpressibleException.operation(operationId, "its wrapped form \"" + wrappedName
          + "\" must have one required member holding the bare form (" + bare + ")");
    }
    return new Unwrap(member, bare);
  }

  /**
   * Returns the envelope member the SDK unwraps.
   *
   * @return the member name
   */
  String property() {
    return property;
  }

  /**
   * Returns the Java type of the unwrapped answer.
   *
   * @return a model name, or {@code List<Model>}
   */
  String resultType() {
    return shape.list ? "List<" + shape.model + ">" : shape.model;
  }

  /**
   * Returns the Javadoc of the unwrapped answer, completing "its result is".
   *
   * @return the Javadoc text
   */
  String resultDoc() {
    return (shape.list ? "the list of " : "the ") + "{@link " + shape.model + "} (the response's {@code " + property
        + "} member when it comes wrapped, whose other members {@link io.github.schedkit.core.ApiResponse#envelope()}"
        + " keeps; or the whole response when it comes bare)";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Unwrap && ((Unwrap) o).property.equals(property) && ((Unwrap) o).shape.equals(shape);
  }

  @Override
  public int hashCode() {
    return Objects.hash(property, shape);
  }

  @Override
  public String toString() {
    return property + " as " + shape;
  }

  private static Schema<?> componentSchema(OpenAPI openAPI, String name) {
    return openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
        ? null
        : openAPI.getComponents().getSchemas().get(name);
  }

  private static Object extension(Schema<?> schema, String name) {
    return schema.getExtensions() == null ? null : schema.getExtensions().get(name);
  }

  /** The component a schema names: a {@code $ref}, or the single {@code $ref} of an {@code allOf}. */
  private static String refName(Schema<?> schema) {
    if (schema == null) {
      return null;
    }
    if (schema.get$ref() != null) {
      return schema.get$ref().startsWith(SCHEMA_PREFIX) ? schema.get$ref().substring(SCHEMA_PREFIX.length()) : null;
    }
    return schema.getAllOf() != null && schema.getAllOf().size() == 1 ? refName(schema.getAllOf().get(0)) : null;
  }

  /** A component model, or an array of one. */
  private static final class Shape {
    final String model;
    final boolean list;

    private Shape(String model, boolean list) {
      this.model = model;
      this.list = list;
    }

    static Shape of(Schema<?> schema) {
      boolean list = schema != null && schema.getItems() != null && "array".equals(schema.getType());
      String model = refName(list ? schema.getItems() : schema);
      return model == null ? null : new Shape(model, list);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Shape && ((Shape) o).model.equals(model) && ((Shape) o).list == list;
    }

    @Override
    public int hashCode() {
      return Objects.hash(model, list);
    }

    @Override
    public String toString() {
      return list ? "an array of " + model : model;
    }
  }
}
