package io.github.schedkit.core.http;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.schedkit.core.Envelope;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.core.json.OpenEnum;
import io.github.schedkit.core.json.Utf8JsonReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit converters for schedkit: JSON bodies through Gson (UTF-8 bodies read from their bytes by
 * {@link Utf8JsonReader}, other charsets through Gson's reader), envelope unwrapping driven by
 * {@link Endpoint#unwrap()} (accepting the wrapped and the bare form), and path/query values as the API expects them (timestamps in UTC,
 * open enums as their wire text).
 */
public final class JsonConverterFactory extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final ByteString UTF8_BOM = ByteString.decodeHex("efbbbf");
  /** The byte order marks of UTF-16 and UTF-32, which {@link ResponseBody#charStream()} obeys. */
  private static final ByteString[] OTHER_BOMS = {
    ByteString.decodeHex("feff"), ByteString.decodeHex("fffe"), ByteString.decodeHex("0000feff")
  };

  /** Bodies up to this size are read as one array, in place; larger ones are streamed. */
  private static final long WHOLE_BODY_LIMIT = 64 * 1024;

  private final Gson gson;
  private final TypeAdapter<JsonElement> jsonElements;

  /**
   * Creates the factory.
   *
   * @param gson the configured Gson, normally {@link Json#gson()}
   */
  public JsonConverterFactory(Gson gson) {
    this.gson = gson;
    this.jsonElements = gson.getAdapter(JsonElement.class);
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (TypeToken.get(type).getRawType() == Unwrapped.class) {
      Type result = ((ParameterizedType) type).getActualTypeArguments()[0];
      TypeAdapter<?> adapter = gson.getAdapter(TypeToken.get(result));
      String member = find(annotations).unwrap();
      return body -> {
        try (ResponseBody closed = body) {
          return readUnwrapped(body, adapter, member);
        }
      };
    }
    TypeAdapter<?> adapter = gson.getAdapter(TypeToken.get(type));
    return body -> {
      try (ResponseBody closed = body) {
        JsonReader json =
            isSmall(body)
                ? newJsonReader(body.bytes(), body.contentType())
                : newJsonReader(body.source(), body.contentType());
        Object value = JsonValues.read(json, adapter);
        JsonValues.requireEnd(json);
        if (value == null) {
          throw new JsonParseException("the response body is JSON null");
        }
        return value;
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
  public @Nullable Converter<?, String> stringConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == OffsetDateTime.class) {
      return value -> Json.formatTimestamp((OffsetDateTime) value);
    }
    if (type instanceof Class && OpenEnum.class.isAssignableFrom((Class<?>) type)) {
      return value -> ((OpenEnum<?>) value).asString();
    }
    return null;
  }

  /**
   * Reads a response that may come wrapped or bare, decided by its shape: a JSON object holding
   * {@code member} is the envelope, and its other members are kept; anything else is the result.
   * An object without the member is read a second time, from the start, as the bare result: a
   * small body from the same array, a large one from a peek at the body the second pass consumes.
   */
  private Unwrapped<?> readUnwrapped(ResponseBody body, TypeAdapter<?> adapter, String member)
      throws IOException {
    byte[] bytes = isSmall(body) ? body.bytes() : null;
    JsonReader reader =
        bytes != null
            ? newJsonReader(bytes, body.contentType())
            : newJsonReader(body.source().peek(), body.contentType());
    if (JsonValues.peek(reader) != JsonToken.BEGIN_OBJECT) {
      Object value = JsonValues.read(reader, adapter);
      JsonValues.requireEnd(reader);
      if (value == null) {
        throw new JsonParseException(
            "the response body is JSON null, not the result or an object with \"" + member + "\"");
      }
      return new Unwrapped<>(value, Envelope.bare(member));
    }
    Unwrapped<?> wrapped;
    try {
      wrapped = readEnvelope(reader, adapter, member);
    } catch (IOException | IllegalStateException e) {
      throw JsonValues.failure(reader, e);
    }
    JsonValues.requireEnd(reader);
    if (wrapped != null) {
      return wrapped;
    }
    JsonReader bare =
        bytes != null
            ? newJsonReader(bytes, body.contentType())
            : newJsonReader(body.source(), body.contentType());
    try {
      Object result = JsonValues.read(bare, adapter);
      JsonValues.requireEnd(bare);
      return new Unwrapped<>(result, Envelope.bare(member));
    } catch (JsonParseException e) {
      throw new JsonParseException(
          "the response object has no \""
              + member
              + "\" member, and as the bare result it fails "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Reads an object as an envelope: {@code member} with {@code adapter}, the others as JSON.
   *
   * @return the result and the envelope, or {@code null} if the object has no {@code member}
   */
  private @Nullable Unwrapped<?> readEnvelope(JsonReader reader, TypeAdapter<?> adapter, String member)
      throws IOException {
    JsonObject others = new JsonObject();
    Object value = null;
    boolean found = false;
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (!found && name.equals(member)) {
        value = JsonValues.read(reader, adapter);
        found = true;
      } else {
        others.add(name, JsonValues.read(reader, jsonElements));
      }
    }
    reader.endObject();
    if (!found) {
      return null;
    }
    if (value == null) {
      throw new JsonParseException("the response object's \"" + member + "\" member is null");
    }
    return new Unwrapped<>(value, Envelope.wrapped(member, others));
  }

  /**
   * A reader of a whole body: {@link Utf8JsonReader} over the bytes themselves when {@link
   * ResponseBody#charStream()} would decode them as UTF-8 (a UTF-8 byte order mark, or no other
   * mark and a content type that says UTF-8 or nothing); otherwise Gson's reader over the
   * characters {@code charStream()} gives.
   */
  private JsonReader newJsonReader(byte[] bytes, @Nullable MediaType contentType) {
    return readsUtf8(ByteString.of(bytes, 0, Math.min(bytes.length, 4)), contentType)
        ? new Utf8JsonReader(bytes)
        : gson.newJsonReader(ResponseBody.create(bytes, contentType).charStream());
  }

  /**
   * A reader of a large body's bytes, streamed: {@link Utf8JsonReader} with a buffer of its own
   * when the body is UTF-8 as {@link #newJsonReader(byte[], MediaType)} decides, otherwise Gson's
   * reader over the characters of the body's charset.
   */
  private JsonReader newJsonReader(BufferedSource source, @Nullable MediaType contentType) throws IOException {
    source.request(4);
    byte[] start = new byte[(int) Math.min(source.getBuffer().size(), 4)];
    for (int i = 0; i < start.length; i++) {
      start[i] = source.getBuffer().getByte(i);
    }
    return readsUtf8(ByteString.of(start), contentType)
        ? new Utf8JsonReader(source.inputStream())
        : gson.newJsonReader(new InputStreamReader(source.inputStream(), charset(contentType)));
  }

  /** Tells whether a body is small enough to read as one array: its size is known and at most 64 KiB. */
  private static boolean isSmall(ResponseBody body) {
    return body.contentLength() >= 0 && body.contentLength() <= WHOLE_BODY_LIMIT;
  }

  private static boolean readsUtf8(ByteString start, @Nullable MediaType contentType) {
    if (start.startsWith(UTF8_BOM)) {
      return true;
    }
    for (ByteString bom : OTHER_BOMS) {
      if (start.startsWith(bom)) {
        return false;
      }
    }
    return charset(contentType).equals(StandardCharsets.UTF_8);
  }

  private static Charset charset(@Nullable MediaType contentType) {
    Charset charset = contentType == null ? null : contentType.charset();
    return charset == null ? StandardCharsets.UTF_8 : charset;
  }

  private static @Nullable Endpoint find(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof Endpoint) {
        return (Endpoint) annotation;
      }
    }
    return null;
  }
}
