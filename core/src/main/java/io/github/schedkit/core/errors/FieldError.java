package io.github.schedkit.core.errors;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One error of a request field, as an API's error body reports it: which field, a machine code
 * when the API sends one, and a human message.
 */
public final class FieldError {
  private final String field;
  private final @Nullable String code;
  private final @Nullable String message;

  /**
   * Creates a field error.
   *
   * @param field the field, as the API names it, such as {@code summary}
   * @param code the API's code for the error, such as {@code errors.required}; {@code null} if none
   * @param message the human-readable message; {@code null} if none
   * @throws IllegalArgumentException if {@code field} is {@code null}
   */
  public FieldError(String field, @Nullable String code, @Nullable String message) {
    if (field == null) {
      throw new IllegalArgumentException("a field error needs the field it is about; got null");
    }
    this.field = field;
    this.code = code;
    this.message = message;
  }

  /**
   * Returns the field, as the API names it.
   *
   * @return the field, such as {@code summary}
   */
  public String field() {
    return field;
  }

  /**
   * Returns the API's code for the error.
   *
   * @return the code, such as {@code errors.required}; {@code null} if the API sent none
   */
  public @Nullable String code() {
    return code;
  }

  /**
   * Returns the human-readable message.
   *
   * @return the message; {@code null} if the API sent none
   */
  public @Nullable String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof FieldError)) {
      return false;
    }
    FieldError other = (FieldError) o;
    return field.equals(other.field) && Objects.equals(code, other.code) && Objects.equals(message, other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, code, message);
  }

  @Override
  public String toString() {
    return "FieldError{field=" + field + ", code=" + code + ", message=" + message + "}";
  }
}
