package io.github.schedkit.speccompat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecCompatCheckTest {
  private static final String ACKNOWLEDGED_REMOVAL =
      """
      acknowledged:
        - spec: jicoo.yaml
          operation: GET /v1/bookings/{uid}
          why: Jicoo retired the endpoint.
      """;

  @TempDir Path specDir;

  @BeforeEach
  void releaseJicoo() throws IOException {
    Files.createDirectories(specDir.resolve("released"));
    Files.copy(SpecEdit.SPEC_DIR.resolve("released/jicoo.yaml"), specDir.resolve("released/jicoo.yaml"));
    Files.writeString(specDir.resolve(SpecCompatCheck.ACKNOWLEDGEMENTS), "acknowledged: []\n");
  }

  @Test
  void anUnacknowledgedBreakingChangeFailsWithTheEntryToAdd() {
    removeGetBooking();

    List<String> problems = SpecCompatCheck.problems(specDir);

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("breaking change: jicoo.yaml GET /v1/bookings/{uid}: operation removed"), problems.get(0));
    assertTrue(problems.get(0).contains("- spec: jicoo.yaml\n      operation: GET /v1/bookings/{uid}\n"), problems.get(0));
  }

  @Test
  void anAcknowledgedBreakingChangePasses() throws IOException {
    removeGetBooking();
    Files.writeString(specDir.resolve(SpecCompatCheck.ACKNOWLEDGEMENTS), ACKNOWLEDGED_REMOVAL);

    assertEquals(List.of(), SpecCompatCheck.problems(specDir));
  }

  @Test
  void anAcknowledgementWithoutABreakingChangeFails() throws IOException {
    SpecEdit.copyOfReleased("jicoo.yaml", specDir.resolve("jicoo.yaml"), spec -> {});
    Files.writeString(specDir.resolve(SpecCompatCheck.ACKNOWLEDGEMENTS), ACKNOWLEDGED_REMOVAL);

    assertEquals(
        List.of("breaking-changes.yaml acknowledges jicoo.yaml GET /v1/bookings/{uid}, which has no breaking change: remove the entry"),
        SpecCompatCheck.problems(specDir));
  }

  @Test
  void aRemovedSpecIsBreaking() {
    List<String> problems = SpecCompatCheck.problems(specDir);

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("breaking change: jicoo.yaml *: the spec was removed"), problems.get(0));
  }

  private void removeGetBooking() {
    SpecEdit.copyOfReleased("jicoo.yaml", specDir.resolve("jicoo.yaml"), spec -> SpecEdit.map(spec, "paths", "/v1/bookings/{uid}").remove("get"));
  }
}
