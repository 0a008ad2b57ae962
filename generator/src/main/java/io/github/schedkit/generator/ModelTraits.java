package io.github.schedkit.generator;

import java.util.ArrayList;
import java.util.List;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * Computes the supertypes of a generated model from the traits the spec gives it, as the vendor
 * extension {@code schedkitSupertypes} of the {@link CodegenModel} (its {@code extends} and
 * {@code implements} clauses), and how {@code toString()} shows each property
 * ({@code schedkitToString}: masked when the spec marks it {@code x-schedkit-secret}).
 *
 * <ul>
 *   <li>a page ({@code x-schedkit-page-items} on its items array) extends {@code Page};
 *   <li>a model that keeps unknown members ({@code additionalProperties: true}) extends
 *       {@code ExtensibleModel};
 *   <li>a model whose builder sends explicit nulls ({@code x-schedkit-explicit-nulls}) extends
 *       {@code ExplicitNullsModel};
 *   <li>a next-page link ({@code x-schedkit-page-link}) implements {@code PageLink}, and a model
 *       embedding a page ({@code x-schedkit-nested-page}) implements {@code PageHolder}.
 * </ul>
 *
 * <p>A Java class has one base class, so two of the first three traits on one model, like inline
 * enums (the SDK's open enums come from component schemas), fail generation.
 */
final class ModelTraits {
  private static final String CORE = "io.github.schedkit.core.";

  private ModelTraits() {}

  /**
   * Adds the computed vendor extensions to a model.
   *
   * @param model the model
   * @throws SpecNotExpressibleException when the SDK cannot express the model
   */
  static void apply(CodegenModel model) {
    List<String> baseClasses = new ArrayList<>();
    List<String> traits = new ArrayList<>();
    List<String> interfaces = new ArrayList<>();
    for (CodegenProperty property : model.vars) {
      checkNoInlineEnum(model, property);
      property.vendorExtensions.put("schedkitToString",
          flag(property, "x-schedkit-secret") ? "(" + property.name + " == null ? null : \"██\")" : property.name);
      if (flag(property, "x-schedkit-page-items")) {
        if (property.items == null) {
          throw SpecNotExpressibleException.schema(model.name,
              "x-schedkit-page-items is on \"" + property.baseName + "\", which is not an array");
        }
        baseClasses.add(CORE + "pagination.Page<" + property.items.datatypeWithEnum + ", " + model.classname + ">");
        traits.add("is a page (x-schedkit-page-items on \"" + property.baseName + "\")");
      }
      if (flag(property, "x-schedkit-page-link")) {
        interfaces.add(CORE + "pagination.PageLink");
      }
      if (flag(property, "x-schedkit-nested-page") && !interfaces.contains(CORE + "pagination.PageHolder")) {
        interfaces.add(CORE + "pagination.PageHolder");
      }
    }
    if (model.isAdditionalPropertiesTrue) {
      baseClasses.add(CORE + "json.ExtensibleModel");
      traits.add("keeps unknown members (additionalProperties: true)");
    }
    if (model.vendorExtensions.containsKey("x-schedkit-explicit-nulls")) {
      checkExplicitNulls(model);
      baseClasses.add(CORE + "json.ExplicitNullsModel");
      traits.add("sends explicit nulls (x-schedkit-explicit-nulls)");
    }
    if (baseClasses.size() > 1) {
      throw SpecNotExpressibleException.schema(model.name, "a model has one base class, but this one "
          + String.join(" and ", traits) + "; drop all but one of these traits");
    }
    model.vendorExtensions.put("schedkitSupertypes", (baseClasses.isEmpty() ? "" : " extends " + baseClasses.get(0))
        + (interfaces.isEmpty() ? "" : " implements " + String.join(", ", interfaces)));
  }

  private static void checkNoInlineEnum(CodegenModel model, CodegenProperty property) {
    for (CodegenProperty p = property; p != null; p = p.items) {
      if (p.isEnum) {
        throw SpecNotExpressibleException.schema(model.name, "property \"" + property.baseName
            + "\" has an inline enum: the SDK's open enums come from component schemas, so move it to"
            + " components/schemas and $ref it");
      }
    }
  }

  private static void checkExplicitNulls(CodegenModel model) {
    if (!Boolean.TRUE.equals(model.vendorExtensions.get("x-schedkit-explicit-nulls"))) {
      throw SpecNotExpressibleException.schema(model.name, "x-schedkit-explicit-nulls must be true");
    }
    if (model.vars.stream().noneMatch(p -> p.isNullable)) {
      throw SpecNotExpressibleException.schema(model.name,
          "x-schedkit-explicit-nulls needs at least one nullable property (it adds clear...() methods for them)");
    }
  }

  private static boolean flag(CodegenProperty property, String extension) {
    return Boolean.TRUE.equals(property.vendorExtensions.get(extension));
  }
}
