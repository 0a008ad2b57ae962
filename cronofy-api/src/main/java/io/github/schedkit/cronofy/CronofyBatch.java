package io.github.schedkit.cronofy;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.cronofy.api.BatchApi;
import io.github.schedkit.cronofy.model.AvailablePeriod;
import io.github.schedkit.cronofy.model.BatchEntryRequest;
import io.github.schedkit.cronofy.model.BatchMethod;
import io.github.schedkit.cronofy.model.BatchRequest;
import io.github.schedkit.cronofy.model.DeleteAvailablePeriodsRequest;
import io.github.schedkit.cronofy.model.DeleteEventRequest;
import io.github.schedkit.cronofy.model.UpsertEventRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Up to {@value #MAX_ENTRIES} event and available-period writes sent in one request ({@code POST
 * /v1/batch}), with the user's access token. Add the requests with the typed methods, which build
 * the same bodies as the single operations and the relative URLs for you, then {@link #execute()}:
 *
 * <pre>{@code
 * BatchResult result = cronofy.batch()
 *     .upsertEvent(calendarId, UpsertEventRequest.builder().eventId("booking-42")...build())
 *     .deleteEvent(calendarId, "booking-41")
 *     .execute();
 * }</pre>
 *
 * <p>Cronofy answers each request separately, in order. If every one succeeded, {@link
 * #execute()} returns them as a {@link BatchResult}; if any failed, it throws a {@link
 * BatchPartialFailureException} that names the failed ones and still holds the others. A failure
 * of the batch as a whole (such as HTTP 401) is the usual {@link
 * io.github.schedkit.core.errors.ApiException}.
 *
 * <p>A batch is a builder: not thread-safe, and reusable (each {@link #call()} sends the requests
 * added so far).
 */
public final class CronofyBatch {
  /** The most requests one batch may hold. */
  public static final int MAX_ENTRIES = 50;

  /** A base to encode paths against; only the path of the result is used. */
  private static final HttpUrl PATHS = HttpUrl.get("https://api.cronofy.com/");

  private final BatchApi api;
  private final List<BatchEntryRequest> entries = new ArrayList<>();

  CronofyBatch(BatchApi api) {
    this.api = api;
  }

  /**
   * Adds a create-or-update of an event: {@code POST /v1/calendars/{calendarId}/events} with the
   * event as body, as {@link io.github.schedkit.cronofy.api.EventsApi#upsertEvent} sends it.
   * Identify the event with {@code eventId} (an event your application manages) or {@code
   * eventUid} (an external event to edit).
   *
   * @param calendarId the calendar ({@code cal_...})
   * @param event the event
   * @return this batch
   * @throws IllegalArgumentException if {@code calendarId} is blank
   * @throws IllegalStateException if the batch already holds {@value #MAX_ENTRIES} requests
   */
  public CronofyBatch upsertEvent(String calendarId, UpsertEventRequest event) {
    Objects.requireNonNull(event, "event");
    return addOperation(CronofyOperations.UPSERT_EVENT, event, requireNonBlank(calendarId, "calendarId"));
  }

  /**
   * Adds an edit of an event your application does not manage: the same request as {@link
   * #upsertEvent}, for an event identified by its {@code eventUid} ({@code evt_external_...}).
   *
   * @param calendarId the calendar ({@code cal_...})
   * @param event the changes, with {@code eventUid} set and no {@code eventId}
   * @return this batch
   * @throws IllegalArgumentException if {@code calendarId} is blank, or the event has no {@code
   *     eventUid} or also an {@code eventId}
   * @throws IllegalStateException if the batch already holds {@value #MAX_ENTRIES} requests
   */
  public CronofyBatch editExternalEvent(String calendarId, UpsertEventRequest event) {
    Objects.requireNonNull(event, "event");
    if (event.getEventUid() == null || event.getEventId() != null) {
      throw new IllegalArgumentException(
          "editing an external event needs its eventUid and no eventId; use upsertEvent for events you manage");
    }
    return upsertEvent(calendarId, event);
  }

  /**
   * Adds a deletion of an event your application manages: {@code DELETE
   * /v1/calendars/{calendarId}/events} with {@code {"event_id": eventId}}.
   *
   * @param calendarId the calendar ({@code cal_...})
   * @param eventId your id of the event
   * @return this batch
   * @throws IllegalArgumentException if an argument is blank
   * @throws IllegalStateException if the batch already holds {@value #MAX_ENTRIES} requests
   */
  public CronofyBatch deleteEvent(String calendarId, String eventId) {
    return addOperation(
        CronofyOperations.DELETE_EVENT,
        DeleteEventRequest.builder().eventId(requireNonBlank(eventId, "eventId")).build(),
        requireNonBlank(calendarId, "calendarId"));
  }

  /**
   * Adds a deletion of an event your application does not manage: {@code DELETE
   * /v1/calendars/{calendarId}/events} with {@code {"event_uid": eventUid}}.
   *
   * @param calendarId the calendar ({@code cal_...})
   * @param eventUid Cronofy's id of the event ({@code evt_external_...})
   * @return this batch
   * @throws IllegalArgumentException if an argument is blank
   * @throws IllegalStateException if the batch already holds {@value #MAX_ENTRIES} requests
   */
  public CronofyBatch deleteExternalEvent(String calendarId, String eventUid) {
    return addOperation(
        CronofyOperations.DELETE_EVENT,
        DeleteEventRequest.builder().eventUid(requireNonBlank(eventUid, "eventUid")).build(),
        requireNonBlank(calendarId, "calendarId"));
  }

  /**
   * Adds a create-or-update of an available period: {@code POST /v1/available_periods} with the
   * period as body, as {@link io.github.schedkit.cronofy.api.AvailablePeriodsApi#upsertAvailablePeriod}
   * sends it. Needs the Emerging plan.
   *
   * @param period the available period
   * @return this batch
   * @throws IllegalStateException if the batch already holds {@value #MAX_ENTRIES} requests
   */
  public CronofyBatch upsertAvailablePeriod(AvailablePeriod period) {
    Objects.requireNonNull(period, "period");
    return addOperation(CronofyOperations.UPSERT_AVAILABLE_PERIOD, period);
  }

  /**
   * Adds a create-or-update of an available period given by its id and UTC times: {@code {"available_period_id": id,
   * "start": start, "end": end}}.
   *
   * @param availablePeriodId your id of the available period
   * @param start when the period starts
   * @param end when the period ends
   * @return this batch
   * @throws IllegalArgumentException if {@code availablePeriodId} is blank
   * @throws IllegalStateException if the batch already holds {@value #MAX_ENTRIES} requests
   */
  public CronofyBatch upsertAvailablePeriod(String availablePeriodId, OffsetDateTime start, OffsetDateTime end) {
    return upsertAvailablePeriod(
        AvailablePeriod.builder()
            .availablePeriodId(requireNonBlank(availablePeriodId, "availablePeriodId"))
            .start(EventTime.time(Objects.requireNonNull(start, "start")))
            .end(EventTime.time(Objects.requireNonNull(end, "end")))
            .build());
  }

  /**
   * Adds a deletion of available periods: {@code DELETE /v1/available_periods} with the request as
   * body, as {@link io.github.schedkit.cronofy.api.AvailablePeriodsApi#deleteAvailablePeriods}
   * sends it (one period by id, or all of them).
   *
   * @param request which periods to delete
   * @return this batch
   * @throws IllegalStateException if the batch already holds {@value #MAX_ENTRIES} requests
   */
  public CronofyBatch deleteAvailablePeriods(DeleteAvailablePeriodsRequest request) {
    Objects.requireNonNull(request, "request");
    return addOperation(CronofyOperations.DELETE_AVAILABLE_PERIODS, request);
  }

  /**
   * Adds a deletion of one available period: {@code {"available_period_id": id}}.
   *
   * @param availablePeriodId your id of the available period
   * @return this batch
   * @throws IllegalArgumentException if {@code availablePeriodId} is blank
   * @throws IllegalStateException if the batch already holds {@value #MAX_ENTRIES} requests
   */
  public CronofyBatch deleteAvailablePeriod(String availablePeriodId) {
    return deleteAvailablePeriods(
        DeleteAvailablePeriodsRequest.builder()
            .availablePeriodId(requireNonBlank(availablePeriodId, "availablePeriodId"))
            .build());
  }

  /**
   * Adds a deletion of every available period of the account: {@code {"delete_all": true}}.
   *
   * @return this batch
   * @throws IllegalStateException if the batch already holds {@value #MAX_ENTRIES} requests
   */
  public CronofyBatch deleteAllAvailablePeriods() {
    return deleteAvailablePeriods(DeleteAvailablePeriodsRequest.builder().deleteAll(true).build());
  }

  /**
   * Adds any request, for batchable requests without a typed method.
   *
   * @param method the HTTP method, such as {@link BatchMethod#POST}
   * @param relativeUrl the path, starting with {@code /v1/}
   * @param data the body: a model, a map or a {@link JsonObject}, encoded as the client encodes
   *     bodies; {@code null} for none
   * @return this batch
   * @throws IllegalArgumentException if the path does not start with {@code /v1/}, or the body is
   *     not a JSON object
   * @throws IllegalStateException if the batch already holds {@value #MAX_ENTRIES} requests
   */
  public CronofyBatch add(BatchMethod method, String relativeUrl, Object data) {
    Objects.requireNonNull(method, "method");
    if (relativeUrl == null || !relativeUrl.startsWith("/v1/")) {
      throw new IllegalArgumentException("relativeUrl must be a path starting with /v1/, got: " + relativeUrl);
    }
    JsonObject body = null;
    if (data != null) {
      JsonElement json = Json.gson().toJsonTree(data);
      if (!json.isJsonObject()) {
        throw new IllegalArgumentException("the data of a batched request must be a JSON object, got: " + json);
      }
      body = json.getAsJsonObject();
    }
    if (entries.size() >= MAX_ENTRIES) {
      throw new IllegalStateException(
          "a batch holds at most " + MAX_ENTRIES + " requests; send the others in another batch");
    }
    entries.add(BatchEntryRequest.builder().method(method).relativeUrl(relativeUrl).data(body).build());
    return this;
  }

  /**
   * Returns the requests added so far, in order.
   *
   * @return the requests
   */
  public List<BatchEntryRequest> entries() {
    return Collections.unmodifiableList(new ArrayList<>(entries));
  }

  /**
   * Returns the call that sends the requests added so far, to run later or asynchronously. Its
   * result is the {@link BatchResult} when every request succeeded; otherwise it fails with a
   * {@link BatchPartialFailureException} (thrown by {@code execute()}, or passed to {@code
   * onFailure}).
   *
   * @return the call
   * @throws IllegalStateException if the batch is empty
   */
  public ApiCall<BatchResult> call() {
    if (entries.isEmpty()) {
      throw new IllegalStateException("a batch needs at least one request; add one before sending it");
    }
    List<BatchEntryRequest> sent = entries();
    return new MappedApiCall<>(
        api.sendBatch(BatchRequest.builder().batch(sent).build()),
        responses -> {
          BatchResult result = BatchResult.of(sent, responses);
          if (result.hasFailures()) {
            throw new BatchPartialFailureException(result);
          }
          return result;
        });
  }

  /**
   * Sends the requests added so far and waits for the answer.
   *
   * @return every entry, all successful
   * @throws BatchPartialFailureException if any request failed; it holds every entry
   * @throws IllegalStateException if the batch is empty
   * @throws io.github.schedkit.core.errors.SchedkitException if the batch as a whole failed
   */
  public BatchResult execute() {
    return call().execute();
  }

  /** Shows how many requests the batch holds; never their bodies. */
  @Override
  public String toString() {
    return "CronofyBatch{entries=" + entries.size() + "}";
  }

  /**
   * Adds a request of an operation of the spec: its method, and its path template with each
   * parameter replaced by the next of {@code pathValues}.
   */
  private CronofyBatch addOperation(OperationInfo operation, Object data, String... pathValues) {
    HttpUrl.Builder url = PATHS.newBuilder();
    int next = 0;
    for (String segment : operation.pathTemplate().substring(1).split("/")) {
      url.addPathSegment(segment.startsWith("{") ? pathValues[next++] : segment);
    }
    return add(BatchMethod.of(operation.method()), url.build().encodedPath(), data);
  }

  private static String requireNonBlank(String value, String name) {
    if (value == null || value.trim().isEmpty()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    return value;
  }
}
