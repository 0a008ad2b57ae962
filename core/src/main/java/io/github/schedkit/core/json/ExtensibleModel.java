package io.github.schedkit.core.json;

import com.google.gson.JsonElement;
import java.util.Map;

/**
 * A model that keeps the members its schema does not declare. Every generated model is one: such
 * members are kept when decoding, readable through {@link #additionalProperties()}, and written
 * back when encoding, so nothing the server sends is lost. The builders of models whose schema
 * allows undeclared members ({@code additionalProperties: true}) can also add them, to send fields
 * the spec does not know yet.
 */
public interface ExtensibleModel {
  /**
   * Returns the members the spec does not declare, as JSON, in the order received.
   *
   * @return the members, unmodifiable, never {@code null}
   */
  Map<String, JsonElement> additionalProperties();
}
