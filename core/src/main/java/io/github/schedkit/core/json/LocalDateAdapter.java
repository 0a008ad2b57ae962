package io.github.schedkit.core.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads and writes ISO 8601 calendar dates such as {@code 2024-03-16}. */
final class LocalDateAdapter extends TypeAdapter<LocalDate> {

  @Override
  public void write(JsonWriter out, LocalDate value) throws IOException {
    out.value(value.toString());
  }

  @Override
  public LocalDate read(JsonReader in) throws IOException {
    String text = in.nextString();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonParseException(
          "expected a date (yyyy-mm-dd) at " + in.getPath() + " but got \"" + text + "\"", e);
    }
  }
}
