package io.github.schedkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenEnumTest extends MockServerTestBase {

  private static ThingStatus decode(String json) {
    return Json.gson().fromJson(json, ThingStatus.class);
  }

  @Test
  void knownValueDecodesToTheConstant() {
    ThingStatus status = decode("\"active\"");

    assertSame(ThingStatus.ACTIVE, status);
    assertTrue(status.isRecognized());
    assertEquals(ThingStatus.Value.ACTIVE, status.value());
    assertEquals("active", status.asString());
  }

  @Test
  void listedValuesReadFromUtf8BytesAreTheConstantsAndOtherTextsAreKept() throws IOException {
    byte[] json = "[\"active\", \"archived\",\"activ\",\"active_\",\"\\u0061ctive\",\"ACTIVE\",null,1]"
        .getBytes(StandardCharsets.UTF_8);
    TypeAdapter<ThingStatus> adapter = Json.gson().getAdapter(ThingStatus.class);
    for (Utf8JsonReader in : new Utf8JsonReader[] {new Utf8JsonReader(json), new Utf8JsonReader(new ByteArrayInputStream(json), 8)}) {
      in.beginArray();
      assertSame(ThingStatus.ACTIVE, adapter.read(in));
      assertEquals("$[1]", in.getPath());
      assertSame(ThingStatus.ARCHIVED, adapter.read(in));
      assertEquals("activ", adapter.read(in).asString());
      assertEquals("active_", adapter.read(in).asString());
      assertSame(ThingStatus.ACTIVE, adapter.read(in));
      ThingStatus upperCase = adapter.read(in);
      assertFalse(upperCase.isRecognized());
      assertEquals("ACTIVE", upperCase.asString());
      assertNull(adapter.read(in));
      assertTrue(adapter.read(in).isJsonLiteral());
      assertEquals("$[8]", in.getPath());
      in.endArray();
    }
  }

  @Test
  void unknownValueIsKeptAsText() {
    ThingStatus status = decode("\"on_hold\"");

    assertFalse(status.isRecognized());
    assertEquals(ThingStatus.Value.UNRECOGNIZED, status.value());
    assertEquals("on_hold", status.asString());
    assertEquals("on_hold", status.toString());
  }

  @Test
  void caseMattersForKnownValues() {
    ThingStatus status = decode("\"ACTIVE\"");

    assertFalse(status.isRecognized());
    assertEquals("ACTIVE", status.asString());
    assertNotEquals(ThingStatus.ACTIVE, status);
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "1.50, 1.50", "-3, -3", "true, true", "false, false"})
  void numbersAndBooleansAreKeptAsTheirText(String json, String text) {
    ThingStatus status = decode(json);

    assertEquals(text, status.asString());
    assertFalse(status.isRecognized());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.50", "-3", "true", "false"})
  void numbersAndBooleansAreWrittenBackAsTheSameLiteral(String json) {
    ThingStatus status = decode(json);

    assertTrue(status.isJsonLiteral());
    assertEquals(json, Json.gson().toJson(status));
    assertEquals(JsonParser.parseString(json), Json.gson().toJsonTree(status));
  }

  @Test
  void aLiteralKeepsTheConstantOfItsTextButIsNotTheStringValue() {
    ThingStatus number = decode("1");

    assertFalse(ThingStatus.of("1").isJsonLiteral());
    assertEquals(ThingStatus.of("1").value(), number.value());
    assertNotEquals(ThingStatus.of("1"), number);
    assertEquals(decode("1"), number);
  }

  @Test
  void anAdapterWithoutFromLiteralWritesLiteralsBackAsStrings() throws Exception {
    OtherStatus.Adapter adapter = new OtherStatus.Adapter();

    assertEquals("\"7\"", adapter.toJson(adapter.fromJson("7")));
  }

  @Test
  void jsonNullIsNull() {
    assertNull(decode("null"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\":\"active\"}", "[\"active\"]"})
  void objectOrArrayIsADecodingError(String json) {
    assertThrows(JsonParseException.class, () -> decode(json));
  }

  @Test
  void objectThroughTheHttpStackIsAResponseDecodingException() {
    server.enqueue(json("{\"id\":\"t1\",\"status\":{\"v\":1}}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute());

    assertTrue(e.getMessage().contains("expected an enum value"), e.getMessage());
  }

  @Test
  void unknownValueThroughTheHttpStackIsKept() {
    server.enqueue(json("{\"id\":\"t1\",\"status\":\"brand-new\"}"));

    ThingStatus status = api.getThing("t1").execute().getStatus();

    assertEquals("brand-new", status.asString());
    assertEquals(ThingStatus.Value.UNRECOGNIZED, status.value());
  }

  @Test
  void valuesNeverHoldNull() {
    assertThrows(NullPointerException.class, () -> ThingStatus.of(null));
    assertEquals("", ThingStatus.of("").asString());
    assertFalse(ThingStatus.of("").isRecognized());
  }

  @Test
  void ofReturnsTheConstantsForKnownText() {
    assertSame(ThingStatus.ACTIVE, ThingStatus.of("active"));
    assertSame(ThingStatus.ARCHIVED, ThingStatus.of("archived"));
  }

  @Test
  void equalityAndHashCodeFollowTheRawText() {
    ThingStatus a = ThingStatus.of("paused");
    ThingStatus b = decode("\"paused\"");

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(Set.of(a), Set.of(b));
    assertNotEquals(a, ThingStatus.of("Paused"));
    assertNotEquals(a, ThingStatus.ACTIVE);
    assertNotEquals(a, "paused");
    assertNotEquals(a, null);
    assertEquals(ThingStatus.ACTIVE, decode("\"active\""));
  }

  @Test
  void differentEnumTypesWithTheSameTextAreNotEqual() {
    assertNotEquals(ThingStatus.of("active"), OtherStatus.of("active"));
  }

  @Test
  void writesTheRawText() {
    assertEquals("\"on_hold\"", Json.gson().toJson(ThingStatus.of("on_hold")));
    assertEquals("\"active\"", Json.gson().toJson(ThingStatus.ACTIVE));
    assertEquals("{\"status\":\"x\"}", Json.gson().toJson(Thing.of(null, null).status(ThingStatus.of("x"))));
  }

  @Test
  void roundTripKeepsUnknownText() {
    ThingStatus original = ThingStatus.of("née & <b>");

    ThingStatus back = decode(Json.gson().toJson(original));

    assertEquals(original, back);
    assertEquals("\"née & <b>\"", Json.gson().toJson(original), "no HTML escaping");
  }

  @Test
  void anAdapterIsUsableDirectly() throws Exception {
    ThingStatus.Adapter adapter = new ThingStatus.Adapter();

    assertSame(ThingStatus.ARCHIVED, adapter.fromJson("\"archived\""));
    assertEquals("\"z\"", adapter.toJson(ThingStatus.of("z")));
    assertEquals("null", adapter.toJson(null));
    assertInstanceOf(ThingStatus.class, adapter.fromJson("7"));
  }

  /** A second open enum, to check that equality is per type. */
  @AdaptedBy(OtherStatus.Adapter.class)
  static final class OtherStatus extends OpenEnum<OtherStatus.Value> {
    enum Value {
      ACTIVE,
      UNRECOGNIZED
    }

    private OtherStatus(String raw, Value value) {
      super(raw, value);
    }

    static OtherStatus of(String raw) {
      return new OtherStatus(raw, "active".equals(raw) ? Value.ACTIVE : Value.UNRECOGNIZED);
    }

    static final class Adapter extends OpenEnumAdapter<OtherStatus> {
      @Override
      protected OtherStatus fromString(String raw) {
        return of(raw);
      }
    }
  }
}
