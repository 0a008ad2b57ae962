package io.github.schedkit.core.json;

import java.util.Objects;

/**
 * Base of the generated "open" enums. An API may add values at any time, and the docs of both
 * APIs disagree with their own enums in places, so a value this SDK does not know never fails
 * decoding and never becomes {@code null}: it is kept as text ({@link #asString()}) and its
 * {@link #value()} is the generated {@code Value._UNKNOWN} constant.
 *
 * @param <V> the generated enum of known values
 */
public abstract class OpenEnum<V extends Enum<V>> {
  private final String raw;
  private final V value;

  /**
   * Creates a value.
   *
   * @param raw the wire text
   * @param value the known constant, or the {@code _UNKNOWN} constant
   */
  protected OpenEnum(String raw, V value) {
    this.raw = Objects.requireNonNull(raw, "raw");
    this.value = Objects.requireNonNull(value, "value");
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
   * @return the constant; {@code _UNKNOWN} for a value this SDK version does not list
   */
  public final V value() {
    return value;
  }

  /**
   * Tells whether this SDK version lists the value.
   *
   * @return {@code false} for a value the spec does not list
   */
  public final boolean isKnown() {
    return !"_UNKNOWN".equals(value.name());
  }

  /** Returns the wire text. */
  @Override
  public final String toString() {
    return raw;
  }

  @Override
  public final boolean equals(Object o) {
    return this == o || (o != null && o.getClass() == getClass() && raw.equals(((OpenEnum<?>) o).raw));
  }

  @Override
  public final int hashCode() {
    return raw.hashCode();
  }
}
