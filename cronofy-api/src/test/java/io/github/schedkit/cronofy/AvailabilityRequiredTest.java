package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParseException;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.cronofy.model.AvailabilityMember;
import io.github.schedkit.cronofy.model.AvailabilityParticipantGroup;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two wire forms of a participant group's {@code required}: {@code "all"} or a number. */
class AvailabilityRequiredTest {

  private static AvailabilityRequired decode(String json) {
    return Json.gson().fromJson(json, AvailabilityRequired.class);
  }

  private static String encode(AvailabilityRequired required) {
    return Json.gson().toJson(required, AvailabilityRequired.class);
  }

  @Test
  void allIsSentAsTheStringAll() {
    assertEquals("\"all\"", encode(AvailabilityRequired.all()));
    assertTrue(AvailabilityRequired.all().isAll());
    assertNull(AvailabilityRequired.all().getCount());
    assertEquals("all", AvailabilityRequired.all().toString());
  }

  @Test
  void aNumberIsSentAsAJsonNumber() {
    AvailabilityRequired two = AvailabilityRequired.atLeast(2);

    assertEquals("2", encode(two));
    assertFalse(two.isAll());
    assertEquals(Integer.valueOf(2), two.getCount());
    assertEquals("2", two.toString());
    assertEquals("2147483647", encode(AvailabilityRequired.atLeast(Integer.MAX_VALUE)));
  }

  @Test
  void decodesBothForms() {
    assertSame(AvailabilityRequired.all(), decode("\"all\""));
    assertEquals(AvailabilityRequired.atLeast(1), decode("1"));
    assertEquals(AvailabilityRequired.atLeast(12), decode("12"));
    assertEquals(AvailabilityRequired.atLeast(Integer.MAX_VALUE), decode("2147483647"));
    assertNull(decode("null"));
  }

  @Test
  void equalityFollowsTheWireValue() {
    assertEquals(AvailabilityRequired.atLeast(3), AvailabilityRequired.atLeast(3));
    assertEquals(AvailabilityRequired.atLeast(3).hashCode(), AvailabilityRequired.atLeast(3).hashCode());
    assertNotEquals(AvailabilityRequired.atLeast(3), AvailabilityRequired.atLeast(4));
    assertNotEquals(AvailabilityRequired.all(), AvailabilityRequired.atLeast(1));
    assertNotEquals(AvailabilityRequired.atLeast(1), AvailabilityRequired.all());
    assertNotEquals(AvailabilityRequired.all(), "all");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void atLeastRefusesFewerThanOneMember(int count) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> AvailabilityRequired.atLeast(count));
    assertTrue(e.getMessage().contains(String.valueOf(count)), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"ALL\"", "\"any\"", "\"\"", "\"1\"", "0", "-3", "1.5", "1.0", "1e2", "2147483648",
        "99999999999999999999", "true", "[1]", "{\"required\":\"all\"}"
      })
  void malformedFormsAreDecodingErrorsThatNameThePath(String json) {
    JsonParseException e =
        assertThrows(
            JsonParseException.class,
            () -> Json.gson().fromJson("{\"members\":[{\"sub\":\"acc_1\"}],\"required\":" + json + "}",
                AvailabilityParticipantGroup.class));
    assertTrue(e.getMessage().contains("$.required"), e.getMessage());
  }

  @Test
  void aParticipantGroupCarriesTheRequirement() {
    AvailabilityParticipantGroup group =
        AvailabilityParticipantGroup.builder()
            .members(Collections.singletonList(AvailabilityMember.builder().sub("res_1").build()))
            .required(AvailabilityRequired.atLeast(1))
            .build();

    String json = Json.gson().toJson(group);

    assertEquals("{\"members\":[{\"sub\":\"res_1\"}],\"required\":1}", json);
    assertEquals(group, Json.gson().fromJson(json, AvailabilityParticipantGroup.class));
  }

  @Test
  void aParticipantGroupWithoutARequirementIsRefusedByItsBuilder() {
    AvailabilityParticipantGroup.Builder builder =
        AvailabilityParticipantGroup.builder()
            .members(Collections.singletonList(AvailabilityMember.builder().sub("acc_1").build()));

    IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
    assertTrue(e.getMessage().contains("required"), e.getMessage());
  }
}
