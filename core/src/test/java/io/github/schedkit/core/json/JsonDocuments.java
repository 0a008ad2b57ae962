package io.github.schedkit.core.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded JSON documents for the differential test: random well-formed documents rich in what a
 * reader gets wrong (escapes, surrogates, multi-byte UTF-8, numbers at the limits of {@code long}
 * and {@code double}, timestamps, deep nesting), and mutations of any document (bytes changed,
 * inserted or removed, the document cut short).
 */
final class JsonDocuments {
  private static final String[] STRINGS = {
    "", "a", "event_uid", "caf\u00e9", "\u65e5\u672c\u8a9e", "\ud83d\ude00", "2024-03-01T20:00:00Z",
    "2024-03-01T20:00:00.123456789+09:00", "2024-03-01 20:00:00Z", "9999-12-31T23:59:59-01:00", "1e5", "-0",
    "12345678901234567890", "NaN", "true", "0x10"
  };
  private static final String[] ESCAPES = {
    "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\r", "\\u0041", "\\u00e9", "\\ud83d\\ude00", "\\ud800",
    "\\udc00x", "\\u2028", "\\'"
  };
  private static final String[] NUMBERS = {
    "0", "-0", "1", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
    "-9223372036854775809", "2147483647", "2147483648", "-2147483649", "1.5", "-0.0", "1e308", "1e309", "-1e400",
    "4.9e-324", "1E+2", "1e-2", "123456789012345678901234567890", "0.1", "3.0", "1.0e3"
  };
  private static final byte[] NOISE = "{}[]:,\"\\ \n\t\r\f0-+.eE/#;=tfnuTa\u00e9".getBytes(StandardCharsets.UTF_8);
  private static final int[] RAW_BYTES = {0x00, 0x1f, 0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf8, 0xff};

  private JsonDocuments() {}

  /**
   * Creates a well-formed document.
   *
   * @param random the seeded source
   * @return its UTF-8 bytes
   */
  static byte[] wellFormed(Random random) {
    StringBuilder json = new StringBuilder();
    value(json, random, 0);
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Changes a document a little: a few bytes changed, inserted or removed, or the end cut off.
   *
   * @param document the document
   * @param random the seeded source
   * @return the changed copy
   */
  static byte[] mutated(byte[] document, Random random) {
    if (document.length == 0 || random.nextInt(4) == 0) {
      return Arrays.copyOf(document, document.length == 0 ? 0 : random.nextInt(document.length));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int changes = 1 + random.nextInt(3);
    int[] at = new int[changes];
    for (int i = 0; i < changes; i++) {
      at[i] = random.nextInt(document.length);
    }
    Arrays.sort(at);
    int change = 0;
    for (int i = 0; i < document.length; i++) {
      if (change < changes && at[change] == i) {
        change++;
        switch (random.nextInt(3)) {
          case 0:
            out.write(noise(random));
            break;
          case 1:
            out.write(noise(random));
            out.write(document[i]);
            break;
          default:
            break;
        }
      } else {
        out.write(document[i]);
      }
    }
    return out.toByteArray();
  }

  private static int noise(Random random) {
    return random.nextBoolean() ? NOISE[random.nextInt(NOISE.length)] : RAW_BYTES[random.nextInt(RAW_BYTES.length)];
  }

  private static void value(StringBuilder json, Random random, int depth) {
    int kind = random.nextInt(depth > 6 ? 5 : 8);
    switch (kind) {
      case 0:
        json.append(random.nextBoolean() ? "true" : "false");
        break;
      case 1:
        json.append("null");
        break;
      case 2:
        json.append(NUMBERS[random.nextInt(NUMBERS.length)]);
        break;
      case 3:
        json.append(random.nextLong() >> random.nextInt(64));
        break;
      case 4:
        string(json, random);
        break;
      case 5:
      case 6:
        object(json, random, depth);
        break;
      default:
        array(json, random, depth);
    }
  }

  private static void object(StringBuilder json, Random random, int depth) {
    json.append('{');
    int members = random.nextInt(6);
    for (int i = 0; i < members; i++) {
      json.append(i == 0 ? "" : ",").append(space(random));
      string(json, random);
      json.append(space(random)).append(':').append(space(random));
      value(json, random, depth + 1);
    }
    json.append(space(random)).append('}');
  }

  private static void array(StringBuilder json, Random random, int depth) {
    json.append('[');
    int items = random.nextInt(6);
    for (int i = 0; i < items; i++) {
      json.append(i == 0 ? "" : ",").append(space(random));
      value(json, random, depth + 1);
    }
    json.append(space(random)).append(']');
  }

  private static void string(StringBuilder json, Random random) {
    json.append('"');
    int parts = random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      if (random.nextInt(3) == 0) {
        json.append(ESCAPES[random.nextInt(ESCAPES.length)]);
      } else {
        json.append(STRINGS[random.nextInt(STRINGS.length)]);
      }
    }
    json.append('"');
  }

  private static String space(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return " ";
      case 1:
        return "\n  ";
      case 2:
        return "\r\n\t";
      default:
        return "";
    }
  }
}
