package io.github.schedkit.core.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Base of the generated "open" enums. An API may add values at any time, and the docs of both
 * APIs disagree with their own enums in places, so a value this SDK does not know never fails
 * decoding and never becomes {@code null}: it is kept as text ({@link #asString()}), its
 * {@link #value()} is the generated {@code Value.UNRECOGNIZED} constant and {@link #isRecognized()}
 * is {@code false}. No listed value has that name (the generator rejects a spec whose value would
 * take it), so a documented {@code "unknown"} stays apart from it. A value that came as a JSON
 * number or boolean (the Jicoo docs send {@code "userType": 1}) remembers it and is written back
 * the same way ({@link #isJsonLiteral()}).
 *
 * @param <V> the generated enum of known values
 */
public abstract class OpenEnum<V extends Enum<V>> {
  private final String raw;
  private final V value;
  private final boolean jsonLiteral;

  /**
   * Creates a value sent as a JSON string.
   *
   * @param raw the wire text
   * @param value the known constant, or the {@code UNRECOGNIZED} constant
   */
  protected OpenEnum(String raw, V value) {
    this(raw, value, false);
  }

  /**
   * Creates a value.
   *
   * @param raw the wire text; for a JSON literal, the number or {@code true}/{@code false} as sent
   * @param value the known constant, or the {@code UNRECOGNIZED} constant
   * @param jsonLiteral {@code true} if the value came as a JSON number or boolean, not a string
   */
  protected OpenEnum(String raw, V value, boolean jsonLiteral) {
    this.raw = Objects.requireNonNull(raw, "raw");
    this.value = Objects.requireNonNull(value, "value");
    this.jsonLiteral = jsonLiteral;
  }

  /**
   * Tells whether the value came as a JSON number or boolean rather than a string; such a value is
   * written back as that literal, so a documented {@code 1} is not re-sent as {@code "1"}.
   *
   * @return {@code true} for a number or boolean
   */
  public final boolean isJsonLiteral() {
    return jsonLiteral;
  }

  /**
   * Returns the value as sent on the wire.
   *
   * @return the text, such as {@code "open"}
   */
  public final String asString() {
    return raw;
  }

  /**
   * Returns the known constant for this value, for {@code switch} statements.
   *
   * @return the constant; {@code UNRECOGNIZED} for a value this SDK version does not list
   */
  public final V value() {
    return value;
  }

  /**
   * Tells whether this SDK version lists the value, that is whether {@link #value()} is not
   * {@code UNRECOGNIZED}.
   *
   * @return {@code false} for a value the spec does not list
   */
  public final boolean isRecognized() {
    return !"UNRECOGNIZED".equals(value.name());
  }

  /** Returns the wire text. */
  @Override
  public final String toString() {
    return raw;
  }

  @Override
  public final boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    OpenEnum<?> other = (OpenEnum<?>) o;
    return raw.equals(other.raw) && jsonLiteral == other.jsonLiteral;
  }

  @Override
  public final int hashCode() {
    return raw.hashCode();
  }
}
