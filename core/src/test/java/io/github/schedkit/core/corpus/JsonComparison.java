package io.github.schedkit.core.corpus;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.schedkit.core.json.Json;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares a documented JSON example with the JSON schedkit produced from it (a decoded response
 * re-serialised, or a request body as sent), and lists every difference by JSON path.
 *
 * <p>The equality rules, kept strict on purpose:
 *
 * <ul>
 *   <li>A member whose documented value is {@code null} equals an absent member, and the other way
 *       round; a documented non-null value that is absent or {@code null} in the produced JSON is
 *       <em>lost</em>.
 *   <li>Numbers compare numerically ({@code 1}, {@code 1.0} and {@code 1e0} are equal); a number
 *       never equals a string or a boolean.
 *   <li>Two strings that are both RFC 3339 timestamps compare as instants: {@code
 *       2024-03-16T11:00:00+09:00} equals {@code 2024-03-16T02:00:00.000Z}. Such a textual
 *       difference is listed as a {@linkplain #notes() note}, not as a difference, when the produced
 *       text is the one form schedkit writes ({@link Json#formatTimestamp}); any other produced form
 *       is a difference, so every model writes timestamps alike.
 *   <li>Everything else (strings, booleans, member names) compares exactly.
 *   <li>Arrays compare element by element, in order, and must have the same length.
 *   <li>{@linkplain Mode#NOTHING_LOST Nothing lost} (responses and notifications) checks only that
 *       every documented member is present and equal; members the produced JSON adds are allowed.
 *       {@linkplain Mode#SAME Same} (requests) also fails on every non-null member the produced
 *       JSON adds.
 * </ul>
 */
public final class JsonComparison {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern TIMESTAMP_SHAPE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

  /** Which direction of difference counts. */
  public enum Mode {
    /** Every documented member must be present and equal in the produced JSON. */
    NOTHING_LOST,
    /** As {@link #NOTHING_LOST}, and the produced JSON must not add non-null members. */
    SAME
  }

  private final Mode mode;
  private final List<String> differences = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private JsonComparison(Mode mode) {
    this.mode = mode;
  }

  /**
   * Compares two JSON values.
   *
   * @param documented the documented example (what the server served, or what the docs send)
   * @param produced what schedkit produced from it
   * @param mode which differences count
   * @return the comparison, with its differences and notes
   */
  public static JsonComparison compare(JsonElement documented, JsonElement produced, Mode mode) {
    JsonComparison comparison = new JsonComparison(mode);
    comparison.compareValues("$", documented, produced);
    return comparison;
  }

  /**
   * Returns the differences, one line each, such as {@code $.calendars[0].profile_id: documented
   * "pro_1", produced absent}.
   *
   * @return the differences; empty when the values are equal under the rules
   */
  public List<String> differences() {
    return Collections.unmodifiableList(differences);
  }

  /**
   * Returns what is equal under the rules but not textually, such as a timestamp written in
   * another form.
   *
   * @return the notes
   */
  public List<String> notes() {
    return Collections.unmodifiableList(notes);
  }

  /**
   * Tells whether the values are equal under the rules.
   *
   * @return {@code true} when there is no difference
   */
  public boolean equal() {
    return differences.isEmpty();
  }

  private void compareValues(String path, JsonElement documented, JsonElement produced) {
    boolean documentedNull = documented == null || documented.isJsonNull();
    boolean producedNull = produced == null || produced.isJsonNull();
    if (documentedNull || producedNull) {
      if (documentedNull != producedNull) {
        differ(path, documented, produced);
      }
      return;
    }
    if (documented.isJsonObject() && produced.isJsonObject()) {
      compareObjects(path, documented.getAsJsonObject(), produced.getAsJsonObject());
    } else if (documented.isJsonArray() && produced.isJsonArray()) {
      compareArrays(path, documented.getAsJsonArray(), produced.getAsJsonArray());
    } else if (documented.isJsonPrimitive() && produced.isJsonPrimitive()) {
      comparePrimitives(path, documented.getAsJsonPrimitive(), produced.getAsJsonPrimitive());
    } else {
      differ(path, documented, produced);
    }
  }

  private void compareObjects(String path, JsonObject documented, JsonObject produced) {
    for (Map.Entry<String, JsonElement> member : documented.entrySet()) {
      compareValues(memberPath(path, member.getKey()), member.getValue(), produced.get(member.getKey()));
    }
    if (mode == Mode.SAME) {
      for (Map.Entry<String, JsonElement> member : produced.entrySet()) {
        if (!documented.has(member.getKey()) && !member.getValue().isJsonNull()) {
          differ(memberPath(path, member.getKey()), null, member.getValue());
        }
      }
    }
  }

  private void compareArrays(String path, JsonArray documented, JsonArray produced) {
    int common = Math.min(documented.size(), produced.size());
    for (int i = 0; i < common; i++) {
      compareValues(path + "[" + i + "]", documented.get(i), produced.get(i));
    }
    for (int i = common; i < documented.size(); i++) {
      differ(path + "[" + i + "]", documented.get(i), null);
    }
    for (int i = common; i < produced.size(); i++) {
      differ(path + "[" + i + "]", null, produced.get(i));
    }
  }

  private void comparePrimitives(String path, JsonPrimitive documented, JsonPrimitive produced) {
    if (documented.isNumber() && produced.isNumber()) {
      if (new BigDecimal(documented.getAsString()).compareTo(new BigDecimal(produced.getAsString())) != 0) {
        differ(path, documented, produced);
      }
    } else if (documented.isString() && produced.isString()) {
      compareStrings(path, documented, produced);
    } else if (!documented.equals(produced)) {
      differ(path, documented, produced);
    }
  }

  private void compareStrings(String path, JsonPrimitive documented, JsonPrimitive produced) {
    String a = documented.getAsString();
    String b = produced.getAsString();
    if (a.equals(b)) {
      return;
    }
    OffsetDateTime left = timestamp(a);
    OffsetDateTime right = timestamp(b);
    if (left != null && right != null && left.toInstant().equals(right.toInstant())) {
      if (b.equals(Json.formatTimestamp(right))) {
        notes.add(path + ": the same instant written as " + documented + " and " + produced);
      } else {
        differences.add(path + ": produced " + produced + ", not in the form schedkit writes timestamps ("
            + Json.formatTimestamp(right) + ")");
      }
    } else {
      differ(path, documented, produced);
    }
  }

  /** Reads an RFC 3339 timestamp (either separator, either case), or returns null. */
  private static OffsetDateTime timestamp(String text) {
    if (!TIMESTAMP_SHAPE.matcher(text).matches()) {
      return null;
    }
    String normalized = text.substring(0, 10) + "T" + text.substring(11).toUpperCase(java.util.Locale.ROOT);
    try {
      return OffsetDateTime.parse(normalized, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private void differ(String path, JsonElement documented, JsonElement produced) {
    differences.add(path + ": documented " + describe(documented) + ", produced " + describe(produced));
  }

  private static String describe(JsonElement value) {
    return value == null ? "absent" : value.toString();
  }

  private static String memberPath(String parent, String name) {
    return PLAIN_NAME.matcher(name).matches()
        ? parent + "." + name
        : parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
