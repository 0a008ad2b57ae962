package io.github.schedkit.speccompat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcknowledgementsTest {
  @TempDir Path dir;

  @Test
  void readsEntriesInOrder() throws IOException {
    Path file =
        write("""
            acknowledged:
              - spec: jicoo.yaml
                operation: GET /v1/bookings/{uid}
                why: Retired.
              - spec: cronofy.yaml
                operation: GET /v1/events
                why: "  No more cancelled events.  "
            """);

    assertEquals(
        List.of(
            new Acknowledgement("jicoo.yaml", "GET /v1/bookings/{uid}", "Retired."),
            new Acknowledgement("cronofy.yaml", "GET /v1/events", "No more cancelled events.")),
        Acknowledgements.read(file));
  }

  @Test
  void theRepositorysFileIsValid() {
    Acknowledgements.read(SpecEdit.SPEC_DIR.resolve(SpecCompatCheck.ACKNOWLEDGEMENTS));
  }

  @Test
  void anIncompleteEntryIsNamed() throws IOException {
    Path file = write("acknowledged:\n  - spec: jicoo.yaml\n    operation: GET /v1/x\n");

    AcknowledgementsFormatException e = assertThrows(AcknowledgementsFormatException.class, () -> Acknowledgements.read(file));
    assertEquals(file + ": entry 1 needs a non-empty 'why'", e.getMessage());
  }

  @Test
  void anUnknownKeyIsNamed() throws IOException {
    Path file = write("acknowledged:\n  - spec: jicoo.yaml\n    operation: GET /v1/x\n    why: Because.\n    schema: Booking\n");

    AcknowledgementsFormatException e = assertThrows(AcknowledgementsFormatException.class, () -> Acknowledgements.read(file));
    assertEquals(file + ": entry 1 has an unknown key 'schema'; the keys are [spec, operation, why]", e.getMessage());
  }

  @Test
  void aFileWithoutTheListOrNotYamlIsRejected() throws IOException {
    Path noList = write("acknowledged:\n");
    Path notYaml = write("acknowledged: [\n");

    assertThrows(AcknowledgementsFormatException.class, () -> Acknowledgements.read(noList));
    assertThrows(AcknowledgementsFormatException.class, () -> Acknowledgements.read(notYaml));
  }

  private Path write(String text) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "breaking-changes", ".yaml"), text);
  }
}
