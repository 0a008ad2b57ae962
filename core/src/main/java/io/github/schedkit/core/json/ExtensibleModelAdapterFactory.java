package io.github.schedkit.core.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes and encodes {@link ExtensibleModel}s: declared members as Gson's reflective adapter
 * would, every other member into {@link ExtensibleModel#additionalProperties()} and back.
 *
 * <p>Generated models are read in one pass over the stream, declared members straight into their
 * fields; only undeclared members become {@link JsonElement}s. Models that cannot be read that way
 * (see {@link DeclaredFields#readable()}) go through a JSON tree and Gson's reflective adapter.
 */
final class ExtensibleModelAdapterFactory implements TypeAdapterFactory {

  @Override
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (!ExtensibleModel.class.isAssignableFrom(type.getRawType())) {
      return null;
    }
    TypeAdapter<T> declared = gson.getDelegateAdapter(this, type);
    TypeAdapter<JsonElement> json = gson.getAdapter(JsonElement.class);
    @SuppressWarnings("unchecked")
    DeclaredFields<T> fields = DeclaredFields.of(gson, (Class<T>) type.getRawType());
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        if (value == null) {
          out.nullValue();
          return;
        }
        JsonObject tree = declared.toJsonTree(value).getAsJsonObject();
        for (Map.Entry<String, JsonElement> member :
            ((ExtensibleModel) value).additionalProperties().entrySet()) {
          if (!tree.has(member.getKey())) {
            tree.add(member.getKey(), member.getValue());
          }
        }
        json.write(out, tree);
      }

      @Override
      public T read(JsonReader in) throws IOException {
        if (fields.readable() && in.peek() == JsonToken.BEGIN_OBJECT) {
          return readStream(in);
        }
        return readTree(in);
      }

      private T readStream(JsonReader in) throws IOException {
        T value = fields.newInstance();
        Map<String, JsonElement> extra = null;
        try {
          in.beginObject();
          while (in.hasNext()) {
            String name = in.nextName();
            if (!fields.read(in, name, value)) {
              if (extra == null) {
                extra = new LinkedHashMap<>();
              }
              extra.put(name, json.read(in));
            }
          }
          in.endObject();
        } catch (IllegalStateException e) {
          throw new JsonSyntaxException(e);
        }
        if (extra != null) {
          ExtensibleModel.capture((ExtensibleModel) value, extra);
        }
        return value;
      }

      private T readTree(JsonReader in) throws IOException {
        JsonElement tree = json.read(in);
        T value = declared.fromJsonTree(tree);
        if (value != null && tree.isJsonObject()) {
          Map<String, JsonElement> extra = new LinkedHashMap<>();
          for (Map.Entry<String, JsonElement> member : tree.getAsJsonObject().entrySet()) {
            if (!fields.names().contains(member.getKey())) {
              extra.put(member.getKey(), member.getValue());
            }
          }
          ExtensibleModel.capture((ExtensibleModel) value, extra);
        }
        return value;
      }
    };
  }
}
