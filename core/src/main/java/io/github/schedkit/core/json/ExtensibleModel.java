package io.github.schedkit.core.json;

import com.google.gson.JsonElement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of the generated models whose schema allows members it does not declare ({@code
 * additionalProperties: true}). Such members are kept when decoding, readable through {@link
 * #additionalProperties()}, and written back when encoding, so nothing the server sends is lost
 * and fields the spec does not know yet can still be sent.
 */
public abstract class ExtensibleModel {
  private transient Map<String, JsonElement> additionalProperties = Collections.emptyMap();

  /** Creates a model without additional members; for generated subclasses. */
  protected ExtensibleModel() {}

  /**
   * Returns the members the spec does not declare, as JSON, in the order received.
   *
   * @return the members, never {@code null}
   */
  public final Map<String, JsonElement> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Sets the additional members; used by generated builders and by the JSON adapter.
   *
   * @param members the members, copied
   */
  protected final void initAdditionalProperties(Map<String, JsonElement> members) {
    this.additionalProperties =
        members.isEmpty()
            ? Collections.<String, JsonElement>emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  static void capture(ExtensibleModel model, Map<String, JsonElement> members) {
    model.initAdditionalProperties(members);
  }
}
