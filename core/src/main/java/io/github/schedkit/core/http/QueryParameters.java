package io.github.schedkit.core.http;

import io.github.schedkit.core.json.Json;
import io.github.schedkit.core.json.OpenEnum;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Base of the generated query-parameter objects (such as {@code ListBookingsQuery}): the optional
 * query parameters of one operation, set through a builder instead of a row of {@code null}
 * arguments. Unset parameters are not sent; a list parameter is sent once per value ({@code
 * calendar_ids[]=a&calendar_ids[]=b}).
 *
 * <p>Generated methods take it as a Retrofit {@code @Tag}; the runtime adds it to the URL.
 */
public abstract class QueryParameters {
  private final Map<String, List<String>> values;

  /**
   * Creates the parameters from a builder.
   *
   * @param builder the builder holding the values
   */
  protected QueryParameters(Builder<?> builder) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : builder.values.entrySet()) {
      copy.put(entry.getKey(), Collections.unmodifiableList(new ArrayList<>(entry.getValue())));
    }
    this.values = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the names of the parameters that are set.
   *
   * @return the wire names, in the order they were set
   */
  public final Set<String> names() {
    return values.keySet();
  }

  /**
   * Returns the first value of a parameter as sent.
   *
   * @param name the wire name
   * @return the text, or {@code null} if the parameter is not set
   */
  public final @Nullable String get(String name) {
    List<String> all = values.get(name);
    return all == null ? null : all.get(0);
  }

  /**
   * Returns every value of a parameter as sent.
   *
   * @param name the wire name
   * @return the texts, empty if the parameter is not set
   */
  public final List<String> getAll(String name) {
    List<String> all = values.get(name);
    return all == null ? Collections.<String>emptyList() : all;
  }

  /**
   * Adds these parameters to a URL, keeping the parameters it already has.
   *
   * @param url the URL being built
   */
  public final void applyTo(HttpUrl.Builder url) {
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      for (String value : entry.getValue()) {
        url.addQueryParameter(entry.getKey(), value);
      }
    }
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    return this == o
        || (o != null && o.getClass() == getClass() && values.equals(((QueryParameters) o).values));
  }

  @Override
  public final int hashCode() {
    return values.hashCode();
  }

  /** Returns the class name and the parameters as sent. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + values;
  }

  /**
   * Base of the generated builders.
   *
   * @param <B> the concrete builder
   */
  public abstract static class Builder<B extends Builder<B>> {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** Creates an empty builder. */
    protected Builder() {}

    /**
     * Copies the values of existing parameters.
     *
     * @param from the parameters to copy
     */
    protected Builder(QueryParameters from) {
      for (Map.Entry<String, List<String>> entry : from.values.entrySet()) {
        values.put(entry.getKey(), new ArrayList<>(entry.getValue()));
      }
    }

    /**
     * Sets or, with {@code null}, removes a parameter. Timestamps are sent in UTC with
     * milliseconds, open enums as their wire text, other values with {@code toString()}.
     *
     * @param name the wire name
     * @param value the value, or {@code null} to leave the parameter out
     * @return this builder
     */
    protected final B put(String name, @Nullable Object value) {
      values.remove(name);
      if (value != null) {
        values.put(name, Collections.singletonList(text(value)));
      }
      return self();
    }

    /**
     * Sets or, with {@code null} or an empty list, removes a parameter sent once per value.
     *
     * @param name the wire name, such as {@code calendar_ids[]}
     * @param values the values; none may be {@code null}
     * @return this builder
     * @throws NullPointerException if a value is {@code null}
     */
    protected final B putEach(String name, @Nullable List<?> values) {
      this.values.remove(name);
      if (values != null && !values.isEmpty()) {
        List<String> texts = new ArrayList<>(values.size());
        for (Object value : values) {
          texts.add(text(Objects.requireNonNull(value, name + " must not contain null")));
        }
        this.values.put(name, texts);
      }
      return self();
    }

    private static String text(Object value) {
      if (value instanceof OffsetDateTime) {
        return Json.formatTimestamp((OffsetDateTime) value);
      }
      if (value instanceof OpenEnum) {
        return ((OpenEnum<?>) value).asString();
      }
      return value.toString();
    }

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }
  }
}
