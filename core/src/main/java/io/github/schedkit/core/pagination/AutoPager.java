package io.github.schedkit.core.pagination;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a list operation across all of its pages, fetched lazily: the next page is
 * requested only when the current page's items are used up, and iteration stops when the server
 * reports no next page. Empty pages in between are skipped. Each {@link #iterator()} starts again
 * from the first page (already in memory) and fetches the following pages again. Only the current
 * page is held, so memory stays constant however many pages there are.
 *
 * <p>A failed page request surfaces from {@code hasNext()}/{@code next()} as the same typed
 * exception {@link io.github.schedkit.core.ApiCall#execute()} throws. {@link #forEachAsync} visits
 * the same items without blocking a thread while a page is fetched.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T, ?> first;

  AutoPager(Page<T, ?> first) {
    this.first = first;
  }

  @Override
  public Iterator<T> iterator() {
    return new PagingIterator<>(first);
  }

  /**
   * Returns the items as a sequential, lazy stream.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * Hands every item, page by page, to {@code action} without blocking: the first page's items
   * at once on the calling thread, each following page's items on the thread its request
   * completes on (an OkHttp thread on the JVM, the main thread on Android), after the previous
   * page's items. The next page is requested only when the action has seen the current page.
   *
   * <p>The future completes when the last page is done. It fails with the typed exception of a
   * failed page request, or with what the action threw, and no further item is handed over.
   * Cancelling it cancels the page request in flight and stops the run.
   *
   * @param action receives each item
   * @return the future of the whole run
   * @throws NullPointerException if {@code action} is {@code null}
   */
  public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
    AsyncPaging<T> paging = new AsyncPaging<>(Objects.requireNonNull(action, "action"));
    paging.visit(first);
    return paging.done();
  }

  private static final class PagingIterator<T> implements Iterator<T> {
    private Page<T, ?> page;
    private List<T> items;
    private int index;

    PagingIterator(Page<T, ?> first) {
      this.page = first;
      this.items = first.items();
    }

    @Override
    public boolean hasNext() {
      while (index >= items.size()) {
        if (!page.hasNextPage()) {
          return false;
        }
        page = page.nextPage();
        items = page.items();
        index = 0;
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.get(index++);
    }
  }
}
