package io.github.schedkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.github.schedkit.core.fixture.ThingStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Decoding of {@link ExtensibleModel}s: generated-style models are read in one pass over the
 * stream; the others through a JSON tree. Both keep undeclared members and agree on every value.
 */
class ExtensibleModelTest {
  private static final String JSON =
      "{\"id\":\"m1\",\"color\":\"#ff0000\",\"created_at\":\"2024-03-01T21:00:00+01:00\",\"count\":3,"
          + "\"tags\":[\"a\",\"b\"],\"limits\":{\"perDay\":3,\"nested\":{\"deep\":[1,null]}},\"status\":\"archived\","
          + "\"name\":null,\"child\":{\"id\":\"c1\",\"shade\":\"dark\"},\"later\":null}";

  /** A generated-style model: no-argument constructor, annotated fields. */
  static class Streamed extends ExtensibleModel {
    @SerializedName("id")
    private String id;

    @SerializedName(value = "name", alternate = "title")
    private String name;

    @SerializedName("count")
    private int count = -1;

    @SerializedName("created_at")
    private OffsetDateTime createdAt;

    @SerializedName("tags")
    private List<String> tags;

    @SerializedName("status")
    private ThingStatus status;

    @SerializedName("child")
    private Streamed child;

    Streamed() {}
  }

  /** The same members plus one with a field-level adapter, which keeps it on the tree path. */
  static final class Treed extends Streamed {
    @SerializedName("shade")
    @JsonAdapter(ThingStatus.Adapter.class)
    private ThingStatus shade;

    private Treed() {}
  }

  @Test
  void aGeneratedStyleModelIsReadInOnePass() {
    assertTrue(DeclaredFields.of(Json.gson(), Streamed.class).readable());
    assertFalse(DeclaredFields.of(Json.gson(), Treed.class).readable());
  }

  @Test
  void declaredMembersLandInFieldsAndTheRestIsKeptInOrder() {
    Streamed model = Json.gson().fromJson(JSON, Streamed.class);

    assertEquals("m1", model.id);
    assertNull(model.name);
    assertEquals(3, model.count);
    assertEquals(Instant.parse("2024-03-01T20:00:00Z"), model.createdAt.toInstant());
    assertEquals(List.of("a", "b"), model.tags);
    assertEquals("archived", model.status.asString());
    assertEquals("c1", model.child.id);
    assertEquals(Map.of("shade", JsonParser.parseString("\"dark\"")), model.child.additionalProperties());
    assertEquals(List.of("color", "limits", "later"), List.copyOf(model.additionalProperties().keySet()));
    assertEquals(
        JsonParser.parseString("{\"perDay\":3,\"nested\":{\"deep\":[1,null]}}"), model.additionalProperties().get("limits"));
    assertTrue(model.additionalProperties().get("later").isJsonNull());
  }

  @Test
  void bothWaysOfReadingAgree() {
    Streamed streamed = Json.gson().fromJson(JSON, Streamed.class);
    Treed treed = Json.gson().fromJson(JSON, Treed.class);

    assertNull(treed.shade);
    assertEquals(Json.gson().toJsonTree(treed), Json.gson().toJsonTree(streamed));
    assertEquals(treed.additionalProperties(), streamed.additionalProperties());
    assertEquals(((Streamed) treed).count, streamed.count);
  }

  @Test
  void anAlternateNameFillsTheField() {
    assertEquals("t", Json.gson().fromJson("{\"title\":\"t\"}", Streamed.class).name);
  }

  @Test
  void aJsonNullLeavesAPrimitiveFieldAlone() {
    assertEquals(-1, Json.gson().fromJson("{\"count\":null}", Streamed.class).count);
    assertEquals(-1, ((Streamed) Json.gson().fromJson("{\"count\":null}", Treed.class)).count);
  }

  @Test
  void undeclaredMembersAreWrittenBack() {
    Streamed model = Json.gson().fromJson("{\"id\":\"m1\",\"extra\":{\"a\":[1]}}", Streamed.class);

    JsonElement written = Json.gson().toJsonTree(model);

    assertEquals(JsonParser.parseString("{\"id\":\"m1\",\"count\":-1,\"extra\":{\"a\":[1]}}"), written);
    assertTrue(Json.gson().fromJson("{}", Streamed.class).additionalProperties().isEmpty());
  }

  @Test
  void nullIsNull() {
    assertNull(Json.gson().fromJson("null", Streamed.class));
    assertNull(Json.gson().fromJson("{\"child\":null}", Streamed.class).child);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"text\"", "[1]", "{\"id\":{}}", "{\"count\":\"x\"}", "{\"id\":\"a\",}", "{\"id\" \"a\"}"})
  void malformedInputIsAJsonParseException(String json) {
    assertThrows(JsonParseException.class, () -> Json.gson().fromJson(json, Streamed.class));
    assertThrows(JsonParseException.class, () -> Json.gson().fromJson(json, Treed.class));
  }
}
