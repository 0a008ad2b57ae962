package io.github.schedkit.speccompat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakingChangesNotesTest {
  @Test
  void listsEachAcknowledgedChange() {
    String notes =
        BreakingChangesNotes.render(List.of(
            new Acknowledgement("jicoo.yaml", "GET /v1/bookings/{uid}", "Jicoo retired the endpoint."),
            new Acknowledgement("cronofy.yaml", "GET /v1/events", "EventStatus.CANCELLED is gone.")));

    assertEquals(
        """
        ## Breaking changes

        - `jicoo.yaml` `GET /v1/bookings/{uid}`: Jicoo retired the endpoint.
        - `cronofy.yaml` `GET /v1/events`: EventStatus.CANCELLED is gone.
        """,
        notes);
  }

  @Test
  void saysSoWhenThereAreNone() {
    assertEquals("## Breaking changes\n\nNone.\n", BreakingChangesNotes.render(List.of()));
  }
}
