package io.github.schedkit.generator;

import java.util.List;
import java.util.Map;
import org.openapitools.codegen.CodegenModel;

/**
 * Checks a generated open enum: its {@code Value} enum ends with the catch-all
 * {@value #CATCH_ALL}, which stands for any value the spec does not list, so no listed value may
 * take that constant name (a documented {@code "unknown"} becomes {@code UNKNOWN}, apart from it).
 */
final class OpenEnums {
  /** The {@code Value} constant of a value the spec does not list (the name protobuf-java uses). */
  static final String CATCH_ALL = "UNRECOGNIZED";

  private OpenEnums() {}

  /**
   * Checks that no value of an enum schema maps to the catch-all's constant name.
   *
   * @param model the enum schema
   * @throws SpecNotExpressibleException when a listed value would be named {@value #CATCH_ALL}
   */
  static void check(CodegenModel model) {
    Object enumVars = model.allowableValues == null ? null : model.allowableValues.get("enumVars");
    if (!(enumVars instanceof List)) {
      return;
    }
    for (Object entry : (List<?>) enumVars) {
      Map<?, ?> constant = (Map<?, ?>) entry;
      if (CATCH_ALL.equals(constant.get("name"))) {
        throw SpecNotExpressibleException.schema(model.name, "its value " + constant.get("value")
            + " would be the constant " + CATCH_ALL + ", the name of the catch-all for values the spec does not"
            + " list; this SDK cannot tell them apart, so rename the value or give it another constant name"
            + " (x-enum-varnames)");
      }
    }
  }
}
