package io.github.schedkit.generator;

import java.util.List;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenModel;

/**
 * Names the members a model's builder requires, for the summary of its Javadoc, as the vendor
 * extension {@code schedkitRequired} of the {@link CodegenModel}: "required: calendarId, start,
 * end" (each name in code font), or "no value is required". A member is required when the spec
 * requires it and does not allow {@code null}, the same test as {@code build()}'s.
 */
final class RequiredMembers {
  private RequiredMembers() {}

  /**
   * Adds {@code schedkitRequired} to a model.
   *
   * @param model the model
   */
  static void apply(CodegenModel model) {
    List<String> names = model.vars.stream()
        .filter(p -> p.required && !p.isNullable)
        .map(p -> "{@code " + p.name + "}")
        .collect(Collectors.toList());
    model.vendorExtensions.put("schedkitRequired",
        names.isEmpty() ? "no value is required" : "required: " + String.join(", ", names));
  }
}
