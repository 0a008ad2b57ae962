package io.github.schedkit.cronofy;

import com.google.gson.JsonObject;
import io.github.schedkit.cronofy.model.BatchEntryRequest;
import io.github.schedkit.cronofy.model.BatchEntryResponse;
import io.github.schedkit.cronofy.model.ErrorDetail;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one request of a batch: the request as sent, and the status, headers and body
 * Cronofy answered for it. A status outside 2xx means this request failed while the others may
 * have succeeded; {@link #fieldErrors()} reads the field errors of a 422.
 */
public final class BatchEntryResult {
  private final int index;
  private final BatchEntryRequest request;
  private final BatchEntryResponse response;

  BatchEntryResult(int index, BatchEntryRequest request, BatchEntryResponse response) {
    this.index = index;
    this.request = request;
    this.response = response;
  }

  /**
   * Returns the position of the request in the batch.
   *
   * @return the index, from 0
   */
  public int index() {
    return index;
  }

  /**
   * Returns the request as it was sent: its method, relative URL and body.
   *
   * @return the request
   */
  public BatchEntryRequest request() {
    return request;
  }

  /**
   * Returns the answer as Cronofy sent it, including members the spec does not declare.
   *
   * @return the answer
   */
  public BatchEntryResponse response() {
    return response;
  }

  /**
   * Returns the HTTP status the request would have had on its own.
   *
   * @return the status, such as 202 or 422
   */
  public int status() {
    return response.getStatus();
  }

  /**
   * Tells whether the request succeeded.
   *
   * @return {@code true} for a 2xx status
   */
  public boolean isSuccessful() {
    return status() >= 200 && status() <= 299;
  }

  /**
   * Returns the response headers of the request, when Cronofy sends any.
   *
   * @return the headers, empty when none were sent
   */
  public Map<String, String> headers() {
    Map<String, String> headers = response.getHeaders();
    return headers == null ? Collections.<String, String>emptyMap() : Collections.unmodifiableMap(headers);
  }

  /**
   * Returns the response body of the request, such as the {@code errors} of a 422.
   *
   * @return the body, or {@code null} when the entry has none (usual for a 202)
   */
  public JsonObject data() {
    return response.getData();
  }

  /**
   * Returns the field errors of a failed request, as {@link CronofyErrors#fieldErrors(BatchEntryResult)}
   * reads them.
   *
   * @return the errors by field, empty when there are none
   */
  public Map<String, List<ErrorDetail>> fieldErrors() {
    return CronofyErrors.fieldErrors(this);
  }

  /** Shows the position, method, relative URL and status; never the bodies. */
  @Override
  public String toString() {
    return "BatchEntryResult{" + describe() + "}";
  }

  /**
   * Describes the entry for messages: position, method, path (without any query) and status,
   * such as {@code #1 POST /v1/calendars/cal_123/events: HTTP 422}.
   */
  String describe() {
    String url = request.getRelativeUrl();
    int query = url.indexOf('?');
    String path = query < 0 ? url : url.substring(0, query);
    return "#" + index + " " + request.getMethod().asString() + " " + path + ": HTTP " + status();
  }
}
