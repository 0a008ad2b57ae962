package io.github.schedkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonSyntaxException;
import com.google.gson.Strictness;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8JsonReaderTest {

  private static Utf8JsonReader reader(String json, int bufferSize) {
    return new Utf8JsonReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), bufferSize);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9, 10, 11, 13, 17, 8192})
  void tokensStraddlingBufferRefillsReadWhole(int bufferSize) throws IOException {
    Utf8JsonReader in = reader("{\"caf\u00e9 \ud83d\ude00\": [\"\u65e5\u672c\u8a9e\\u0041\\ud83d\\ude00\", 12345678901234, -1.5e300, true]}", bufferSize);

    in.beginObject();
    assertEquals("caf\u00e9 \ud83d\ude00", in.nextName());
    in.beginArray();
    assertEquals("\u65e5\u672c\u8a9eA\ud83d\ude00", in.nextString());
    assertEquals(12345678901234L, in.nextLong());
    assertEquals(-1.5e300, in.nextDouble());
    assertTrue(in.nextBoolean());
    in.endArray();
    in.endObject();
    assertEquals(JsonToken.END_DOCUMENT, in.peek());
  }

  @Test
  void loneSurrogateEscapesAndMalformedUtf8AreKeptAsAnInputStreamReaderKeepsThem() throws IOException {
    byte[] json = {'[', '"', '\\', 'u', 'd', '8', '0', '0', '"', ',', '"', 'a', (byte) 0xc3, '"', ',', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', ']'};
    Utf8JsonReader in = new Utf8JsonReader(new ByteArrayInputStream(json), 8);

    in.beginArray();
    assertEquals("\ud800", in.nextString());
    assertEquals("a\ufffd", in.nextString());
    assertEquals(new String(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, StandardCharsets.UTF_8), in.nextString());
  }

  @Test
  void nestingUpToTheLimitReadsAndBeyondItIsMalformed() throws IOException {
    char[] open = new char[255];
    Arrays.fill(open, '[');
    char[] close = new char[255];
    Arrays.fill(close, ']');
    Utf8JsonReader deep = reader(new String(open) + new String(close), 16);
    deep.skipValue();
    assertEquals(JsonToken.END_DOCUMENT, deep.peek());

    Utf8JsonReader tooDeep = reader("[" + new String(open) + new String(close) + "]", 16);
    MalformedJsonException e = assertThrows(MalformedJsonException.class, tooDeep::skipValue);
    assertTrue(e.getMessage().startsWith("Nesting limit 255 reached"), e.getMessage());
  }

  @Test
  void numbersAtTheLimitsOfLongAndIntConvertOrFailAsGsonDoes() throws IOException {
    Utf8JsonReader in = reader("[9223372036854775807,-9223372036854775808,18446744073709551616,2147483648,\"12\",1e2]", 8);
    in.beginArray();
    assertEquals(Long.MAX_VALUE, in.nextLong());
    assertEquals(Long.MIN_VALUE, in.nextLong());
    NumberFormatException notALong = assertThrows(NumberFormatException.class, in::nextLong);
    assertTrue(notALong.getMessage().contains("path $[2]"), notALong.getMessage());
    assertEquals("18446744073709551616", in.nextString());
    assertThrows(NumberFormatException.class, in::nextInt);
    assertEquals("2147483648", in.nextString());
    assertEquals(12, in.nextInt());
    assertEquals(100, in.nextInt());
  }

  @Test
  void malformedJsonNamesThePath() {
    Utf8JsonReader in = reader("{\"events\": [{}, {}, {}, {\"start\": tru}]}", 8);
    MalformedJsonException e =
        assertThrows(
            MalformedJsonException.class,
            () -> {
              in.beginObject();
              in.nextName();
              in.beginArray();
              for (int i = 0; i < 3; i++) {
                in.beginObject();
                in.endObject();
              }
              in.beginObject();
              in.nextName();
              in.peek();
            });
    assertTrue(e.getMessage().endsWith("path $.events[3].start"), e.getMessage());
  }

  @Test
  void aTokenOfTheWrongTypeIsAnIllegalStateNamingThePath() throws IOException {
    Utf8JsonReader in = reader("{\"a\": [1]}", 8);
    in.beginObject();
    in.nextName();
    IllegalStateException e = assertThrows(IllegalStateException.class, in::nextString);
    assertEquals("Expected a string but was BEGIN_ARRAY at line 1 column 8 path $.a", e.getMessage());
  }

  @Test
  void strictModeRejectsControlCharactersInStringsThatLegacyStrictKeeps() throws IOException {
    Utf8JsonReader strict = reader("\"a\tb\"", 8);
    strict.setStrictness(Strictness.STRICT);
    assertThrows(MalformedJsonException.class, strict::nextString);

    assertEquals("a\tb", reader("\"a\tb\"", 8).nextString());
  }

  @Test
  void aLeadingByteOrderMarkIsSkipped() throws IOException {
    assertEquals(7, reader("\ufeff7", 8).nextInt());
  }

  @Test
  void declaredNamesMatchByNumberAndUndeclaredOnesKeepTheirName() throws IOException {
    MemberNames names = MemberNames.of("start", "caf\u00e9", "end");
    Utf8JsonReader in = reader("{\"end\":1,\"caf\u00e9\":2,\"other\":3,\"st\\u0061rt\":4}", 8);

    in.beginObject();
    assertEquals(2, in.nextMember(names));
    assertEquals("$.end", in.getPath());
    in.skipValue();
    assertEquals(1, in.nextMember(names));
    in.skipValue();
    assertEquals(MemberNames.UNDECLARED, in.nextMember(names));
    assertEquals("other", in.undeclaredName());
    assertEquals("$.other", in.getPath());
    in.skipValue();
    assertEquals(0, in.nextMember(names));
    in.skipValue();
    in.endObject();
  }

  @Test
  void namesMatchWhetherTheyComeInTheOrderSeenBeforeOrNot() throws IOException {
    MemberNames names = MemberNames.of("start", "start_time", "end");
    String json = "[{\"start\":1,\"end\":2},{\"start\":1,\"end\":2},{\"start_time\":1,\"start\":2,\"end\":3},"
        + "{\"end\":1,\"start\\u005ftime\":2,\"startx\":3,\"start\":4}]";
    int[][] expected = {{0, 2}, {0, 2}, {1, 0, 2}, {2, 1, MemberNames.UNDECLARED, 0}};
    for (int bufferSize : new int[] {8, 8192}) {
      Utf8JsonReader in = reader(json, bufferSize);
      in.beginArray();
      for (int[] object : expected) {
        in.beginObject();
        for (int index : object) {
          assertEquals(index, in.nextMember(names), "buffer " + bufferSize + " at " + in.getPath());
          in.skipValue();
        }
        in.endObject();
      }
      in.endArray();
    }
  }

  @Test
  void predictedNamesOfEveryLengthMatchOnlyThemselves() throws IOException {
    String letters = "abcdefghijklmnopqrstuvwxyz0123";
    for (int length = 0; length <= letters.length(); length++) {
      String name = letters.substring(0, length);
      MemberNames names = MemberNames.of(name, "other");
      List<String> nearMisses = new ArrayList<>(Arrays.asList(name + "x", name + "\\u0078", "x" + name));
      if (length > 0) {
        nearMisses.add(name.substring(0, length - 1));
        nearMisses.add(name.substring(1));
      }
      for (int i = 0; i < length; i++) {
        nearMisses.add(name.substring(0, i) + '_' + name.substring(i + 1));
      }
      StringBuilder json = new StringBuilder("[");
      for (String miss : nearMisses) {
        // The declared name comes first each time, so it is the one predicted at the start of the next object.
        json.append("{\"").append(name).append("\":1,\"other\":2},{\"").append(miss).append("\":3},");
      }
      json.append("{\"").append(name).append("\":4}]");
      for (int bufferSize : new int[] {8, 13, 8192, 0}) {
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        Utf8JsonReader in = bufferSize == 0 ? new Utf8JsonReader(bytes) : new Utf8JsonReader(new ByteArrayInputStream(bytes), bufferSize);
        in.beginArray();
        for (String miss : nearMisses) {
          in.beginObject();
          assertEquals(0, in.nextMember(names), "\"" + name + "\", buffer " + bufferSize);
          assertTrue(in.getPath().endsWith("]." + name), in.getPath());
          in.skipValue();
          assertEquals(1, in.nextMember(names));
          in.skipValue();
          in.endObject();
          in.beginObject();
          assertEquals(MemberNames.UNDECLARED, in.nextMember(names), "\"" + miss + "\" for \"" + name + "\", buffer " + bufferSize);
          in.skipValue();
          in.endObject();
        }
        in.beginObject();
        assertEquals(0, in.nextMember(names));
        assertEquals(4, in.nextInt());
        in.endObject();
        in.endArray();
      }
    }
  }

  @Test
  void stringsEndAtTheirFirstQuoteBackslashOrControlCharacterWhereverItFallsInAWord() throws IOException {
    String[] enders = {"\\\"", "\\n", "\u00e9", "\u65e5", ""};
    for (int length = 0; length < 20; length++) {
      for (String ender : enders) {
        String text = "abcdefghijklmnopqrstuvwxyz".substring(0, length) + ender + "tail";
        String json = "[\"" + text + "\", \"" + text + "\"]";
        for (int bufferSize : new int[] {8, 8192, 0}) {
          byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
          Utf8JsonReader in = bufferSize == 0 ? new Utf8JsonReader(bytes) : new Utf8JsonReader(new ByteArrayInputStream(bytes), bufferSize);
          JsonReader expected = new JsonReader(new java.io.StringReader(json));
          expected.beginArray();
          in.beginArray();
          assertEquals(expected.nextString(), in.nextString(), json + ", buffer " + bufferSize);
          assertEquals(expected.nextString(), in.nextString(), json + ", buffer " + bufferSize);
        }
      }
    }
    Utf8JsonReader control = new Utf8JsonReader("[\"abcdefghij\u0001kl\"]".getBytes(StandardCharsets.UTF_8));
    control.setStrictness(Strictness.STRICT);
    control.beginArray();
    assertTrue(assertThrows(MalformedJsonException.class, control::nextString).getMessage().startsWith("Unescaped control"));
  }

  @Test
  void namesFromAnyOtherReaderMatchThroughTheirStrings() throws IOException {
    JsonReader in = new JsonReader(new java.io.StringReader("{\"b\":1,\"c\":2}"));
    MemberNameReader names = MemberNames.reader(in);
    MemberNames table = MemberNames.of("a", "b");

    in.beginObject();
    assertEquals(1, names.nextMember(table));
    in.skipValue();
    assertEquals(MemberNames.UNDECLARED, names.nextMember(table));
    assertEquals("c", names.undeclaredName());
  }

  @Test
  void aNameGivenTwiceToATableIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> MemberNames.of("a", "b", "a"));
  }

  @Test
  void commonTimestampsReadFromTheBytesAsParseTimestampReadsThem() throws IOException {
    String[] texts = {
      "2024-03-01T20:00:00Z", "2024-03-01T20:00:00.123456789+09:00", "2024-03-02T05:00:00-01:30",
      "2024-03-01 20:00:00Z", "2024-02-30T20:00:00Z", "0000-01-01T00:00:00+00:01", "2024-03-01T20:00:00.1234567891Z"
    };
    for (String text : texts) {
      Utf8JsonReader in = reader("\"" + text + "\"", 8);
      OffsetDateTime common = Utf8JsonReader.nextCommonTimestamp(in);
      OffsetDateTime expected = parsesToWritable(text);
      if (common == null) {
        assertEquals(text, in.nextString(), "a value the fast path leaves is read as it was");
      } else {
        assertEquals(expected, common, text);
        assertEquals(JsonToken.END_DOCUMENT, in.peek());
      }
    }
    assertNull(Utf8JsonReader.nextCommonTimestamp(new JsonReader(new java.io.StringReader("\"2024-03-01T20:00:00Z\""))));
  }

  @Test
  void timestampsOfTheUsualLengthsEndWhereTheirStringEnds() throws IOException {
    String[] values = {
      "2024-03-01T20:00:00Z", "2024-03-01T20:00:00+01:00", "2024-03-01T20:00:00.000Z", "2024-03-01", "x", "",
      "2024-03-01T20:00:00Zabcde", "2024-03-01T20:00:0"
    };
    for (String first : values) {
      for (String second : values) {
        String[] texts = {first, second, first};
        String json = "[\"" + String.join("\",\"", texts) + "\"]";
        Utf8JsonReader[] readers = {new Utf8JsonReader(json.getBytes(StandardCharsets.UTF_8)), reader(json, 8192), reader(json, 8)};
        for (Utf8JsonReader in : readers) {
          in.beginArray();
          for (String text : texts) {
            OffsetDateTime common = Utf8JsonReader.nextCommonTimestamp(in);
            if (common == null) {
              assertEquals(text, in.nextString(), json);
            } else {
              assertEquals(parsesToWritable(text), common, json);
            }
          }
          in.endArray();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 20})
  void declaredStringsMatchInTheBytesWhetherTheTableIsTriedInTurnOrHashed(int size) throws IOException {
    String[] texts = new String[size];
    texts[0] = "a_rather_long_value_of_an_enum";
    for (int i = 1; i < size; i++) {
      texts[i] = "value_" + i;
    }
    MemberNames table = MemberNames.of(texts);
    String[] values = {texts[0], texts[1], texts[size - 1], "value_", "value_1x", "valu\\u0065_1", "", "a_rather_long_value_of_an_enun"};
    String json = "[\"" + String.join("\",\"", values) + "\",1]";
    for (Utf8JsonReader in : new Utf8JsonReader[] {new Utf8JsonReader(json.getBytes(StandardCharsets.UTF_8)), reader(json, 8192), reader(json, 8)}) {
      in.beginArray();
      for (int i = 0; i < values.length; i++) {
        String text = values[i].replace("\\u0065", "e");
        int expected = text.equals(values[i]) ? Arrays.asList(texts).indexOf(text) : MemberNames.UNDECLARED;
        int index = Utf8JsonReader.nextDeclaredString(in, table);
        assertEquals(expected, index, values[i]);
        if (index == MemberNames.UNDECLARED) {
          assertEquals(text, in.nextString());
        }
        assertEquals("$[" + (i + 1) + "]", in.getPath());
      }
      assertEquals(MemberNames.UNDECLARED, Utf8JsonReader.nextDeclaredString(in, table));
      assertEquals(1, in.nextInt());
      in.endArray();
    }
  }

  @Test
  void timestampsDecodeTheSameFromBytesAsFromText() throws IOException {
    String json = "[\"2024-03-01T20:00:00Z\",\"2024-03-01 21:00:00+01:00\",null,\"2024-03-01T20:00:00.5-00:00\"]";
    TypeToken<List<OffsetDateTime>> type = new TypeToken<List<OffsetDateTime>>() {};

    assertEquals(Json.gson().fromJson(json, type), Json.gson().getAdapter(type).read(reader(json, 8)));
  }

  @Test
  void stringMapsDecodeFromBytesAsGsonDecodesThemAndRejectDuplicateKeys() throws IOException {
    TypeToken<List<Map<String, Object>>> type = new TypeToken<List<Map<String, Object>>>() {};
    String json = "[{\"a\":1,\"b\":{\"c\":[true]}},null,{}]";

    assertEquals(Json.gson().fromJson(json, type), Json.gson().getAdapter(type).read(reader(json, 8)));
    TypeToken<Map<String, String>> strings = new TypeToken<Map<String, String>>() {};
    assertThrows(JsonSyntaxException.class, () -> Json.gson().getAdapter(strings).read(reader("{\"a\":\"1\",\"a\":\"2\"}", 8)));
  }

  @Test
  void randomDocumentsReadTheSameWithAnyBufferSize() {
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      Utf8JsonReaderDifferentialTest.compare(JsonDocuments.wellFormed(random), Strictness.STRICT, random);
    }
  }

  private static OffsetDateTime parsesToWritable(String text) {
    try {
      OffsetDateTime parsed = Json.parseTimestamp(text);
      return Json.isRfc3339Instant(parsed) ? parsed : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483647", "2147483648", "-2147483649", "\"2147483648\"", "\"-2147483648\"", "1e3",
      "\"1e3\"", "1.5", "9223372036854775807", "9223372036854775808", "\"9223372036854775808\"",
      "9.223372036854775807E18", "-9.3E18", "\"x\""})
  void wholeNumbersAreReadAndRefusedAsGsonDoes(String number) throws IOException {
    for (boolean asInt : new boolean[] {true, false}) {
      String document = "[" + number + "]";
      JsonReader gson = new JsonReader(new java.io.StringReader(document));
      Utf8JsonReader utf8 = new Utf8JsonReader(document.getBytes(StandardCharsets.UTF_8));
      gson.beginArray();
      utf8.beginArray();

      assertEquals(wholeOrFailure(gson, asInt), wholeOrFailure(utf8, asInt), document + (asInt ? " as int" : " as long"));
      assertEquals(gson.peek(), utf8.peek(), "what is left to read after " + document);
    }
  }

  private static String wholeOrFailure(JsonReader in, boolean asInt) {
    try {
      return String.valueOf(asInt ? in.nextInt() : in.nextLong());
    } catch (IOException | RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
