package io.github.schedkit.core.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads RFC 3339 timestamps with or without fractional seconds ({@code 2024-03-01T20:00:00Z},
 * {@code 2024-03-01T20:00:00.000Z}, {@code 2024-03-01T21:00:00+01:00}); writes them in UTC with
 * milliseconds. From a {@link Utf8JsonReader}, the usual forms are read straight from the bytes.
 */
final class OffsetDateTimeAdapter extends TypeAdapter<OffsetDateTime> {

  @Override
  public void write(JsonWriter out, OffsetDateTime value) throws IOException {
    out.value(Json.formatTimestamp(value));
  }

  @Override
  public OffsetDateTime read(JsonReader in) throws IOException {
    OffsetDateTime common = Utf8JsonReader.nextCommonTimestamp(in);
    if (common != null) {
      return common;
    }
    String text = in.nextString();
    OffsetDateTime timestamp;
    try {
      timestamp = Json.parseTimestamp(text);
    } catch (DateTimeParseException e) {
      throw new JsonParseException(
          "expected an RFC 3339 timestamp at " + in.getPath() + " but got \"" + text + "\"", e);
    }
    if (!Json.isRfc3339Instant(timestamp)) {
      throw new JsonParseException(
          "the timestamp at " + in.getPath() + " (\"" + text + "\") is outside the years 0000 to 9999");
    }
    return timestamp;
  }
}
