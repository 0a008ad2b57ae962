package io.github.schedkit.core;

import io.github.schedkit.core.errors.SchedkitException;
import org.jspecify.annotations.Nullable;

/**
 * Receives the outcome of {@link ApiCall#enqueue(ApiCallback)}: exactly one of the two methods is
 * called, once.
 *
 * @param <T> the decoded result
 */
public interface ApiCallback<T extends @Nullable Object> {

  /**
   * Called with the decoded result of a successful call.
   *
   * @param response the status, headers and decoded body
   */
  void onResponse(ApiResponse<T> response);

  /**
   * Called when the call failed, with the same typed exception {@link ApiCall#execute()} would
   * throw.
   *
   * @param failure what went wrong
   */
  void onFailure(SchedkitException failure);
}
