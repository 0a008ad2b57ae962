package io.github.schedkit.cronofy;

import com.google.gson.JsonParseException;
import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.cronofy.model.BatchEntryRequest;
import io.github.schedkit.cronofy.model.BatchEntryResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The answer to a batch: one {@link BatchEntryResult} per request, in the order the requests were
 * added. {@link CronofyBatch#execute()} returns it when every request succeeded, and a {@link
 * BatchPartialFailureException} carries it when some failed.
 */
public final class BatchResult {
  /** The batch operation, for messages. */
  static final OperationInfo OPERATION = new OperationInfo("sendBatch", "POST", "/v1/batch");

  private final List<BatchEntryResult> entries;

  private BatchResult(List<BatchEntryResult> entries) {
    this.entries = Collections.unmodifiableList(entries);
  }

  /**
   * Pairs each request with its answer, by position.
   *
   * @param requests the requests as sent
   * @param responses the answers, in request order
   * @return the result
   * @throws ResponseDecodingException if the answers do not match the requests one to one, or an
   *     answer has no status
   */
  static BatchResult of(List<BatchEntryRequest> requests, List<BatchEntryResponse> responses) {
    int answered = responses == null ? 0 : responses.size();
    if (answered != requests.size()) {
      throw malformed("the batch response has " + answered + " entries for " + requests.size() + " requests");
    }
    List<BatchEntryResult> entries = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      BatchEntryResponse response = responses.get(i);
      if (response == null || response.getStatus() == null) {
        throw malformed("entry #" + i + " of the batch response has no status");
      }
      entries.add(new BatchEntryResult(i, requests.get(i), response));
    }
    return new BatchResult(entries);
  }

  /**
   * Returns every entry, in request order.
   *
   * @return the entries
   */
  public List<BatchEntryResult> entries() {
    return entries;
  }

  /**
   * Returns the entries whose request succeeded (2xx), in request order.
   *
   * @return the successful entries
   */
  public List<BatchEntryResult> successes() {
    return select(true);
  }

  /**
   * Returns the entries whose request failed (not 2xx), in request order.
   *
   * @return the failed entries
   */
  public List<BatchEntryResult> failures() {
    return select(false);
  }

  /**
   * Tells whether any request failed.
   *
   * @return {@code true} if some entry's status is not 2xx
   */
  public boolean hasFailures() {
    return !failures().isEmpty();
  }

  /** Lists the entries' positions, methods, paths and statuses. */
  @Override
  public String toString() {
    return "BatchResult" + entries;
  }

  private List<BatchEntryResult> select(boolean successful) {
    List<BatchEntryResult> selected = new ArrayList<>();
    for (BatchEntryResult entry : entries) {
      if (entry.isSuccessful() == successful) {
        selected.add(entry);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  private static ResponseDecodingException malformed(String problem) {
    return new ResponseDecodingException(OPERATION, "BatchResult", new JsonParseException(problem));
  }
}
