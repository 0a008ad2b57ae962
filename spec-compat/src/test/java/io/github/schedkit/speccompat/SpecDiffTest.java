package io.github.schedkit.speccompat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecDiffTest {
  @TempDir Path dir;

  @Test
  void anUnchangedSpecHasNoBreakingChange() {
    assertEquals(List.of(), SpecDiff.breakingChanges("cronofy.yaml", released("cronofy.yaml"), cronofy(spec -> {})));
  }

  @Test
  void aRemovedOperationIsBreaking() {
    Path edited = jicoo(spec -> SpecEdit.map(spec, "paths", "/v1/bookings/{uid}").remove("get"));

    assertEquals(
        List.of(new BreakingChange("jicoo.yaml", "GET /v1/bookings/{uid}", List.of("operation removed"))),
        SpecDiff.breakingChanges("jicoo.yaml", released("jicoo.yaml"), edited));
  }

  @Test
  void aRequestFieldMadeRequiredIsBreaking() {
    Path edited = jicoo(spec -> SpecEdit.list(spec, "required", "components", "schemas", "CreateBookingRequest").add("company"));

    List<BreakingChange> changes = SpecDiff.breakingChanges("jicoo.yaml", released("jicoo.yaml"), edited);

    assertEquals(1, changes.size(), changes.toString());
    assertEquals("POST /v1/bookings", changes.get(0).operation());
    assertTrue(changes.get(0).reasons().contains("request body: field(s) now required [company]"), changes.toString());
  }

  @Test
  void aResponseEnumValueRemovedIsBreaking() {
    Path edited = cronofy(spec -> SpecEdit.list(spec, "enum", "components", "schemas", "EventStatus").remove("cancelled"));

    List<BreakingChange> changes = SpecDiff.breakingChanges("cronofy.yaml", released("cronofy.yaml"), edited);

    BreakingChange readEvents =
        changes.stream().filter(change -> change.operation().equals("GET /v1/events")).findFirst().orElseThrow(() -> new AssertionError(changes));
    assertEquals(List.of("response 200 events[].status: enum value(s) removed [cancelled]"), readEvents.reasons());
  }

  @Test
  void addedOperationsFieldsAndEnumValuesAreNotBreaking() {
    Path edited =
        jicoo(spec -> {
          Map<String, Object> paths = SpecEdit.map(spec, "paths");
          Map<String, Object> copy = new LinkedHashMap<>(SpecEdit.map(spec, "paths", "/v1/bookings/{uid}", "get"));
          copy.put("operationId", "getBookingCopy");
          paths.put("/v1/bookings/{uid}/copy", new LinkedHashMap<>(Map.of("get", copy)));
          SpecEdit.map(spec, "components", "schemas", "CreateBookingRequest", "properties").put("note", Map.of("type", "string"));
          SpecEdit.map(spec, "components", "schemas", "Booking", "properties").put("color", Map.of("type", "string"));
          SpecEdit.list(spec, "enum", "components", "schemas", "BookingStatus").add("archived");
        });

    assertEquals(List.of(), SpecDiff.breakingChanges("jicoo.yaml", released("jicoo.yaml"), edited));
  }

  private Path jicoo(Consumer<Map<String, Object>> edit) {
    return SpecEdit.copyOfReleased("jicoo.yaml", dir.resolve("jicoo.yaml"), edit);
  }

  private Path cronofy(Consumer<Map<String, Object>> edit) {
    return SpecEdit.copyOfReleased("cronofy.yaml", dir.resolve("cronofy.yaml"), edit);
  }

  private static Path released(String spec) {
    return SpecEdit.SPEC_DIR.resolve("released").resolve(spec);
  }
}
