package io.github.schedkit.cronofy;

import com.google.gson.JsonElement;
import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.ErrorBody;
import io.github.schedkit.core.errors.FieldError;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.cronofy.model.ErrorDetail;
import io.github.schedkit.cronofy.model.OAuthError;
import io.github.schedkit.cronofy.model.ValidationErrors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Typed views of Cronofy's error bodies, read from an {@link ApiException} or from a failed entry
 * of a batch. {@link #of(ApiException)} gives the {@link ErrorBody} shape that {@code
 * JicooErrors.of} gives for Jicoo; the other methods give Cronofy's own models:
 *
 * <pre>{@code
 * try { ... } catch (UnprocessableEntityException e) {
 *   ErrorBody error = CronofyErrors.of(e);                                  // field "summary", code "errors.required"
 *   Map<String, List<ErrorDetail>> errors = CronofyErrors.fieldErrors(e);   // {"summary": [{key: "errors.required", ...}]}
 * } catch (BadRequestException e) {
 *   OAuthError error = CronofyErrors.oauthError(e);                         // invalid_grant, ...
 * }
 * }</pre>
 */
public final class CronofyErrors {
  private CronofyErrors() {}

  /**
   * Returns the error body of a failed Cronofy call in the shape every schedkit client shares:
   * each entry of a 422's {@code {"errors": {"field": [{"key", "description"}]}}} becomes a {@link
   * FieldError} (field, {@code key} as the code, {@code description} as the message), and the
   * {@code error_description} (or else the {@code error}) of an OAuth error is the message.
   *
   * @param e the exception
   * @return the message and field errors; {@link ErrorBody#empty()} if the body is empty, not
   *     JSON or neither shape
   */
  public static ErrorBody of(ApiException e) {
    List<FieldError> fields = new ArrayList<>();
    for (Map.Entry<String, List<ErrorDetail>> field : fieldErrors(e).entrySet()) {
      if (field.getKey() == null || field.getValue() == null) {
        continue;
      }
      for (ErrorDetail detail : field.getValue()) {
        if (detail != null) {
          fields.add(new FieldError(field.getKey(), detail.getKey(), detail.getDescription()));
        }
      }
    }
    OAuthError oauth = oauthError(e);
    String message = null;
    if (oauth != null) {
      message = oauth.getErrorDescription() != null ? oauth.getErrorDescription() : oauth.getError().asString();
    }
    return ErrorBody.of(message, fields);
  }

  /**
   * Returns the field errors of a 422 body: {@code {"errors": {"field": [{"key", "description"}]}}}.
   *
   * @param e the exception
   * @return the errors by field, in the order received; empty if the body has none or is not
   *     that shape
   */
  public static Map<String, List<ErrorDetail>> fieldErrors(ApiException e) {
    return fieldErrors(parse(e.body(), ValidationErrors.class));
  }

  /**
   * Returns the field errors of a failed request of a batch, such as a 422 entry whose {@code
   * data} is {@code {"errors": {"field": [{"key", "description"}]}}}.
   *
   * @param entry the batch entry
   * @return the errors by field, in the order received; empty if the entry's data has none or is
   *     not that shape
   */
  public static Map<String, List<ErrorDetail>> fieldErrors(BatchEntryResult entry) {
    return fieldErrors(entry.data() == null ? null : parse(entry.data(), ValidationErrors.class));
  }

  /**
   * Returns the RFC 6749 error of a token-endpoint 400 body, such as {@code invalid_grant}, or
   * the token endpoint's error behind a {@link RefreshTokenRejectedException}.
   *
   * @param e the exception
   * @return the error, or {@code null} if the body is not an OAuth error
   */
  public static OAuthError oauthError(ApiException e) {
    if (e instanceof RefreshTokenRejectedException) {
      return ((RefreshTokenRejectedException) e).oauthError();
    }
    OAuthError parsed = parse(e.body(), OAuthError.class);
    return parsed == null || parsed.getError() == null ? null : parsed;
  }

  private static Map<String, List<ErrorDetail>> fieldErrors(ValidationErrors parsed) {
    return parsed == null || parsed.getErrors() == null
        ? Collections.<String, List<ErrorDetail>>emptyMap()
        : parsed.getErrors();
  }

  private static <T> T parse(String body, Class<T> type) {
    if (body == null || body.trim().isEmpty()) {
      return null;
    }
    try {
      return parse(Json.gson().fromJson(body, JsonElement.class), type);
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  private static <T> T parse(JsonElement json, Class<T> type) {
    try {
      return Json.gson().fromJson(json, type);
    } catch (RuntimeException notThatShape) {
      // Besides JsonParseException, Gson reports some malformed input with other runtime
      // exceptions: IllegalStateException, NumberFormatException, and a NullPointerException for
      // a null key of a map written as an array, such as {"errors":[[null,[]]]}.
      return null;
    }
  }
}
