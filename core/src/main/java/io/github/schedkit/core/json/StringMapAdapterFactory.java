package io.github.schedkit.core.json;

import com.google.gson.Gson;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code Map<String, V>} objects from a {@link Utf8JsonReader} through {@link
 * JsonReader#nextName()}. Gson's own map adapter reads each key by reaching into the private state
 * of Gson's reader, which a subclass does not have; from any other reader, and for writing, Gson's
 * adapter does the work. The result is the same: the members in order, and a {@link
 * JsonSyntaxException} for a key given twice.
 */
final class StringMapAdapterFactory implements TypeAdapterFactory {

  @Override
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (type.getRawType() != Map.class || !(type.getType() instanceof ParameterizedType)) {
      return null;
    }
    Type[] arguments = ((ParameterizedType) type.getType()).getActualTypeArguments();
    if (arguments[0] != String.class) {
      return null;
    }
    TypeAdapter<?> values = gson.getAdapter(TypeToken.get(arguments[1]));
    @SuppressWarnings({"unchecked", "rawtypes"})
    TypeAdapter<T> adapter = (TypeAdapter<T>) new StringMapAdapter(gson.getDelegateAdapter(this, type), values);
    return adapter;
  }

  /** The adapter of one map type. */
  private static final class StringMapAdapter<V> extends TypeAdapter<Map<String, V>> {
    private final TypeAdapter<Map<String, V>> gsonAdapter;
    private final TypeAdapter<V> values;

    StringMapAdapter(TypeAdapter<Map<String, V>> gsonAdapter, TypeAdapter<V> values) {
      this.gsonAdapter = gsonAdapter;
      this.values = values;
    }

    @Override
    public void write(JsonWriter out, Map<String, V> value) throws IOException {
      gsonAdapter.write(out, value);
    }

    @Override
    public Map<String, V> read(JsonReader in) throws IOException {
      if (!(in instanceof Utf8JsonReader) || in.peek() != JsonToken.BEGIN_OBJECT) {
        return gsonAdapter.read(in);
      }
      Map<String, V> map = new LinkedHashMap<>();
      in.beginObject();
      while (in.hasNext()) {
        String key = in.nextName();
        if (map.put(key, values.read(in)) != null) {
          throw new JsonSyntaxException("duplicate key: " + key);
        }
      }
      in.endObject();
      return map;
    }
  }
}
