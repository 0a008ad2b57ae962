package io.github.schedkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The base of the generated model adapters, with a model and adapter written as the templates generate them. */
class ModelTypeAdapterTest {
  private static final Gson GSON = Json.gson();

  /** A model as generated: final fields, undeclared members, explicit nulls. */
  @AdaptedBy(ThingAdapter.class)
  static final class Thing implements ExtensibleModel, ExplicitNullsModel {
    final String id;
    final List<String> tags;
    final OffsetDateTime at;
    final Thing child;
    private final Map<String, JsonElement> additionalProperties;
    private final Set<String> explicitNulls;

    Thing(String id, List<String> tags, OffsetDateTime at, Thing child, Map<String, JsonElement> additional,
        Set<String> nulls) {
      this.id = id;
      this.tags = tags;
      this.at = at;
      this.child = child;
      this.additionalProperties = ModelValues.readOnly(additional);
      this.explicitNulls = ModelValues.readOnly(nulls);
    }

    @Override
    public Map<String, JsonElement> additionalProperties() {
      return additionalProperties;
    }

    @Override
    public Set<String> explicitNulls() {
      return explicitNulls;
    }
  }

  /** The adapter as generated. */
  static final class ThingAdapter extends ModelTypeAdapter<Thing> {
    private final TypeAdapter<String> idAdapter;
    private final TypeAdapter<List<String>> tagsAdapter;
    private final TypeAdapter<OffsetDateTime> atAdapter;
    private final TypeAdapter<Thing> childAdapter;

    public ThingAdapter(Gson gson) {
      super(gson);
      idAdapter = adapter(gson, String.class);
      tagsAdapter = adapter(gson, listOf(String.class));
      atAdapter = adapter(gson, OffsetDateTime.class);
      childAdapter = adapter(gson, Thing.class);
    }

    @Override
    protected Thing readMembers(JsonReader in) throws IOException {
      String id = null;
      List<String> tags = null;
      OffsetDateTime at = null;
      Thing child = null;
      Map<String, JsonElement> undeclared = null;
      Set<String> nulls = null;
      while (in.hasNext()) {
        String member = in.nextName();
        switch (member) {
          case "id":
            id = idAdapter.read(in);
            nulls = id == null ? addNull(nulls, member) : nulls;
            break;
          case "tags":
            tags = tagsAdapter.read(in);
            break;
          case "at":
            at = atAdapter.read(in);
            break;
          case "child":
            child = childAdapter.read(in);
            break;
          default:
            undeclared = readUndeclared(undeclared, member, in);
        }
      }
      return new Thing(id, tags, at, child, undeclared, nulls);
    }

    @Override
    protected void writeMembers(JsonWriter out, Thing value) throws IOException {
      writeMember(out, "id", idAdapter, value.id);
      writeMember(out, "tags", tagsAdapter, value.tags);
      writeMember(out, "at", atAdapter, value.at);
      writeMember(out, "child", childAdapter, value.child);
    }
  }

  @Test
  void declaredMembersAreReadAndTheRestIsKeptInOrder() {
    Thing thing = GSON.fromJson("{\"color\":\"red\",\"id\":\"t1\",\"tags\":[\"a\",\"b\"],"
        + "\"at\":\"2024-03-01T21:00:00+01:00\",\"limits\":{\"max\":[1,2]},\"child\":{\"id\":\"c1\",\"shade\":\"dark\"},"
        + "\"later\":null}", Thing.class);

    assertEquals("t1", thing.id);
    assertEquals(Arrays.asList("a", "b"), thing.tags);
    assertEquals(Instant.parse("2024-03-01T20:00:00Z"), thing.at.toInstant());
    assertEquals("c1", thing.child.id);
    assertEquals(JsonParser.parseString("\"dark\""), thing.child.additionalProperties().get("shade"));
    assertEquals(Arrays.asList("color", "limits", "later"), Arrays.asList(thing.additionalProperties().keySet().toArray()));
    assertEquals(JsonParser.parseString("{\"max\":[1,2]}"), thing.additionalProperties().get("limits"));
    assertTrue(thing.additionalProperties().get("later").isJsonNull());
    assertThrows(UnsupportedOperationException.class, () -> thing.additionalProperties().clear());
  }

  @Test
  void undeclaredMembersAreWrittenBackAfterTheDeclaredOnes() {
    Map<String, JsonElement> extra = new LinkedHashMap<>();
    extra.put("extra", JsonParser.parseString("{\"a\":[1]}"));
    Thing thing = new Thing("t1", null, null, null, extra, null);

    assertEquals("{\"id\":\"t1\",\"extra\":{\"a\":[1]}}", GSON.toJson(thing));
    assertTrue(GSON.fromJson("{}", Thing.class).additionalProperties().isEmpty());
  }

  @Test
  void clearedMembersAreSentAsNullEvenWhenTheWriterLeavesNullsOut() throws IOException {
    Thing thing = new Thing(null, null, null, new Thing(null, null, null, null, null, null), null,
        new LinkedHashSet<>(Arrays.asList("id")));
    StringWriter text = new StringWriter();
    JsonWriter writer = new JsonWriter(text);
    writer.setSerializeNulls(false);

    GSON.getAdapter(Thing.class).write(writer, thing);

    assertEquals("{\"child\":{},\"id\":null}", text.toString());
    assertEquals(false, writer.getSerializeNulls(), "the writer's own setting is restored");
  }

  @Test
  void membersThatArriveAsNullAreSentBackAsNull() {
    Thing thing = GSON.fromJson("{\"id\":null,\"tags\":null}", Thing.class);

    assertEquals(new LinkedHashSet<>(Arrays.asList("id")), thing.explicitNulls());
    assertEquals("{\"id\":null}", GSON.toJson(thing));
  }

  @Test
  void nullIsNull() {
    assertNull(GSON.fromJson("null", Thing.class));
    assertNull(GSON.fromJson("{\"child\":null}", Thing.class).child);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"thing\"", "{\"tags\":\"a\"}", "{\"child\":[]}", "{\"id\":"})
  void malformedInputIsAJsonParseException(String json) {
    assertThrows(JsonParseException.class, () -> GSON.fromJson(json, Thing.class));
  }

  @Test
  void aDecodingErrorNamesTheJsonPath() {
    JsonParseException e =
        assertThrows(JsonParseException.class, () -> GSON.fromJson("{\"child\":{\"at\":\"soon\"}}", Thing.class));

    assertTrue(e.getMessage().contains("$.child.at"), e.getMessage());
  }
}
