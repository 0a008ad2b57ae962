package io.github.schedkit.core.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decodes and encodes {@link ExtensibleModel}s: declared members through Gson's reflective
 * adapter, every other member into {@link ExtensibleModel#additionalProperties()} and back.
 */
final class ExtensibleModelAdapterFactory implements TypeAdapterFactory {

  @Override
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (!ExtensibleModel.class.isAssignableFrom(type.getRawType())) {
      return null;
    }
    TypeAdapter<T> declared = gson.getDelegateAdapter(this, type);
    TypeAdapter<JsonElement> json = gson.getAdapter(JsonElement.class);
    Set<String> names = declaredNames(type.getRawType());
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
        JsonElement tree = json.read(in);
        T value = declared.fromJsonTree(tree);
        if (value != null && tree.isJsonObject()) {
          Map<String, JsonElement> extra = new LinkedHashMap<>();
          for (Map.Entry<String, JsonElement> member : tree.getAsJsonObject().entrySet()) {
            if (!names.contains(member.getKey())) {
              extra.put(member.getKey(), member.getValue());
            }
          }
          ExtensibleModel.capture((ExtensibleModel) value, extra);
        }
        return value;
      }
    };
  }

  private static Set<String> declaredNames(Class<?> type) {
    Set<String> names = new HashSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        SerializedName name = field.getAnnotation(SerializedName.class);
        if (name != null) {
          names.add(name.value());
          Collections.addAll(names, name.alternate());
        } else {
          names.add(field.getName());
        }
      }
    }
    return names;
  }
}
