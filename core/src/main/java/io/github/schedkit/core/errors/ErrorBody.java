package io.github.schedkit.core.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An API's error body in one shape for every schedkit client: an overall message and the errors
 * of individual fields. Each API module reads it from an {@link ApiException}, such as {@code
 * JicooErrors.of(e)} and {@code CronofyErrors.of(e)}; a body that is empty, not JSON or not the
 * API's error shape gives {@link #empty()}, never an exception.
 */
public final class ErrorBody {
  private static final ErrorBody EMPTY = new ErrorBody(null, Collections.<FieldError>emptyList());

  private final @Nullable String message;
  private final List<FieldError> fieldErrors;

  private ErrorBody(@Nullable String message, List<FieldError> fieldErrors) {
    this.message = message;
    this.fieldErrors = fieldErrors;
  }

  /**
   * Returns an error body.
   *
   * @param message the overall message; {@code null} if none
   * @param fieldErrors the errors of individual fields, in the order received
   * @return the error body
   * @throws IllegalArgumentException if {@code fieldErrors} is {@code null} or holds {@code null}
   */
  public static ErrorBody of(@Nullable String message, List<FieldError> fieldErrors) {
    if (fieldErrors == null || fieldErrors.contains(null)) {
      throw new IllegalArgumentException("fieldErrors must be a list without nulls; got " + fieldErrors);
    }
    if (message == null && fieldErrors.isEmpty()) {
      return EMPTY;
    }
    return new ErrorBody(message, Collections.unmodifiableList(new ArrayList<>(fieldErrors)));
  }

  /**
   * Returns the error body with neither message nor field errors.
   *
   * @return the empty error body
   */
  public static ErrorBody empty() {
    return EMPTY;
  }

  /**
   * Returns the overall message, such as Jicoo's {@code "Parameter Error"}.
   *
   * @return the message; {@code null} if the body has none
   */
  public @Nullable String message() {
    return message;
  }

  /**
   * Returns the errors of individual fields.
   *
   * @return the field errors in the order received; empty if none (never {@code null})
   */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /**
   * Returns the errors of one field.
   *
   * @param field the field, as the API names it
   * @return its errors in the order received; empty if none
   */
  public List<FieldError> fieldErrors(String field) {
    List<FieldError> matching = new ArrayList<>();
    for (FieldError error : fieldErrors) {
      if (error.field().equals(field)) {
        matching.add(error);
      }
    }
    return Collections.unmodifiableList(matching);
  }

  /**
   * Tells whether the body had neither a message nor field errors.
   *
   * @return {@code true} if empty
   */
  public boolean isEmpty() {
    return message == null && fieldErrors.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ErrorBody)) {
      return false;
    }
    ErrorBody other = (ErrorBody) o;
    return Objects.equals(message, other.message) && fieldErrors.equals(other.fieldErrors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, fieldErrors);
  }

  @Override
  public String toString() {
    return "ErrorBody{message=" + message + ", fieldErrors=" + fieldErrors + "}";
  }
}
