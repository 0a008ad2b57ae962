package io.github.schedkit.jicoo;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.ErrorBody;
import io.github.schedkit.core.errors.FieldError;
import io.github.schedkit.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The typed view of Jicoo's error bodies, read from an {@link ApiException} in the same {@link
 * ErrorBody} shape as {@code CronofyErrors.of}:
 *
 * <pre>{@code
 * try { ... } catch (UnprocessableEntityException e) {
 *   ErrorBody error = JicooErrors.of(e);
 *   error.message();                         // "Parameter Error"
 *   for (FieldError field : error.fieldErrors()) {
 *     field.field();                         // "email"
 *     field.message();                       // "is invalid"
 *   }
 * }
 * }</pre>
 *
 * <p>Jicoo answers errors with its envelope, {@code {"data": null, "errors": {...}}}. The spec's
 * {@code ErrorResponse} documents {@code errors} as a free-form object whose shape Jicoo does not
 * document beyond {@code {"message": "Parameter Error"}}, so it is read leniently: {@code message}
 * is the overall message, and every other member is a field, whose value may be a message, a list
 * of messages, or objects with {@code message} (or {@code description}) and {@code code} (or
 * {@code key}).
 */
public final class JicooErrors {
  private JicooErrors() {}

  /**
   * Returns the error body of a failed Jicoo call.
   *
   * @param e the exception
   * @return the message and field errors; {@link ErrorBody#empty()} if the body is empty, not
   *     JSON or not Jicoo's error shape
   */
  public static ErrorBody of(ApiException e) {
    JsonElement body = parse(e.body());
    if (body == null || !body.isJsonObject()) {
      return ErrorBody.empty();
    }
    JsonElement errors = body.getAsJsonObject().get("errors");
    if (errors != null && errors.isJsonObject()) {
      return read(errors.getAsJsonObject());
    }
    JsonElement message = errors != null && !errors.isJsonNull() ? errors : body.getAsJsonObject().get("message");
    return ErrorBody.of(text(message), new ArrayList<FieldError>());
  }

  private static ErrorBody read(JsonObject errors) {
    String message = null;
    List<FieldError> fieldErrors = new ArrayList<>();
    for (Map.Entry<String, JsonElement> member : errors.entrySet()) {
      if (member.getKey().equals("message") && text(member.getValue()) != null) {
        message = text(member.getValue());
      } else if (member.getValue().isJsonArray()) {
        for (JsonElement item : member.getValue().getAsJsonArray()) {
          addFieldError(fieldErrors, member.getKey(), item);
        }
      } else {
        addFieldError(fieldErrors, member.getKey(), member.getValue());
      }
    }
    return ErrorBody.of(message, fieldErrors);
  }

  private static void addFieldError(List<FieldError> fieldErrors, String field, JsonElement error) {
    if (error.isJsonObject()) {
      JsonObject detail = error.getAsJsonObject();
      String message = text(detail.has("message") ? detail.get("message") : detail.get("description"));
      String code = text(detail.has("code") ? detail.get("code") : detail.get("key"));
      if (message != null || code != null) {
        fieldErrors.add(new FieldError(field, code, message));
      }
    } else if (text(error) != null) {
      fieldErrors.add(new FieldError(field, null, text(error)));
    }
  }

  /** The text of a JSON string, number or boolean; {@code null} for anything else. */
  private static String text(JsonElement value) {
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }

  private static JsonElement parse(String body) {
    if (body == null || body.trim().isEmpty()) {
      return null;
    }
    try {
      return Json.gson().fromJson(body, JsonElement.class);
    } catch (RuntimeException notJson) {
      return null;
    }
  }
}
