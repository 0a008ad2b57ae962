package io.github.schedkit.core.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decodes and encodes the models whose JSON is more than their declared fields, through Gson's
 * reflective adapter plus a pass over the JSON tree:
 *
 * <ul>
 *   <li>{@link ExtensibleModel}: every undeclared member goes into {@link
 *       ExtensibleModel#additionalProperties()} and back. Generated models are read in one pass
 *       over the stream, declared members straight into their fields; only undeclared members
 *       become {@link JsonElement}s. Models that cannot be read that way (see {@link
 *       DeclaredFields#readable()}) go through a JSON tree and Gson's reflective adapter;
 *   <li>{@link ExplicitNullsModel}: the cleared members are written as {@code null} and every other
 *       {@code null} member is left out, however the writer is configured; decoding records which
 *       members arrived as {@code null}.
 * </ul>
 */
final class ModelAdapterFactory implements TypeAdapterFactory {

  @Override
  public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    Class<?> raw = type.getRawType();
    boolean extensible = ExtensibleModel.class.isAssignableFrom(raw);
    if (!extensible && !ExplicitNullsModel.class.isAssignableFrom(raw)) {
      return null;
    }
    TypeAdapter<T> declared = gson.getDelegateAdapter(this, type);
    TypeAdapter<JsonElement> json = gson.getAdapter(JsonElement.class);
    @SuppressWarnings("unchecked")
    DeclaredFields<T> fields = extensible ? DeclaredFields.of(gson, (Class<T>) raw) : null;
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        if (value == null) {
          out.nullValue();
          return;
        }
        JsonObject tree = declared.toJsonTree(value).getAsJsonObject();
        if (value instanceof ExtensibleModel) {
          addAdditionalProperties(tree, (ExtensibleModel) value);
          json.write(out, tree);
        } else {
          writeWithExplicitNulls(out, json, tree, (ExplicitNullsModel) value);
        }
      }

      @Override
      public T read(JsonReader in) throws IOException {
        if (fields != null && fields.readable() && in.peek() == JsonToken.BEGIN_OBJECT) {
          return readStream(in);
        }
        JsonElement tree = json.read(in);
        T value = declared.fromJsonTree(tree);
        if (value != null && tree.isJsonObject()) {
          if (value instanceof ExtensibleModel) {
            ExtensibleModel.capture(
                (ExtensibleModel) value, undeclared(tree.getAsJsonObject(), fields.names()));
          } else {
            ExplicitNullsModel.capture((ExplicitNullsModel) value, nullMembers(tree.getAsJsonObject()));
          }
        }
        return value;
      }

      /** Reads declared members straight into a new instance, undeclared ones as JSON. */
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
    };
  }

  private static void addAdditionalProperties(JsonObject tree, ExtensibleModel model) {
    for (Map.Entry<String, JsonElement> member : model.additionalProperties().entrySet()) {
      if (!tree.has(member.getKey())) {
        tree.add(member.getKey(), member.getValue());
      }
    }
  }

  private static void writeWithExplicitNulls(
      JsonWriter out, TypeAdapter<JsonElement> json, JsonObject tree, ExplicitNullsModel model)
      throws IOException {
    dropNullMembers(tree);
    for (String name : model.explicitNulls()) {
      tree.add(name, JsonNull.INSTANCE);
    }
    boolean serializeNulls = out.getSerializeNulls();
    out.setSerializeNulls(true);
    try {
      json.write(out, tree);
    } finally {
      out.setSerializeNulls(serializeNulls);
    }
  }

  /** Removes the null members of an object and of the objects nested in it, arrays included. */
  private static void dropNullMembers(JsonElement element) {
    if (element.isJsonArray()) {
      for (JsonElement item : element.getAsJsonArray()) {
        dropNullMembers(item);
      }
    } else if (element.isJsonObject()) {
      Iterator<Map.Entry<String, JsonElement>> members =
          element.getAsJsonObject().entrySet().iterator();
      while (members.hasNext()) {
        JsonElement member = members.next().getValue();
        if (member.isJsonNull()) {
          members.remove();
        } else {
          dropNullMembers(member);
        }
      }
    }
  }

  private static Map<String, JsonElement> undeclared(JsonObject tree, Set<String> names) {
    Map<String, JsonElement> extra = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> member : tree.entrySet()) {
      if (!names.contains(member.getKey())) {
        extra.put(member.getKey(), member.getValue());
      }
    }
    return extra;
  }

  private static List<String> nullMembers(JsonObject tree) {
    List<String> nulls = new ArrayList<>();
    for (Map.Entry<String, JsonElement> member : tree.entrySet()) {
      if (member.getValue().isJsonNull()) {
        nulls.add(member.getKey());
      }
    }
    return nulls;
  }
}
