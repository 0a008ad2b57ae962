package io.github.schedkit.core.http;

import io.github.schedkit.core.json.Json;
import io.github.schedkit.core.json.OpenEnum;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Base of the generated query-parameter objects (such as {@code ListBookingsQuery}): the optional
 * query parameters of one operation, set through a builder instead of a row of {@code null}
 * arguments. Unset parameters are not sent.
 *
 * <p>It is an unmodifiable {@code Map} of parameter name to wire text only so that Retrofit can
 * send it with {@code @QueryMap}.
 */
public abstract class QueryParameters extends AbstractMap<String, String> {
  private final Map<String, String> values;

  /**
   * Creates the parameters from a builder.
   *
   * @param builder the builder holding the values
   */
  protected QueryParameters(Builder<?> builder) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(builder.values));
  }

  @Override
  public final Set<Entry<String, String>> entrySet() {
    return values.entrySet();
  }

  /**
   * Base of the generated builders.
   *
   * @param <B> the concrete builder
   */
  public abstract static class Builder<B extends Builder<B>> {
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Creates an empty builder. */
    protected Builder() {}

    /**
     * Copies the values of existing parameters.
     *
     * @param from the parameters to copy
     */
    protected Builder(QueryParameters from) {
      values.putAll(from.values);
    }

    /**
     * Sets or, with {@code null}, removes a parameter. Timestamps are sent in UTC with
     * milliseconds, open enums as their wire text, other values with {@code toString()}.
     *
     * @param name the wire name
     * @param value the value, or {@code null} to leave the parameter out
     * @return this builder
     */
    protected final B put(String name, Object value) {
      if (value == null) {
        values.remove(name);
      } else if (value instanceof OffsetDateTime) {
        values.put(name, Json.formatTimestamp((OffsetDateTime) value));
      } else if (value instanceof OpenEnum) {
        values.put(name, ((OpenEnum<?>) value).asString());
      } else {
        values.put(name, value.toString());
      }
      @SuppressWarnings("unchecked")
      B self = (B) this;
      return self;
    }
  }
}
