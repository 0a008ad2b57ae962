package io.github.schedkit.generator;

import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * The JSpecify nullness of generated code, whose packages are {@code @NullMarked}: a type that may
 * be {@code null} is written with {@code @Nullable} (org.jspecify.annotations) in type-use
 * position, as schedkit-core writes it ({@code @Nullable String},
 * {@code io.github.schedkit.cronofy.@Nullable EventTime}); every other type is not null.
 */
final class Nullness {
  private Nullness() {}

  /**
   * Returns a Java type marked {@code @Nullable}: before its simple name, after the package of a
   * qualified name (Java puts a type-use annotation there), and on the outer type of a generic.
   *
   * @param type a Java type as the generator writes it, such as {@code List<Event>}
   * @return the type with {@code @Nullable}
   */
  static String nullable(String type) {
    int generic = type.indexOf('<');
    String raw = generic < 0 ? type : type.substring(0, generic);
    int simpleName = raw.lastIndexOf('.') + 1;
    return type.substring(0, simpleName) + "@Nullable " + type.substring(simpleName);
  }

  /**
   * Adds {@code schedkitType} to each property of a model: its type as the getter returns it and
   * the builder takes it, {@code @Nullable} when the value may be absent (the spec does not
   * require it, or says it is {@code nullable}).
   *
   * @param model the model
   */
  static void apply(CodegenModel model) {
    for (CodegenProperty property : model.vars) {
      boolean mayBeAbsent = !property.required || property.isNullable;
      property.vendorExtensions.put("schedkitType",
          mayBeAbsent ? nullable(property.datatypeWithEnum) : property.datatypeWithEnum);
    }
  }
}
