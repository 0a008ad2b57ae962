package io.github.schedkit.generator;

import org.openapitools.codegen.CodegenProperty;

/**
 * The Java expression of a property's type that a generated model adapter passes to Gson, such as
 * {@code String.class}, {@code listOf(Attendee.class)} or {@code mapOf(listOf(String.class))}, with
 * the helpers of {@code io.github.schedkit.core.json.ModelTypeAdapter}: a {@code Class} literal
 * needs no generic signature at run time, so shrinking keeps nothing extra for it.
 */
final class JsonTypes {
  private JsonTypes() {}

  /**
   * Returns the type expression of a property (or of an array's items, a map's values).
   *
   * @param property the property
   * @return the expression
   */
  static String of(CodegenProperty property) {
    if (property.isMap && property.items != null) {
      return "mapOf(" + of(property.items) + ")";
    }
    if (property.isArray && property.items != null) {
      return (property.getUniqueItems() ? "setOf(" : "listOf(") + of(property.items) + ")";
    }
    String type = property.datatypeWithEnum;
    int generic = type.indexOf('<');
    return (generic < 0 ? type : type.substring(0, generic)) + ".class";
  }
}
