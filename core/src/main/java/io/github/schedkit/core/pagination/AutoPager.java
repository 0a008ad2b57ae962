package io.github.schedkit.core.pagination;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
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
 * exception {@link io.github.schedkit.core.ApiCall#execute()} throws.
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
