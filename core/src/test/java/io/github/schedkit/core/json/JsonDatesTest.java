package io.github.schedkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import io.github.schedkit.core.fixture.Thing;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonDatesTest {
  private static final Instant MARCH_1_20H = Instant.parse("2024-03-01T20:00:00Z");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-01T20:00:00Z",
        "2024-03-01T20:00:00.000Z",
        "2024-03-01T20:00:00.000000Z",
        "2024-03-02T05:00:00+09:00",
        "2024-03-02T05:00:00.000+09:00",
        "2024-03-01T21:00:00+01:00",
        "2024-03-01 20:00:00Z",
        "2024-03-01 21:00:00.000+01:00"
      })
  void readsEveryRfc3339Form(String text) {
    OffsetDateTime value = Json.gson().fromJson("\"" + text + "\"", OffsetDateTime.class);

    assertEquals(MARCH_1_20H, value.toInstant());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"yesterday\"",
        "\"2024-03-01\"",
        "\"2024-03-01T20:00:00\"",
        "\"2024-02-30T20:00:00Z\"",
        "\"2024-03-01  20:00:00Z\"",
        "\"\"",
        "\"+10000-01-01T00:00:00Z\"",
        "\"9999-12-31T23:00:00-01:00\"",
        "\"0000-01-01T00:00:00+00:01\""
      })
  void invalidTimestampIsAParseErrorNamingThePath(String json) {
    JsonParseException e =
        assertThrows(JsonParseException.class, () -> Json.gson().fromJson("{\"created_at\":" + json + "}", Thing.class));

    assertTrue(e.getMessage().contains("created_at"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-01T20:00:00Z",
        "2024-03-01T20:00:00.5Z",
        "2024-03-01T20:00:00.123456789Z",
        "2024-03-01T20:00:00.000000001-00:00",
        "2024-12-31T23:59:59+14:00",
        "0001-01-01T00:00:00-18:00",
        "9999-12-31T23:59:59.999+18:00",
        "2024-02-29T12:30:45.000+05:30",
        "2024-03-01t20:00:00z",
        "2024-03-01T20:00Z",
        "2024-03-01T20:00:00.Z",
        "2024-03-01T20:00:00+01:00:30",
        "+12024-03-01T20:00:00Z"
      })
  void parseTimestampGivesWhatTheIsoParserGives(String text) {
    OffsetDateTime iso = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);

    OffsetDateTime parsed = Json.parseTimestamp(text);

    assertEquals(iso, parsed);
    assertEquals(iso.getOffset(), parsed.getOffset());
  }

  @Test
  void everyCharacterOfTheCommonFormIsCheckedAsTheIsoParserChecksIt() {
    char[] replacements = {'/', ':', '0', '9', 'a', 'T', '-', '+', 'Z', '.', '\u00e9', '\u65e5'};
    for (String valid : new String[] {"2024-03-01T20:00:00Z", "2024-12-31T23:59:59.123+01:00"}) {
      for (int i = 0; i < valid.length(); i++) {
        for (char c : replacements) {
          String text = valid.substring(0, i) + c + valid.substring(i + 1);
          assertEquals(parsedOrRejected(() -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
              parsedOrRejected(() -> Json.parseTimestamp(text)), text);
        }
      }
    }
  }

  private static String parsedOrRejected(java.util.function.Supplier<OffsetDateTime> parse) {
    try {
      OffsetDateTime parsed = parse.get();
      return parsed + " " + parsed.getOffset();
    } catch (DateTimeParseException e) {
      return "rejected";
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-30T20:00:00Z",
        "2023-02-29T20:00:00Z",
        "2024-13-01T20:00:00Z",
        "2024-03-01T24:00:00Z",
        "2024-03-01T20:60:00Z",
        "2024-03-01T20:00:60Z",
        "2024-03-01T20:00:00+18:30",
        "2024-03-01T20:00:00+19:00",
        "2024-03-01T20:00:00+01:60",
        "2024-03-01T20:00:00.1234567890Z",
        "2024-03-01T20:00:00",
        "2024-03-01T20:00:00ZZ",
        "2024-03-01T20:00:00+0100",
        "2024-03-01T20:00:00 Z",
        "2024-03-0lT20:00:00Z",
        "2024-03-01X20:00:00Z",
        "2024-03-01T20:00:00+01:00 ",
        ""
      })
  void parseTimestampRejectsWhatTheIsoParserRejects(String text) {
    assertThrows(DateTimeParseException.class, () -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    assertThrows(DateTimeParseException.class, () -> Json.parseTimestamp(text));
  }

  @Test
  void writesUtcWithMillis() {
    OffsetDateTime tokyo = OffsetDateTime.of(2024, 3, 16, 11, 0, 0, 0, ZoneOffset.ofHours(9));

    assertEquals("\"2024-03-16T02:00:00.000Z\"", Json.gson().toJson(tokyo));
    assertEquals("2024-03-16T02:00:00.000Z", Json.formatTimestamp(tokyo));
    assertEquals(
        "2024-03-01T20:00:00.123Z",
        Json.formatTimestamp(OffsetDateTime.of(2024, 3, 1, 20, 0, 0, 123_999_999, ZoneOffset.UTC)));
  }

  @Test
  void writesTheEdgesOfTheRfc3339RangeAndRefusesBeyondThem() {
    OffsetDateTime last = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000, ZoneOffset.UTC);
    OffsetDateTime first = OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    assertEquals("9999-12-31T23:59:59.999Z", Json.formatTimestamp(last));
    assertEquals("0000-01-01T00:00:00.000Z", Json.formatTimestamp(first));
    assertSame(last, Json.requireWritable(last));
    assertSame(first, Json.requireWritable(first));
    for (OffsetDateTime beyond :
        new OffsetDateTime[] {OffsetDateTime.MAX, OffsetDateTime.MIN, last.plusSeconds(1), first.minusNanos(1)}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Json.formatTimestamp(beyond));
      assertTrue(e.getMessage().contains("0000 to 9999"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Json.requireWritable(beyond));
    }
  }

  @Test
  void writeThenReadKeepsTheInstant() {
    OffsetDateTime value = OffsetDateTime.of(2024, 12, 31, 23, 59, 59, 7_000_000, ZoneOffset.ofHours(-5));

    OffsetDateTime back = Json.gson().fromJson(Json.gson().toJson(value), OffsetDateTime.class);

    assertEquals(value.toInstant(), back.toInstant());
  }

  @Test
  void datesReadAndWriteIsoCalendarDates() {
    assertEquals(LocalDate.of(2024, 3, 16), Json.gson().fromJson("\"2024-03-16\"", LocalDate.class));
    assertEquals("\"2024-03-16\"", Json.gson().toJson(LocalDate.of(2024, 3, 16)));
    assertThrows(JsonParseException.class, () -> Json.gson().fromJson("\"2024-3-16\"", LocalDate.class));
  }

  @Test
  void nullStaysNull() {
    assertNull(Json.gson().fromJson("null", OffsetDateTime.class));
    assertNull(Json.gson().fromJson("null", LocalDate.class));
    assertEquals("{}", Json.gson().toJson(new Thing()));
  }

  @Test
  void newGsonBuilderCarriesTheSameConfiguration() {
    OffsetDateTime tokyo = OffsetDateTime.of(2024, 3, 16, 11, 0, 0, 0, ZoneOffset.ofHours(9));

    assertEquals(
        "\"2024-03-16T02:00:00.000Z\"", Json.newGsonBuilder().create().toJson(tokyo));
    assertEquals("\"<&>\"", Json.newGsonBuilder().create().toJson("<&>"));
  }
}
