package io.github.schedkit.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.schedkit.core.corpus.JsonComparison.Mode;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The corpus's equality rules: what counts as lost, changed or added. */
class JsonComparisonTest {

  private static JsonComparison compare(String documented, String produced, Mode mode) {
    return JsonComparison.compare(json(documented), json(produced), mode);
  }

  private static JsonElement json(String text) {
    return JsonParser.parseString(text);
  }

  @Test
  void aLostMemberIsNamedByItsPath() {
    JsonComparison c =
        compare(
            "{\"calendars\": [{\"calendar_id\": \"cal_1\", \"profile_id\": \"pro_1\"}]}",
            "{\"calendars\": [{\"calendar_id\": \"cal_1\"}]}",
            Mode.NOTHING_LOST);
    assertEquals(
        Collections.singletonList("$.calendars[0].profile_id: documented \"pro_1\", produced absent"), c.differences());
  }

  @Test
  void aChangedValueIsADifference() {
    JsonComparison c = compare("{\"a\": {\"b\": \"x\"}}", "{\"a\": {\"b\": \"y\"}}", Mode.NOTHING_LOST);
    assertEquals(Collections.singletonList("$.a.b: documented \"x\", produced \"y\""), c.differences());
  }

  @Test
  void aLostArrayElementIsADifference() {
    JsonComparison c = compare("{\"a\": [1, 2, 3]}", "{\"a\": [1, 2]}", Mode.NOTHING_LOST);
    assertEquals(Collections.singletonList("$.a[2]: documented 3, produced absent"), c.differences());
  }

  @Test
  void anAddedArrayElementIsADifferenceEvenWhenOnlyLossCounts() {
    assertEquals(
        Collections.singletonList("$[1]: documented absent, produced 2"),
        compare("[1]", "[1, 2]", Mode.NOTHING_LOST).differences());
  }

  @Test
  void aLostNullIsNoDifferenceButANullForAValueIs() {
    assertTrue(compare("{\"capacity\": null, \"a\": 1}", "{\"a\": 1}", Mode.NOTHING_LOST).equal());
    assertEquals(
        Collections.singletonList("$.a: documented 1, produced null"),
        compare("{\"a\": 1}", "{\"a\": null}", Mode.NOTHING_LOST).differences());
    assertEquals(
        Collections.singletonList("$.a: documented null, produced 1"),
        compare("{\"a\": null}", "{\"a\": 1}", Mode.NOTHING_LOST).differences());
  }

  @Test
  void numbersCompareNumericallyButNeverEqualStrings() {
    assertTrue(compare("{\"n\": 1}", "{\"n\": 1.0}", Mode.SAME).equal());
    assertTrue(compare("{\"n\": 100}", "{\"n\": 1e2}", Mode.SAME).equal());
    assertEquals(1, compare("{\"n\": 1}", "{\"n\": \"1\"}", Mode.SAME).differences().size());
    assertEquals(1, compare("{\"n\": 1}", "{\"n\": 2}", Mode.SAME).differences().size());
  }

  @Test
  void timestampsCompareAsInstantsAndTheTextualDifferenceIsANote() {
    JsonComparison c =
        compare("{\"t\": \"2024-03-16T11:00:00+09:00\"}", "{\"t\": \"2024-03-16T02:00:00.000Z\"}", Mode.SAME);
    assertTrue(c.equal(), c.differences().toString());
    assertEquals(1, c.notes().size());
    assertTrue(c.notes().get(0).startsWith("$.t: the same instant"), c.notes().get(0));
    assertEquals(
        1, compare("{\"t\": \"2024-03-16T11:00:00+09:00\"}", "{\"t\": \"2024-03-16T11:00:00Z\"}", Mode.SAME)
            .differences().size());
    assertEquals(1, compare("{\"d\": \"2024-03-16\"}", "{\"d\": \"2024-03-17\"}", Mode.SAME).differences().size());
  }

  @Test
  void aProducedTimestampInAnotherFormIsADifference() {
    JsonComparison c =
        compare("{\"t\": \"2024-03-16T11:00:00+09:00\"}", "{\"t\": \"2024-03-16T02:00:00Z\"}", Mode.NOTHING_LOST);

    assertEquals(
        Collections.singletonList(
            "$.t: produced \"2024-03-16T02:00:00Z\", not in the form schedkit writes timestamps (2024-03-16T02:00:00.000Z)"),
        c.differences());
    assertTrue(compare("{\"t\": \"2024-03-16T02:00:00Z\"}", "{\"t\": \"2024-03-16T02:00:00Z\"}", Mode.SAME).equal());
  }

  @Test
  void onlySameModeFailsOnAddedMembersAndAnAddedNullIsFine() {
    assertTrue(compare("{\"a\": 1}", "{\"a\": 1, \"b\": 2}", Mode.NOTHING_LOST).equal());
    assertEquals(
        Collections.singletonList("$.b: documented absent, produced 2"),
        compare("{\"a\": 1}", "{\"a\": 1, \"b\": 2}", Mode.SAME).differences());
    assertTrue(compare("{\"a\": 1}", "{\"a\": 1, \"b\": null}", Mode.SAME).equal());
  }

  @Test
  void shapesAndBooleansCompareExactly() {
    assertEquals(1, compare("{\"a\": {}}", "{\"a\": []}", Mode.NOTHING_LOST).differences().size());
    assertEquals(1, compare("{\"a\": true}", "{\"a\": false}", Mode.NOTHING_LOST).differences().size());
    assertEquals(1, compare("{\"a\": \"true\"}", "{\"a\": true}", Mode.NOTHING_LOST).differences().size());
  }

  @Test
  void unusualMemberNamesAreQuotedInThePath() {
    assertEquals(
        Collections.singletonList("$['two words']: documented 1, produced absent"),
        compare("{\"two words\": 1}", "{}", Mode.NOTHING_LOST).differences());
  }
}
