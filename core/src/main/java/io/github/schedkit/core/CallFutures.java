package io.github.schedkit.core;

import io.github.schedkit.core.errors.SchedkitException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Runs an {@link ApiCall} with {@link ApiCall#enqueue} and exposes its outcome as a {@link
 * CompletableFuture} whose {@code cancel} cancels the call.
 */
final class CallFutures {
  private CallFutures() {}

  /**
   * Enqueues {@code call} and returns a future of its response turned into a result.
   *
   * @param call the unstarted call
   * @param result turns the response into the future's value
   * @return the future; cancelling it cancels {@code call}
   */
  static <T, R> CompletableFuture<R> start(ApiCall<T> call, Function<ApiResponse<T>, R> result) {
    CompletableFuture<R> future = new CompletableFuture<>();
    call.enqueue(
        new ApiCallback<T>() {
          @Override
          public void onResponse(ApiResponse<T> response) {
            future.complete(result.apply(response));
          }

          @Override
          public void onFailure(SchedkitException failure) {
            future.completeExceptionally(failure);
          }
        });
    future.whenComplete(
        (value, failure) -> {
          if (future.isCancelled()) {
            call.cancel();
          }
        });
    return future;
  }
}
