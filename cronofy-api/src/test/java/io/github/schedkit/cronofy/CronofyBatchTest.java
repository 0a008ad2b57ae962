package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.errors.CredentialHeaderException;
import io.github.schedkit.core.errors.InternalServerException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.errors.UnauthorizedException;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.http.RetryPolicy;
import io.github.schedkit.cronofy.model.AvailablePeriod;
import io.github.schedkit.cronofy.model.BatchMethod;
import io.github.schedkit.cronofy.model.DeleteAvailablePeriodsRequest;
import io.github.schedkit.cronofy.model.ErrorDetail;
import io.github.schedkit.cronofy.model.UpsertEventRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Batches: the typed entries build the same requests as the single operations, a 207 maps to
 * one result per request, and any failed entry raises {@link BatchPartialFailureException} while
 * the other entries stay readable.
 */
class CronofyBatchTest extends CronofyMockServerTest {
  private static final String SUMMARY_REQUIRED =
      "{\"errors\":{\"summary\":[{\"key\":\"errors.required\",\"description\":\"summary must be specified\"}]}}";

  private static UpsertEventRequest boardMeeting() {
    return UpsertEventRequest.builder()
        .eventId("qTtZdczOccgaPncGJaCiLg")
        .summary("Board meeting")
        .start(EventTime.time(OffsetDateTime.parse("2025-01-21T09:00:00Z")))
        .end(EventTime.time(OffsetDateTime.parse("2025-01-21T10:00:00Z")))
        .build();
  }

  private static String statuses(int... statuses) {
    StringBuilder json = new StringBuilder("{\"batch\":[");
    for (int i = 0; i < statuses.length; i++) {
      json.append(i > 0 ? "," : "").append("{\"status\":").append(statuses[i]).append('}');
    }
    return json.append("]}").toString();
  }

  @Test
  void aBatchCallTakesPerCallOptionsAndRunsAsAFuture() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json(207, statuses(202)));
    server.enqueue(json(207, "{\"batch\":[{\"status\":422,\"data\":" + SUMMARY_REQUIRED + "}]}"));

    BatchResult result =
        client.batch().deleteEvent("cal_a", "old").call()
            .withHeader("X-Trace", "t-1")
            .withQueryParameter("tzid", "Etc/UTC")
            .executeAsync()
            .get(3, TimeUnit.SECONDS);
    CompletableFuture<BatchResult> failing =
        client.batch().upsertEvent("cal_a", boardMeeting()).call().executeAsync();

    assertEquals(1, result.successes().size());
    RecordedRequest sent = takeRequest();
    assertEquals("t-1", sent.getHeader("X-Trace"));
    assertEquals("/v1/batch?tzid=Etc%2FUTC", sent.getPath());
    ExecutionException failure =
        assertThrows(ExecutionException.class, () -> failing.get(3, TimeUnit.SECONDS));
    assertInstanceOf(BatchPartialFailureException.class, failure.getCause());
    assertThrows(
        CredentialHeaderException.class,
        () -> client.batch().deleteEvent("cal_a", "old").call().withHeader("authorization", "Bearer other"));
  }

  @Test
  void sendsEveryEntryWithItsMethodPathAndBodyAndReturnsTheResultsInOrder() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json(207, statuses(202, 202, 202, 202, 202, 202, 202)));

    BatchResult result =
        client
            .batch()
            .upsertEvent("cal_a", boardMeeting())
            .deleteEvent("cal_a", "old-event")
            .deleteExternalEvent("cal_b", "evt_external_1")
            .upsertAvailablePeriod(
                "ap-1", OffsetDateTime.parse("2025-01-21T10:00:00+01:00"), OffsetDateTime.parse("2025-01-21T12:00:00Z"))
            .deleteAvailablePeriod("ap-0")
            .deleteAllAvailablePeriods()
            .add(BatchMethod.of("PATCH"), "/v1/custom", Map.of("a", 1))
            .execute();

    assertEquals(7, result.entries().size());
    assertEquals(7, result.successes().size());
    assertTrue(result.failures().isEmpty());
    assertFalse(result.hasFailures());
    for (int i = 0; i < 7; i++) {
      BatchEntryResult entry = result.entries().get(i);
      assertEquals(i, entry.index());
      assertEquals(202, entry.status());
      assertTrue(entry.isSuccessful());
      assertNull(entry.data());
      assertTrue(entry.headers().isEmpty());
      assertTrue(entry.fieldErrors().isEmpty());
    }
    assertEquals("/v1/available_periods", result.entries().get(3).request().getRelativeUrl());

    RecordedRequest sent = takeRequest();
    assertEquals("POST /v1/batch HTTP/1.1", sent.getRequestLine());
    assertEquals("Bearer " + ACCESS_TOKEN, sent.getHeader("Authorization"));
    JsonArray batch = jsonBody(sent).getAsJsonArray("batch");
    assertEquals(
        JsonParser.parseString(
            "["
                + "{\"method\":\"POST\",\"relative_url\":\"/v1/calendars/cal_a/events\",\"data\":"
                + "{\"event_id\":\"qTtZdczOccgaPncGJaCiLg\",\"summary\":\"Board meeting\","
                + "\"start\":\"2025-01-21T09:00:00.000Z\",\"end\":\"2025-01-21T10:00:00.000Z\"}},"
                + "{\"method\":\"DELETE\",\"relative_url\":\"/v1/calendars/cal_a/events\",\"data\":{\"event_id\":\"old-event\"}},"
                + "{\"method\":\"DELETE\",\"relative_url\":\"/v1/calendars/cal_b/events\",\"data\":{\"event_uid\":\"evt_external_1\"}},"
                + "{\"method\":\"POST\",\"relative_url\":\"/v1/available_periods\",\"data\":"
                + "{\"available_period_id\":\"ap-1\",\"start\":\"2025-01-21T09:00:00.000Z\",\"end\":\"2025-01-21T12:00:00.000Z\"}},"
                + "{\"method\":\"DELETE\",\"relative_url\":\"/v1/available_periods\",\"data\":{\"available_period_id\":\"ap-0\"}},"
                + "{\"method\":\"DELETE\",\"relative_url\":\"/v1/available_periods\",\"data\":{\"delete_all\":true}},"
                + "{\"method\":\"PATCH\",\"relative_url\":\"/v1/custom\",\"data\":{\"a\":1}}"
                + "]"),
        batch);
  }

  @Test
  void availablePeriodModelsAreBatchedAsTheSingleOperationsSendThem() {
    CronofyBatch batch =
        full()
            .build()
            .batch()
            .upsertAvailablePeriod(
                AvailablePeriod.builder()
                    .availablePeriodId("ap-2")
                    .start(EventTime.localized(OffsetDateTime.parse("2025-01-21T09:00:00Z"), "Europe/London"))
                    .end(EventTime.localized(OffsetDateTime.parse("2025-01-21T12:00:00Z"), "Europe/London"))
                    .build())
            .deleteAvailablePeriods(DeleteAvailablePeriodsRequest.builder().deleteAll(true).build());

    assertEquals(
        JsonParser.parseString(
            "{\"available_period_id\":\"ap-2\",\"start\":{\"time\":\"2025-01-21T09:00:00.000Z\",\"tzid\":\"Europe/London\"},"
                + "\"end\":{\"time\":\"2025-01-21T12:00:00.000Z\",\"tzid\":\"Europe/London\"}}"),
        batch.entries().get(0).getData());
    assertEquals(BatchMethod.DELETE, batch.entries().get(1).getMethod());
    assertEquals(JsonParser.parseString("{\"delete_all\":true}"), batch.entries().get(1).getData());
    assertThrows(IllegalStateException.class, () -> batch.upsertAvailablePeriod(AvailablePeriod.builder().build()));
  }

  @Test
  void oneUnprocessableEntryRaisesThePartialFailureAndKeepsTheAcceptedEntriesReadable() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(
        json(207, "{\"batch\":[{\"status\":202},{\"status\":422,\"data\":" + SUMMARY_REQUIRED + "},{\"status\":202}]}"));
    CronofyBatch batch =
        client
            .batch()
            .deleteEvent("cal_a", "e1")
            .upsertEvent("cal_a", boardMeeting().toBuilder().description("no summary").build())
            .deleteEvent("cal_a", "e3");

    BatchPartialFailureException e = assertThrows(BatchPartialFailureException.class, batch::execute);

    assertEquals(
        "sendBatch (POST /v1/batch): 1 of 3 requests failed: "
            + "#1 POST /v1/calendars/cal_a/events: HTTP 422 (summary: summary must be specified)",
        e.getMessage());
    assertEquals(1, e.failures().size());
    BatchEntryResult failed = e.failures().get(0);
    assertEquals(1, failed.index());
    assertEquals(422, failed.status());
    assertFalse(failed.isSuccessful());
    assertEquals("no summary", failed.request().getData().get("description").getAsString());
    Map<String, List<ErrorDetail>> errors = failed.fieldErrors();
    assertEquals(Set.of("summary"), errors.keySet());
    assertEquals("errors.required", errors.get("summary").get(0).getKey());
    assertEquals("summary must be specified", errors.get("summary").get(0).getDescription());
    assertEquals(errors, CronofyErrors.fieldErrors(failed));

    // the accepted entries stay readable, in request order
    assertEquals(List.of(0, 2), e.successes().stream().map(BatchEntryResult::index).toList());
    for (BatchEntryResult accepted : e.successes()) {
      assertEquals(202, accepted.status());
      assertEquals(BatchMethod.DELETE, accepted.request().getMethod());
    }
    assertEquals(3, e.result().entries().size());
    assertTrue(e.result().hasFailures());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void failuresWithoutFieldErrorsAreNamedByStatus() {
    CronofyClient client = full().build();
    server.enqueue(json(207, "{\"batch\":[{\"status\":404,\"data\":{}},{\"status\":202},{\"status\":500}]}"));
    CronofyBatch batch =
        client.batch().deleteEvent("cal_gone", "e1").deleteEvent("cal_a", "e2").deleteAvailablePeriod("ap-1");

    BatchPartialFailureException e = assertThrows(BatchPartialFailureException.class, batch::execute);

    assertEquals(
        "sendBatch (POST /v1/batch): 2 of 3 requests failed: #0 DELETE /v1/calendars/cal_gone/events: HTTP 404; "
            + "#2 DELETE /v1/available_periods: HTTP 500",
        e.getMessage());
    assertEquals(List.of(404, 500), e.failures().stream().map(BatchEntryResult::status).toList());
    assertTrue(e.failures().get(0).fieldErrors().isEmpty());
    assertTrue(e.failures().get(1).fieldErrors().isEmpty());
    assertEquals(List.of(1), e.successes().stream().map(BatchEntryResult::index).toList());
  }

  @Test
  void theMessageNamesAtMostTenFailures() {
    CronofyClient client = full().build();
    int[] statuses = new int[12];
    java.util.Arrays.fill(statuses, 422);
    server.enqueue(json(207, statuses(statuses)));
    CronofyBatch batch = client.batch();
    for (int i = 0; i < 12; i++) {
      batch.deleteEvent("cal_a", "e" + i);
    }

    BatchPartialFailureException e = assertThrows(BatchPartialFailureException.class, batch::execute);

    assertTrue(e.getMessage().startsWith("sendBatch (POST /v1/batch): 12 of 12 requests failed: #0 "), e.getMessage());
    assertTrue(e.getMessage().contains("#9 DELETE"), e.getMessage());
    assertFalse(e.getMessage().contains("#10 "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; and 2 more"), e.getMessage());
    assertEquals(12, e.failures().size());
  }

  @Test
  void theWholeBatchFailingIsTheUsualApiException() {
    CronofyClient client = bare().accessToken(ACCESS_TOKEN).build();
    server.enqueue(json(401, "{}"));

    UnauthorizedException e =
        assertThrows(UnauthorizedException.class, () -> client.batch().deleteEvent("cal_a", "e1").execute());

    assertEquals(401, e.statusCode());
    assertEquals("sendBatch", e.operation().operationId());
  }

  @Test
  void anEmptyBatchIsRefusedBeforeSending() {
    CronofyBatch batch = full().build().batch();

    IllegalStateException e = assertThrows(IllegalStateException.class, batch::execute);

    assertTrue(e.getMessage().contains("at least one request"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aFiftyFirstEntryIsRefusedBeforeSending() throws Exception {
    CronofyBatch batch = full().build().batch();
    for (int i = 0; i < CronofyBatch.MAX_ENTRIES; i++) {
      batch.deleteEvent("cal_a", "e" + i);
    }

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> batch.deleteEvent("cal_a", "e50"));

    assertTrue(e.getMessage().contains("at most 50 requests"), e.getMessage());
    assertEquals(50, batch.entries().size());
    assertEquals(0, server.getRequestCount());

    // the fifty that fit are sent
    int[] accepted = new int[50];
    java.util.Arrays.fill(accepted, 202);
    server.enqueue(json(207, statuses(accepted)));
    assertEquals(50, batch.execute().successes().size());
    assertEquals(50, jsonBody(takeRequest()).getAsJsonArray("batch").size());
  }

  @Test
  void badEntriesAreRefusedWhenAdded() {
    CronofyBatch batch = full().build().batch();

    assertThrows(IllegalArgumentException.class, () -> batch.deleteEvent(" ", "e1"));
    assertThrows(IllegalArgumentException.class, () -> batch.deleteEvent("cal_a", ""));
    assertThrows(IllegalArgumentException.class, () -> batch.deleteExternalEvent("cal_a", null));
    assertThrows(IllegalArgumentException.class, () -> batch.deleteAvailablePeriod(null));
    assertThrows(IllegalArgumentException.class, () -> batch.add(BatchMethod.POST, "v1/events", null));
    assertThrows(IllegalArgumentException.class, () -> batch.add(BatchMethod.POST, "https://evil.test/v1/x", null));
    IllegalArgumentException notAnObject =
        assertThrows(IllegalArgumentException.class, () -> batch.add(BatchMethod.POST, "/v1/x", List.of(1)));
    assertTrue(notAnObject.getMessage().contains("JSON object"), notAnObject.getMessage());
    IllegalArgumentException managed =
        assertThrows(IllegalArgumentException.class, () -> batch.editExternalEvent("cal_a", boardMeeting()));
    assertTrue(managed.getMessage().contains("eventUid"), managed.getMessage());
    assertTrue(batch.entries().isEmpty());
  }

  @Test
  void editExternalEventSendsTheEventByItsUid() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json(207, statuses(202)));
    UpsertEventRequest moved =
        boardMeeting().toBuilder().eventId(null).eventUid("evt_external_54008b1a4a41730f8d5c6037").build();

    client.batch().editExternalEvent("cal_a", moved).execute();

    JsonObject entry = jsonBody(takeRequest()).getAsJsonArray("batch").get(0).getAsJsonObject();
    assertEquals("POST", entry.get("method").getAsString());
    assertEquals("/v1/calendars/cal_a/events", entry.get("relative_url").getAsString());
    assertEquals("evt_external_54008b1a4a41730f8d5c6037", entry.getAsJsonObject("data").get("event_uid").getAsString());
    assertFalse(entry.getAsJsonObject("data").has("event_id"));
  }

  @Test
  void calendarIdsAreEncodedAsOnePathSegment() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json(207, statuses(202)));

    client.batch().deleteEvent("cal a/b?c", "e1").execute();

    JsonObject entry = jsonBody(takeRequest()).getAsJsonArray("batch").get(0).getAsJsonObject();
    assertEquals("/v1/calendars/cal%20a%2Fb%3Fc/events", entry.get("relative_url").getAsString());
  }

  @Test
  void entryHeadersAndDataAreReadable() {
    CronofyClient client = full().build();
    server.enqueue(
        json(207, "{\"batch\":[{\"status\":202,\"headers\":{\"X-Request-Id\":\"r1\"},\"data\":{\"note\":\"queued\"}}]}"));

    BatchEntryResult entry = client.batch().deleteEvent("cal_a", "e1").execute().entries().get(0);

    assertEquals(Map.of("X-Request-Id", "r1"), entry.headers());
    assertEquals("queued", entry.data().get("note").getAsString());
    assertEquals("BatchEntryResult{#0 DELETE /v1/calendars/cal_a/events: HTTP 202}", entry.toString());
  }

  @Test
  void anAnswerThatDoesNotMatchTheRequestsIsADecodingFailure() {
    CronofyClient client = full().build();
    server.enqueue(json(207, statuses(202)));
    server.enqueue(json(207, "{\"batch\":[{\"data\":{}}]}"));

    ResponseDecodingException tooFew =
        assertThrows(
            ResponseDecodingException.class,
            () -> client.batch().deleteEvent("cal_a", "e1").deleteEvent("cal_a", "e2").execute());
    ResponseDecodingException noStatus =
        assertThrows(ResponseDecodingException.class, () -> client.batch().deleteEvent("cal_a", "e1").execute());

    assertTrue(tooFew.getCause().getMessage().contains("1 entries for 2 requests"), tooFew.getCause().getMessage());
    assertTrue(noStatus.getCause().getMessage().contains("has no status"), noStatus.getCause().getMessage());
  }

  @Test
  void enqueueDeliversTheResultOrThePartialFailure() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json(207, statuses(202)));
    server.enqueue(json(207, "{\"batch\":[{\"status\":422,\"data\":" + SUMMARY_REQUIRED + "}]}"));

    RecordingCallback<BatchResult> success = new RecordingCallback<>();
    client.batch().deleteEvent("cal_a", "e1").call().enqueue(success);
    success.await();
    RecordingCallback<BatchResult> partial = new RecordingCallback<>();
    client.batch().deleteEvent("cal_a", "e2").call().enqueue(partial);
    partial.await();

    assertEquals(207, success.response().statusCode());
    assertEquals(1, success.response().body().successes().size());
    BatchPartialFailureException failure = assertInstanceOf(BatchPartialFailureException.class, partial.failure());
    assertEquals(422, failure.failures().get(0).status());
  }

  @Test
  void aCallCanBeCopiedAndKeepsTheRequestsOfItsTime() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json(207, statuses(202)));
    server.enqueue(json(207, statuses(202)));
    CronofyBatch batch = client.batch().deleteEvent("cal_a", "e1");
    ApiCall<BatchResult> call = batch.call();
    batch.deleteEvent("cal_a", "e2");

    BatchResult first = call.execute();
    BatchResult again = call.copy().execute();

    assertTrue(call.isExecuted());
    assertEquals("POST", call.request().method());
    assertEquals(1, first.entries().size());
    assertEquals(1, again.entries().size());
    assertEquals(1, jsonBody(takeRequest()).getAsJsonArray("batch").size());
    assertEquals(1, jsonBody(takeRequest()).getAsJsonArray("batch").size());
    assertEquals(2, batch.entries().size());
    assertEquals("CronofyBatch{entries=2}", batch.toString());
  }

  @Test
  void aBatchIsRetriedLikeTheUpsertsItCarries() throws Exception {
    CronofyClient client =
        full().retryPolicy(RetryPolicy.builder().maxRetries(1).sleeper(duration -> {}).build()).build();
    server.enqueue(json(503, "{}"));
    server.enqueue(json(207, statuses(202)));

    BatchResult result = client.batch().deleteEvent("cal_a", "e1").execute();

    assertEquals(202, result.entries().get(0).status());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aServerErrorIsReportedAfterTheRetries() {
    CronofyClient client = full().retryPolicy(RetryPolicy.NONE).build();
    server.enqueue(json(500, "{}"));

    InternalServerException e =
        assertThrows(InternalServerException.class, () -> client.batch().deleteEvent("cal_a", "e1").execute());

    assertEquals(500, e.statusCode());
  }

  /** A stand-in for the application's logger of the README example. */
  private static final class Log {
    final List<String> lines = new java.util.ArrayList<>();

    void info(String format, Object... arguments) {
      lines.add("INFO " + String.format(format.replace("{}", "%s"), arguments));
    }

    void warn(String format, Object... arguments) {
      lines.add("WARN " + String.format(format.replace("{}", "%s"), arguments));
    }
  }

  /** The "Batch" example of the README, as written there. */
  private static void readmeExample(CronofyClient user, String calendarId, Log log) {
    try {
      BatchResult result = user.batch()                      // one POST /v1/batch, with the user's token
          .upsertEvent(calendarId, UpsertEventRequest.builder()
              .eventId("booking-43")
              .summary("Follow-up call")
              .start(EventTime.time(OffsetDateTime.parse("2025-01-28T09:00:00Z")))
              .end(EventTime.time(OffsetDateTime.parse("2025-01-28T09:30:00Z")))
              .build())
          .deleteEvent(calendarId, "booking-42")
          .upsertAvailablePeriod("slot-7",
              OffsetDateTime.parse("2025-01-29T09:00:00Z"), OffsetDateTime.parse("2025-01-29T12:00:00Z"))
          .execute();
      log.info("{} requests accepted", result.entries().size());
    } catch (BatchPartialFailureException e) {               // some entries failed; the message names them
      for (BatchEntryResult failed : e.failures()) {
        log.warn("#{} {} failed with HTTP {}: {}", failed.index(), failed.request().getRelativeUrl(),
            failed.status(), failed.fieldErrors().keySet());   // the fields of a 422's errors
      }
      List<BatchEntryResult> applied = e.successes();        // the other entries were accepted
      log.info("{} requests accepted", applied.size());
    }
  }

  @Test
  void theReadmeExampleRuns() throws Exception {
    CronofyClient user = full().build();
    Log log = new Log();
    server.enqueue(json(207, statuses(202, 202, 202)));
    server.enqueue(
        json(207, "{\"batch\":[{\"status\":422,\"data\":" + SUMMARY_REQUIRED + "},{\"status\":202},{\"status\":202}]}"));

    readmeExample(user, "cal_n23kjnwrw2_sakdnawerd3", log);
    readmeExample(user, "cal_n23kjnwrw2_sakdnawerd3", log);

    assertEquals(
        List.of(
            "INFO 3 requests accepted",
            "WARN #0 /v1/calendars/cal_n23kjnwrw2_sakdnawerd3/events failed with HTTP 422: [summary]",
            "INFO 2 requests accepted"),
        log.lines);
    assertEquals(3, jsonBody(takeRequest()).getAsJsonArray("batch").size());
  }
}
