package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schedkit.cronofy.BatchEntryResult;
import io.github.schedkit.cronofy.BatchPartialFailureException;
import io.github.schedkit.cronofy.CronofyBatch;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.model.BatchMethod;
import io.github.schedkit.mock.PrismServer;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batch operation against Prism. The spec's example answers 207 with one accepted entry and
 * one 422 entry, so the call raises the partial-failure exception, which still holds both.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyBatchIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static CronofyClient cronofy;

  @BeforeAll
  static void setUp(PrismServer prism) {
    cronofy = CronofyMock.client(prism, SENT);
  }

  @Test
  void sendBatch() {
    // The docs' example: a typed deletion, and an upsert without a summary (which the typed
    // UpsertEventRequest would refuse to build), sent as a raw entry.
    CronofyBatch batch =
        cronofy
            .batch()
            .deleteEvent("cal_123_abc", "456")
            .add(
                BatchMethod.POST,
                "/v1/calendars/cal_123_abc/events",
                Map.of(
                    "event_id", "qTtZdczOccgaPncGJaCiLg",
                    "description", "Discuss plans for the next quarter.",
                    "start", "2014-08-05T15:30:00Z",
                    "end", "2014-08-05T17:00:00Z",
                    "location", Map.of("description", "Board room")));

    BatchPartialFailureException e = assertThrows(BatchPartialFailureException.class, batch::execute);

    Request sent = SENT.last();
    CronofyMock.assertPostedExample(sent, "/v1/batch", "sendBatch");
    CronofyMock.assertUserToken(sent);
    assertEquals(207, SENT.lastStatus());

    // Every entry of the 207, in request order, as the example says.
    EXAMPLES.assertMatchesResponse(
        "sendBatch", e.result().entries().stream().map(BatchEntryResult::response).toList());
    BatchEntryResult accepted = e.successes().get(0);
    assertEquals(0, accepted.index());
    assertEquals(202, accepted.status());
    assertEquals(BatchMethod.DELETE, accepted.request().getMethod());
    BatchEntryResult refused = e.failures().get(0);
    assertEquals(1, refused.index());
    assertEquals(422, refused.status());
    assertEquals("errors.required", refused.fieldErrors().get("summary").get(0).getKey());
    assertEquals(List.of(accepted, refused), e.result().entries());
    assertEquals(
        "sendBatch (POST /v1/batch): 1 of 2 requests failed: #1 POST /v1/calendars/cal_123_abc/events: HTTP 422"
            + " (summary: summary must be specified)",
        e.getMessage());
  }
}
