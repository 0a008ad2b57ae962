package io.github.schedkit.cronofy;

import io.github.schedkit.core.errors.SchedkitException;
import io.github.schedkit.cronofy.model.ErrorDetail;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Some requests of a batch failed. Cronofy answered the batch itself (HTTP 207), but at least one
 * entry's status is not 2xx. The message names each failed entry (position, method, path, status
 * and field errors); {@link #result()} holds every entry, so the successful ones stay readable:
 *
 * <pre>{@code
 * try {
 *   batch.execute();
 * } catch (BatchPartialFailureException e) {
 *   for (BatchEntryResult failed : e.failures()) {
 *     log.warn("{} failed: {}", failed.request().getRelativeUrl(), failed.fieldErrors());
 *   }
 *   e.successes();   // the requests that were accepted
 * }
 * }</pre>
 */
public class BatchPartialFailureException extends SchedkitException {
  private static final long serialVersionUID = 1L;

  /** The most failed entries the message names; the others are counted. */
  private static final int MAX_NAMED = 10;

  /** The whole answer; not serialized, like the response of an {@code ApiException}. */
  private final transient BatchResult result;

  /**
   * Creates the exception.
   *
   * @param result the answer to the batch, with at least one failed entry
   */
  public BatchPartialFailureException(BatchResult result) {
    super(message(result));
    this.result = result;
  }

  /**
   * Returns every entry of the batch, in request order.
   *
   * @return the result
   */
  public BatchResult result() {
    return result;
  }

  /**
   * Returns the entries whose request failed, in request order.
   *
   * @return the failed entries
   */
  public List<BatchEntryResult> failures() {
    return result.failures();
  }

  /**
   * Returns the entries whose request succeeded, in request order.
   *
   * @return the successful entries
   */
  public List<BatchEntryResult> successes() {
    return result.successes();
  }

  private static String message(BatchResult result) {
    List<BatchEntryResult> failures = result.failures();
    StringBuilder message =
        new StringBuilder()
            .append(BatchResult.OPERATION)
            .append(": ")
            .append(failures.size())
            .append(" of ")
            .append(result.entries().size())
            .append(result.entries().size() == 1 ? " request failed" : " requests failed");
    for (int i = 0; i < failures.size() && i < MAX_NAMED; i++) {
      BatchEntryResult failure = failures.get(i);
      message.append(i == 0 ? ": " : "; ").append(failure.describe());
      appendFieldErrors(message, failure.fieldErrors());
    }
    if (failures.size() > MAX_NAMED) {
      message.append("; and ").append(failures.size() - MAX_NAMED).append(" more");
    }
    return message.toString();
  }

  private static void appendFieldErrors(StringBuilder message, Map<String, List<ErrorDetail>> errors) {
    int named = 0;
    for (Map.Entry<String, List<ErrorDetail>> field : errors.entrySet()) {
      List<ErrorDetail> details = field.getValue() == null ? Collections.<ErrorDetail>emptyList() : field.getValue();
      for (ErrorDetail detail : details) {
        message.append(named++ == 0 ? " (" : ", ").append(field.getKey()).append(": ").append(describe(detail));
      }
    }
    if (named > 0) {
      message.append(')');
    }
  }

  private static String describe(ErrorDetail detail) {
    if (detail == null) {
      return "invalid";
    }
    return detail.getDescription() != null ? detail.getDescription() : detail.getKey();
  }
}
