package io.github.schedkit.core.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import io.github.schedkit.core.json.Json;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/**
 * Fills the arguments of a generated operation with harmless non-empty values (the text {@code
 * corpus}, the number 1, {@code true}, a fixed date), and its request body with a given value or
 * with a model decoded from {@code {}}.
 */
final class OperationArguments {
  static final String TEXT = "corpus";

  private OperationArguments() {}

  /**
   * Returns the index of the request-body parameter.
   *
   * @return the index, or -1 when the operation sends no body
   */
  static int bodyIndex(Method method) {
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof retrofit2.http.Body) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Fills every argument.
   *
   * @param method the generated method
   * @param body the request body to pass; {@code null} to decode one from {@code {}}
   * @return the arguments
   */
  static Object[] fill(Method method, Object body) {
    Type[] types = method.getGenericParameterTypes();
    int bodyIndex = bodyIndex(method);
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (i == bodyIndex) {
        arguments[i] = body != null ? body : Json.gson().fromJson(emptyOf(types[i]), types[i]);
      } else {
        arguments[i] = harmless(types[i]);
      }
    }
    return arguments;
  }

  private static JsonElement emptyOf(Type type) {
    return isList(type) ? new com.google.gson.JsonArray() : new JsonObject();
  }

  private static Object harmless(Type type) {
    if (type == String.class) {
      return TEXT;
    }
    if (type == Integer.class || type == int.class) {
      return 1;
    }
    if (type == Long.class || type == long.class) {
      return 1L;
    }
    if (type == Boolean.class || type == boolean.class) {
      return Boolean.TRUE;
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2024, 1, 1);
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    }
    if (isList(type)) {
      return Collections.singletonList(harmless(((ParameterizedType) type).getActualTypeArguments()[0]));
    }
    try {
      return Json.gson().fromJson(new JsonPrimitive(TEXT), type);
    } catch (JsonParseException | IllegalStateException e) {
      return Json.gson().fromJson(new JsonObject(), type);
    }
  }

  private static boolean isList(Type type) {
    return type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == List.class;
  }
}
