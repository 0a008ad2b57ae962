package io.github.schedkit.core.http;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.core.json.OpenEnum;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit converters for schedkit: JSON bodies through Gson, envelope unwrapping driven by
 * {@link Endpoint#unwrap()}, and path/query values as the API expects them (timestamps in UTC,
 * open enums as their wire text).
 */
public final class JsonConverterFactory extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final Gson gson;

  /**
   * Creates the factory.
   *
   * @param gson the configured Gson, normally {@link Json#gson()}
   */
  public JsonConverterFactory(Gson gson) {
    this.gson = gson;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    TypeAdapter<?> adapter = gson.getAdapter(TypeToken.get(type));
    Endpoint endpoint = find(annotations);
    String envelope = endpoint == null ? "" : endpoint.unwrap();
    return body -> {
      try (Reader reader = body.charStream()) {
        return read(gson.newJsonReader(reader), adapter, envelope);
      }
    };
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    @SuppressWarnings("unchecked")
    TypeAdapter<Object> adapter = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(type));
    return value -> {
      StringWriter json = new StringWriter();
      JsonWriter writer = gson.newJsonWriter(json);
      adapter.write(writer, value);
      writer.flush();
      return RequestBody.create(json.toString(), JSON);
    };
  }

  @Override
  public Converter<?, String> stringConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == OffsetDateTime.class) {
      return value -> Json.formatTimestamp((OffsetDateTime) value);
    }
    if (type instanceof Class && OpenEnum.class.isAssignableFrom((Class<?>) type)) {
      return value -> ((OpenEnum<?>) value).asString();
    }
    return null;
  }

  private static Object read(JsonReader reader, TypeAdapter<?> adapter, String envelope)
      throws IOException {
    Object value;
    if (envelope.isEmpty()) {
      value = adapter.read(reader);
    } else {
      value = readMember(reader, adapter, envelope);
    }
    if (reader.peek() != JsonToken.END_DOCUMENT) {
      throw new JsonParseException("unexpected content after the JSON value at " + reader.getPath());
    }
    if (value == null) {
      throw new JsonParseException(
          envelope.isEmpty()
              ? "the response body is JSON null"
              : "the response object's \"" + envelope + "\" member is null");
    }
    return value;
  }

  private static Object readMember(JsonReader reader, TypeAdapter<?> adapter, String member)
      throws IOException {
    if (reader.peek() != JsonToken.BEGIN_OBJECT) {
      throw new JsonParseException(
          "expected a JSON object with member \"" + member + "\" but got " + reader.peek());
    }
    Object value = null;
    boolean found = false;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (!found && name.equals(member)) {
        value = adapter.read(reader);
        found = true;
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    if (!found) {
      throw new JsonParseException("the response object has no \"" + member + "\" member");
    }
    return value;
  }

  private static Endpoint find(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof Endpoint) {
        return (Endpoint) annotation;
      }
    }
    return null;
  }
}
