package io.github.schedkit.core.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The Gson configuration every schedkit client uses: RFC 3339 timestamps as {@link
 * OffsetDateTime}, dates as {@link LocalDate}, no HTML escaping, and the generated adapter of each
 * model and open enum, found through its {@link AdaptedBy}. To read or write schedkit's models with
 * a Gson of your own, build it from {@link #newGsonBuilder()}.
 */
public final class Json {
  /**
   * How every timestamp schedkit writes is written, in bodies and query parameters of both APIs: UTC
   * with milliseconds and {@code Z}, for example {@code 2024-03-16T02:00:00.000Z}. It is the form
   * Jicoo documents; Cronofy's examples leave out the milliseconds, which RFC 3339 makes optional.
   */
  public static final DateTimeFormatter TIMESTAMP_FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX");

  private static final Instant FIRST_RFC3339_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant AFTER_LAST_RFC3339_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");
  private static final Gson GSON = newGsonBuilder().create();

  private Json() {}

  /**
   * Returns a builder with schedkit's configuration, to add to.
   *
   * @return a new builder
   */
  public static GsonBuilder newGsonBuilder() {
    return new GsonBuilder()
        .registerTypeAdapter(OffsetDateTime.class, new OffsetDateTimeAdapter().nullSafe())
        .registerTypeAdapter(LocalDate.class, new LocalDateAdapter().nullSafe())
        .registerTypeAdapterFactory(new AdaptedByFactory())
        .registerTypeAdapterFactory(new StringMapAdapterFactory())
        .disableHtmlEscaping();
  }

  /**
   * Returns the shared Gson instance with schedkit's configuration.
   *
   * @return the Gson instance
   */
  public static Gson gson() {
    return GSON;
  }

  /**
   * Formats a timestamp the way schedkit sends it: converted to UTC, with milliseconds.
   *
   * @param timestamp the timestamp
   * @return the text, such as {@code 2024-03-16T02:00:00.000Z}
   * @throws IllegalArgumentException if the timestamp falls outside the years 0000 to 9999 in UTC
   */
  public static String formatTimestamp(OffsetDateTime timestamp) {
    return TIMESTAMP_FORMAT.format(requireWritable(timestamp).withOffsetSameInstant(ZoneOffset.UTC));
  }

  /**
   * Checks that {@link #formatTimestamp} can write a timestamp, without writing it.
   *
   * @param timestamp the timestamp
   * @return the timestamp
   * @throws IllegalArgumentException if the timestamp falls outside the years 0000 to 9999 in UTC
   */
  public static OffsetDateTime requireWritable(OffsetDateTime timestamp) {
    if (!isRfc3339Instant(timestamp)) {
      throw new IllegalArgumentException(
          "timestamp "
              + timestamp
              + " is outside the years 0000 to 9999 (UTC) that RFC 3339 can express");
    }
    return timestamp;
  }

  /**
   * Tells whether a timestamp falls in the years 0000 to 9999 once converted to UTC, the range an
   * RFC 3339 timestamp (four-digit year) can express.
   */
  static boolean isRfc3339Instant(OffsetDateTime timestamp) {
    Instant instant = timestamp.toInstant();
    return !instant.isBefore(FIRST_RFC3339_INSTANT) && instant.isBefore(AFTER_LAST_RFC3339_INSTANT);
  }

  /**
   * Parses an RFC 3339 timestamp the way schedkit reads them, with or without fractional seconds:
   * {@code 2024-03-01T20:00:00Z}, {@code 2024-03-01T20:00:00.000Z}, {@code
   * 2024-03-01T21:00:00+01:00}. Accepts what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} accepts,
   * with the same result, and also a space in place of the {@code T} ({@code 2024-03-01 20:00:00Z}),
   * as RFC 3339 allows; it reads the usual forms much faster.
   *
   * @param text the text
   * @return the timestamp, with the offset it was written with
   * @throws java.time.format.DateTimeParseException if the text is not a valid timestamp
   */
  public static OffsetDateTime parseTimestamp(String text) {
    return TimestampParser.parse(text);
  }
}
