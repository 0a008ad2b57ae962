package io.github.schedkit.core.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Base of the streaming Gson adapter generated for each model: it reads and writes the model's
 * object with {@link JsonReader} and {@link JsonWriter}, without reflection. The generated part
 * reads the declared members into the model's constructor, matching their names by number through
 * a {@link MemberNames} table ({@link MemberNames#reader}), and writes them; this part handles
 * {@code null}, keeps undeclared members ({@link ExtensibleModel}) and writes them back, and sends
 * the cleared members of an {@link ExplicitNullsModel} as {@code null}, however the writer is
 * configured. A malformed value fails with a {@link com.google.gson.JsonParseException} while the
 * reader still knows where it is, so decoding errors name the JSON path.
 *
 * @param <T> the model
 */
public abstract class ModelTypeAdapter<T extends ExtensibleModel> extends TypeAdapter<T> {
  private final TypeAdapter<JsonElement> json;

  /**
   * Creates the adapter.
   *
   * @param gson the Gson whose adapters read and write the members' types
   */
  protected ModelTypeAdapter(Gson gson) {
    this.json = gson.getAdapter(JsonElement.class);
  }

  /**
   * Reads the members of the model's object and creates the model.
   *
   * @param in the reader, positioned at the object's first member name
   * @return the model
   * @throws IOException if reading fails
   */
  protected abstract T readMembers(JsonReader in) throws IOException;

  /**
   * Writes the declared members that have a value.
   *
   * @param out the writer, inside the model's object
   * @param value the model
   * @throws IOException if writing fails
   */
  protected abstract void writeMembers(JsonWriter out, T value) throws IOException;

  @Override
  public final T read(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    try {
      in.beginObject();
      T value = readMembers(in);
      in.endObject();
      return value;
    } catch (IllegalStateException e) {
      throw new JsonSyntaxException(e);
    }
  }

  @Override
  public final void write(JsonWriter out, T value) throws IOException {
    if (value == null) {
      out.nullValue();
      return;
    }
    out.beginObject();
    writeMembers(out, value);
    if (value instanceof ExplicitNullsModel) {
      for (String name : ((ExplicitNullsModel) value).explicitNulls()) {
        writeNull(out, name);
      }
    }
    for (Map.Entry<String, JsonElement> member : value.additionalProperties().entrySet()) {
      out.name(member.getKey());
      json.write(out, member.getValue());
    }
    out.endObject();
  }

  /**
   * Reads an undeclared member as JSON and adds it to the members read so far.
   *
   * @param members the undeclared members read so far, or {@code null} before the first
   * @param name the member's name
   * @param in the reader, positioned at the member's value
   * @return the members, with this one
   * @throws IOException if reading fails
   */
  protected final Map<String, JsonElement> readUndeclared(
      Map<String, JsonElement> members, String name, JsonReader in) throws IOException {
    Map<String, JsonElement> all = members == null ? new LinkedHashMap<String, JsonElement>() : members;
    all.put(name, json.read(in));
    return all;
  }

  /**
   * Adds the name of a member that arrived as {@code null} to those read so far.
   *
   * @param names the names read so far, or {@code null} before the first
   * @param name the member's name
   * @return the names, with this one
   */
  protected static Set<String> addNull(Set<String> names, String name) {
    Set<String> all = names == null ? new LinkedHashSet<String>() : names;
    all.add(name);
    return all;
  }

  /**
   * Writes a member if it has a value.
   *
   * @param out the writer
   * @param name the member's name
   * @param adapter the adapter of its type
   * @param value the value, left out when {@code null}
   * @param <V> its type
   * @throws IOException if writing fails
   */
  protected static <V> void writeMember(JsonWriter out, String name, TypeAdapter<V> adapter, V value)
      throws IOException {
    if (value != null) {
      out.name(name);
      adapter.write(out, value);
    }
  }

  /**
   * Returns the adapter of a member's type.
   *
   * @param gson the Gson
   * @param type the type, such as {@code String.class} or {@code listOf(Booking.class)}
   * @param <V> the type
   * @return the adapter
   */
  @SuppressWarnings("unchecked")
  protected static <V> TypeAdapter<V> adapter(Gson gson, Type type) {
    return (TypeAdapter<V>) gson.getAdapter(TypeToken.get(type));
  }

  /**
   * Returns the type {@code List<item>}.
   *
   * @param item the item type
   * @return the list type
   */
  protected static Type listOf(Type item) {
    return TypeToken.getParameterized(List.class, item).getType();
  }

  /**
   * Returns the type {@code Set<item>}.
   *
   * @param item the item type
   * @return the set type
   */
  protected static Type setOf(Type item) {
    return TypeToken.getParameterized(Set.class, item).getType();
  }

  /**
   * Returns the type {@code Map<String, value>}.
   *
   * @param value the value type
   * @return the map type
   */
  protected static Type mapOf(Type value) {
    return TypeToken.getParameterized(Map.class, String.class, value).getType();
  }

  private static void writeNull(JsonWriter out, String name) throws IOException {
    boolean serializeNulls = out.getSerializeNulls();
    out.setSerializeNulls(true);
    try {
      out.name(name);
      out.nullValue();
    } finally {
      out.setSerializeNulls(serializeNulls);
    }
  }
}
