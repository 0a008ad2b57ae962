package io.github.schedkit.core.http;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Reads JSON values from response bodies so that a failure names the JSON path of the member that
 * failed, such as {@code $.events[3].start}, in the SDK's own words rather than a JSON library's
 * troubleshooting advice.
 */
final class JsonValues {
  private static final Pattern LOCATION = Pattern.compile(" at line \\d+ column \\d+ path \\S+");
  private static final Pattern ADVICE = Pattern.compile("\\s*See https?://\\S+");
  private static final String LENIENCY_ADVICE =
      "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON";

  private JsonValues() {}

  /**
   * Reads one value with {@code adapter}.
   *
   * @throws JsonParseException naming the path where reading failed
   */
  static <V> V read(JsonReader reader, TypeAdapter<V> adapter) throws IOException {
    try {
      return adapter.read(reader);
    } catch (IOException | RuntimeException e) {
      throw failure(reader, e);
    }
  }

  /**
   * Checks that nothing follows the value just read.
   *
   * @throws JsonParseException if more content follows
   */
  static void requireEnd(JsonReader reader) {
    if (peek(reader) != JsonToken.END_DOCUMENT) {
      throw new JsonParseException("unexpected content after the JSON value at " + reader.getPath());
    }
  }

  /**
   * Returns the kind of the next token.
   *
   * @throws JsonParseException naming the path if the JSON is malformed there
   */
  static JsonToken peek(JsonReader reader) {
    try {
      return reader.peek();
    } catch (IOException | RuntimeException e) {
      throw failure(reader, e);
    }
  }

  /**
   * Describes a failure to read at the reader's current path.
   *
   * @return the exception to throw, with {@code e} as its cause
   */
  static JsonParseException failure(JsonReader reader, Exception e) {
    String path = reader.getPath();
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    message = ADVICE.matcher(LOCATION.matcher(message).replaceAll("")).replaceAll("");
    message = message.replace(LENIENCY_ADVICE, "malformed JSON").replace(" at " + path, "");
    if (message.startsWith("java.")) {
      message = message.substring(message.indexOf(':') + 1).trim();
    }
    return new JsonParseException("at " + path + ": " + message, e);
  }
}
