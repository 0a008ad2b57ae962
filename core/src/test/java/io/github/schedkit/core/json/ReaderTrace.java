package io.github.schedkit.core.json;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a {@link JsonReader} does with a document, as text to compare: each token with its value
 * and path, read by methods picked from a seed (a number as a string, long, int or double; a string
 * sometimes as a number; a value sometimes skipped), ending with the end of the document or the
 * kind of exception that stopped it.
 */
final class ReaderTrace {
  private static final int MAX_STEPS = 100_000;

  private ReaderTrace() {}

  /**
   * Reads the whole document.
   *
   * @param reader the reader
   * @param seed picks the methods; the same seed picks the same methods for the same tokens
   * @return the trace, one step a line
   */
  static List<String> of(JsonReader reader, long seed) {
    Random choices = new Random(seed);
    List<String> steps = new ArrayList<>();
    try {
      for (int step = 0; step < MAX_STEPS; step++) {
        JsonToken token = reader.peek();
        if (token == JsonToken.END_DOCUMENT) {
          steps.add("END_DOCUMENT " + reader.getPath());
          return steps;
        }
        steps.add(token + " " + read(reader, token, choices) + " " + reader.getPath() + " " + reader.getPreviousPath());
      }
      steps.add("too many steps");
    } catch (Exception e) {
      steps.add("failed: " + e.getClass().getName());
    }
    return steps;
  }

  private static String read(JsonReader reader, JsonToken token, Random choices) throws Exception {
    int choice = choices.nextInt(20);
    if (choice == 0 && token != JsonToken.END_ARRAY && token != JsonToken.END_OBJECT) {
      reader.skipValue();
      return "skipped";
    }
    switch (token) {
      case BEGIN_ARRAY:
        reader.beginArray();
        return "";
      case END_ARRAY:
        reader.endArray();
        return "";
      case BEGIN_OBJECT:
        reader.beginObject();
        return "";
      case END_OBJECT:
        reader.endObject();
        return "";
      case NAME:
        return reader.nextName();
      case BOOLEAN:
        return String.valueOf(reader.nextBoolean());
      case NULL:
        reader.nextNull();
        return "null";
      case STRING:
      case NUMBER:
        return readLiteral(reader, token == JsonToken.NUMBER || choice < 3 ? choice % 4 : 0);
      default:
        throw new AssertionError(token);
    }
  }

  /** Reads a number or string as a string (0), long (1), int (2) or double (3). */
  private static String readLiteral(JsonReader reader, int as) throws Exception {
    switch (as) {
      case 1:
        return "long " + reader.nextLong();
      case 2:
        return "int " + reader.nextInt();
      case 3:
        return "double " + reader.nextDouble();
      default:
        return "string " + escape(reader.nextString());
    }
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        escaped.append(String.format("\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
