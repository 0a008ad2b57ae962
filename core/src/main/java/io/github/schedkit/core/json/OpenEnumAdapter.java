package io.github.schedkit.core.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Gson adapter of a generated open enum. Strings map to constants or to unknown values; numbers
 * and booleans are kept as their text (the Jicoo docs show {@code "userType": 1}) and written back
 * as the same literal; {@code null} stays {@code null}. From a {@link Utf8JsonReader}, the listed
 * values are matched in the bytes.
 *
 * @param <E> the open enum
 */
public abstract class OpenEnumAdapter<E extends OpenEnum<?>> extends TypeAdapter<E> {
  private final E[] constants;
  /** The constants' texts, numbered as {@link #constants}, matched in the bytes of a {@link Utf8JsonReader}. */
  private final MemberNames texts;

  /**
   * For the adapter generated with each open enum.
   *
   * @param constants the values the enum lists, which a {@link Utf8JsonReader} matches without
   *     making a {@code String}; none for an adapter that reads every text with {@link #fromString}
   */
  @SafeVarargs
  protected OpenEnumAdapter(E... constants) {
    this.constants = constants.clone();
    String[] raw = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      raw[i] = constants[i].asString();
    }
    this.texts = MemberNames.of(raw);
  }

  /**
   * Returns the value for a wire text: a constant, or a new unknown value.
   *
   * @param raw the wire text, never {@code null}
   * @return the value
   */
  protected abstract E fromString(String raw);

  /**
   * Returns the value for a JSON number or boolean, kept as its text. Generated enums return a
   * value that {@link OpenEnum#isJsonLiteral() remembers} the literal; this default returns
   * {@link #fromString(String)}, which is written back as a string.
   *
   * @param raw the number as sent, or {@code true}/{@code false}
   * @return the value
   */
  protected E fromLiteral(String raw) {
    return fromString(raw);
  }

  @Override
  public final void write(JsonWriter out, @Nullable E value) throws IOException {
    if (value == null) {
      out.nullValue();
    } else if (!value.isJsonLiteral()) {
      out.value(value.asString());
    } else if ("true".equals(value.asString()) || "false".equals(value.asString())) {
      out.value(Boolean.parseBoolean(value.asString()));
    } else {
      out.value(new BigDecimal(value.asString()));
    }
  }

  @Override
  public final @Nullable E read(JsonReader in) throws IOException {
    int constant = Utf8JsonReader.nextDeclaredString(in, texts);
    if (constant != MemberNames.UNDECLARED) {
      return constants[constant];
    }
    JsonToken token = in.peek();
    switch (token) {
      case NULL:
        in.nextNull();
        return null;
      case STRING:
        return fromString(in.nextString());
      case NUMBER:
        return fromLiteral(in.nextString());
      case BOOLEAN:
        return fromLiteral(String.valueOf(in.nextBoolean()));
      default:
        throw new JsonParseException(
            "expected an enum value (a string) at " + in.getPath() + " but got " + token);
    }
  }
}
