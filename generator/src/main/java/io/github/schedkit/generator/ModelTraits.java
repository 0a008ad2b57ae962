package io.github.schedkit.generator;

import java.util.ArrayList;
import java.util.List;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * Computes the supertypes of a generated model from the traits the spec gives it, as the vendor
 * extension {@code schedkitSupertypes} of the {@link CodegenModel} (its {@code extends} and
 * {@code implements} clauses), how {@code toString()} shows each property
 * ({@code schedkitToString}: masked when the spec marks it {@code x-schedkit-secret}), and the type
 * the model's JSON adapter asks Gson for ({@code schedkitJsonType}, see {@link JsonTypes}), the
 * number the adapter matches its member name as ({@code schedkitMemberIndex}: its position, the
 * order of the adapter's {@code MemberNames} table), and whether it records a member that arrives
 * as {@code null} ({@code schedkitKeepsNull}, on every property of a model with explicit nulls).
 *
 * <p>Traits are composed: the page trait is the only base class, the others are interfaces whose
 * methods the templates generate, so any combination works.
 *
 * <ul>
 *   <li>a page ({@code x-schedkit-page-items} on its items array) extends {@code Page};
 *   <li>every model keeps the members its schema does not declare: it implements
 *       {@code ExtensibleModel};
 *   <li>a model whose builder sends explicit nulls ({@code x-schedkit-explicit-nulls}) implements
 *       {@code ExplicitNullsModel};
 *   <li>a next-page link ({@code x-schedkit-page-link}) implements {@code PageLink}, and a model
 *       embedding a page ({@code x-schedkit-nested-page}) implements {@code PageHolder}.
 * </ul>
 *
 * <p>A page has one items array, so two on one model, like inline enums (the SDK's open enums come
 * from component schemas), fail generation.
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
    List<String> pageItems = new ArrayList<>();
    String baseClass = null;
    List<String> interfaces = new ArrayList<>();
    interfaces.add(CORE + "json.ExtensibleModel");
    for (CodegenProperty property : model.vars) {
      checkNoInlineEnum(model, property);
      property.vendorExtensions.put("schedkitMemberIndex", model.vars.indexOf(property));
      property.vendorExtensions.put("schedkitToString",
          flag(property, "x-schedkit-secret") ? "(" + property.name + " == null ? null : \"██\")" : property.name);
      property.vendorExtensions.put("schedkitJsonType", JsonTypes.of(property));
      if (flag(property, "x-schedkit-page-items")) {
        if (property.items == null) {
          throw SpecNotExpressibleException.schema(model.name,
              "x-schedkit-page-items is on \"" + property.baseName + "\", which is not an array");
        }
        pageItems.add("\"" + property.baseName + "\"");
        baseClass = CORE + "pagination.Page<" + property.items.datatypeWithEnum + ", " + model.classname + ">";
      }
      if (flag(property, "x-schedkit-page-link")) {
        interfaces.add(CORE + "pagination.PageLink");
      }
      if (flag(property, "x-schedkit-nested-page") && !interfaces.contains(CORE + "pagination.PageHolder")) {
        interfaces.add(CORE + "pagination.PageHolder");
      }
    }
    if (pageItems.size() > 1) {
      throw SpecNotExpressibleException.schema(model.name, "a page has one items array, but x-schedkit-page-items"
          + " is on " + String.join(" and ", pageItems) + "; keep it on one of them");
    }
    if (model.vendorExtensions.containsKey("x-schedkit-explicit-nulls")) {
      checkExplicitNulls(model);
      interfaces.add(CORE + "json.ExplicitNullsModel");
      model.vars.forEach(p -> p.vendorExtensions.put("schedkitKeepsNull", true));
    }
    model.vendorExtensions.put("schedkitSupertypes", (baseClass == null ? "" : " extends " + baseClass)
        + " implements " + String.join(", ", interfaces));
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
