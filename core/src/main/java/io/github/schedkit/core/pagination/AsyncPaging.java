package io.github.schedkit.core.pagination;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One run of {@link AutoPager#forEachAsync}: hands each item of a page to the action, then
 * fetches the next page in the background, until the last page. Cancelling {@link #done()}
 * cancels the page request in flight and stops the run.
 *
 * @param <T> the item type
 */
final class AsyncPaging<T> {
  private final Consumer<? super T> action;
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private volatile CompletableFuture<?> inFlight;

  AsyncPaging(Consumer<? super T> action) {
    this.action = action;
    done.whenComplete(
        (ignored, failure) -> {
          CompletableFuture<?> request = inFlight;
          if (done.isCancelled() && request != null) {
            request.cancel(true);
          }
        });
  }

  /** The future of the whole run. */
  CompletableFuture<Void> done() {
    return done;
  }

  /** Hands the items of {@code page} to the action, then goes on with the next page. */
  void visit(Page<T, ?> page) {
    try {
      for (T item : page.items()) {
        if (done.isDone()) {
          return;
        }
        action.accept(item);
      }
      if (!page.hasNextPage()) {
        done.complete(null);
        return;
      }
      CompletableFuture<? extends Page<T, ?>> next = page.nextPageAsync();
      inFlight = next;
      if (done.isCancelled()) {
        next.cancel(true);
        return;
      }
      next.whenComplete(
          (nextPage, failure) -> {
            if (failure == null) {
              visit(nextPage);
            } else if (!(failure instanceof CancellationException)) {
              done.completeExceptionally(failure);
            }
          });
    } catch (RuntimeException failure) {
      done.completeExceptionally(failure);
    }
  }
}
