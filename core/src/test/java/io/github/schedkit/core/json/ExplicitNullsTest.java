package io.github.schedkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.annotations.SerializedName;
import com.google.gson.stream.JsonWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplicitNullsTest {

  /** A hand-written stand-in for a generated model with x-schedkit-explicit-nulls. */
  static final class Patch extends ExplicitNullsModel {
    @SerializedName("name")
    String name;

    @SerializedName("note")
    String note;

    @SerializedName("window")
    Window window;

    Patch() {}

    Patch(String name, Window window, String... cleared) {
      this.name = name;
      this.window = window;
      initExplicitNulls(Arrays.asList(cleared));
    }
  }

  /** A nested model without explicit nulls. */
  static final class Window {
    @SerializedName("start")
    String start;

    @SerializedName("end")
    String end;

    Window(String start) {
      this.start = start;
    }
  }

  @Test
  void clearedMembersAreSentAsNullAndUnsetOnesAreLeftOut() {
    Patch patch = new Patch("Weekly sync", new Window("09:00"), "note");

    assertEquals(
        "{\"name\":\"Weekly sync\",\"window\":{\"start\":\"09:00\"},\"note\":null}",
        Json.gson().toJson(patch));
  }

  @Test
  void withoutClearedMembersNoNullIsSent() {
    assertEquals("{\"name\":\"x\"}", Json.gson().toJson(new Patch("x", null)));
  }

  @Test
  void nullsOfNestedModelsStayOutEvenWhenTheWriterSerializesNulls() throws Exception {
    StringWriter text = new StringWriter();
    JsonWriter writer = Json.gson().newJsonWriter(text);
    writer.setSerializeNulls(true);

    Json.gson().getAdapter(Patch.class).write(writer, new Patch(null, new Window("09:00"), "note"));
    writer.flush();

    assertEquals("{\"window\":{\"start\":\"09:00\"},\"note\":null}", text.toString());
    assertTrue(writer.getSerializeNulls(), "the writer's own setting is restored");
  }

  @Test
  void theWritersNullSettingIsRestoredForTheMembersAfterIt() {
    List<Object> list = Arrays.asList(new Patch("a", null, "note"), Collections.singletonMap("k", null));

    assertEquals("[{\"name\":\"a\",\"note\":null},{}]", Json.gson().toJson(list));
  }

  @Test
  void decodingRemembersNullMembersSoTheModelEncodesBackTheSame() {
    String json = "{\"name\":\"x\",\"note\":null}";

    Patch decoded = Json.gson().fromJson(json, Patch.class);

    assertEquals(Collections.singleton("note"), decoded.explicitNulls());
    assertEquals(json, Json.gson().toJson(decoded));
  }

  @Test
  void aDecodedModelWithoutNullsHasNoExplicitNulls() {
    Patch decoded = Json.gson().fromJson("{\"name\":\"x\"}", Patch.class);

    assertTrue(decoded.explicitNulls().isEmpty());
    assertFalse(Json.gson().toJson(decoded).contains("null"));
  }
}
