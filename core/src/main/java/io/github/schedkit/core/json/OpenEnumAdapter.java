package io.github.schedkit.core.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * Gson adapter of a generated open enum. Strings map to constants or to unknown values; numbers
 * and booleans are kept as their text (the Jicoo docs show {@code "userType": 1}); {@code null}
 * stays {@code null}.
 *
 * @param <E> the open enum
 */
public abstract class OpenEnumAdapter<E extends OpenEnum<?>> extends TypeAdapter<E> {

  /** For the adapter generated with each open enum. */
  protected OpenEnumAdapter() {}

  /**
   * Returns the value for a wire text: a constant, or a new unknown value.
   *
   * @param raw the wire text, never {@code null}
   * @return the value
   */
  protected abstract E fromString(String raw);

  @Override
  public final void write(JsonWriter out, E value) throws IOException {
    if (value == null) {
      out.nullValue();
    } else {
      out.value(value.asString());
    }
  }

  @Override
  public final E read(JsonReader in) throws IOException {
    JsonToken token = in.peek();
    switch (token) {
      case NULL:
        in.nextNull();
        return null;
      case STRING:
      case NUMBER:
        return fromString(in.nextString());
      case BOOLEAN:
        return fromString(String.valueOf(in.nextBoolean()));
      default:
        throw new JsonParseException(
            "expected an enum value (a string) at " + in.getPath() + " but got " + token);
    }
  }
}
