package io.github.schedkit.core.pagination;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.errors.PaginationException;
import io.github.schedkit.core.http.Origins;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Base of the generated page models: one page of a list operation, which knows how to fetch the
 * next one. The next page is requested like the first (same filters, same credential); only the
 * page locator changes.
 *
 * <pre>{@code
 * BookingPage first = client.bookings().listBookings(query).execute();
 * for (Booking booking : first.autoPager()) { ... }        // every booking, page by page
 * client.bookings().listBookings(query).execute().autoPager().stream()...
 * first.autoPager().forEachAsync(booking -> ...);          // the same, without blocking a thread
 * }</pre>
 *
 * @param <T> the item type
 * @param <P> the page type itself
 */
public abstract class Page<T, P extends Page<T, P>> {
  private transient @Nullable PageSource<P> source;

  /** Creates a page; for generated subclasses. */
  protected Page() {}

  /**
   * Returns the items of this page.
   *
   * @return the items, empty if none
   */
  public abstract List<T> items();

  /**
   * Tells whether the server reported a next page.
   *
   * @return {@code true} if there is a next page to fetch
   */
  public abstract boolean hasNextPage();

  /**
   * Computes the next page's URL from the current one.
   *
   * @param current the URL that returned this page
   * @return the next page's URL, or {@code null} on the last page
   */
  protected abstract @Nullable HttpUrl nextPageUrl(HttpUrl current);

  /**
   * Returns a call that fetches the next page, for asynchronous use.
   *
   * @return an unstarted call
   * @throws NoSuchElementException if this is the last page
   * @throws IllegalStateException if this page did not come from an {@link ApiCall}
   * @throws PaginationException if the server's next-page data cannot be followed safely
   */
  public final ApiCall<P> nextPageCall() {
    if (source == null) {
      throw new IllegalStateException(
          "this page was not returned by an ApiCall, so it cannot fetch the next page");
    }
    HttpUrl current = source.url();
    HttpUrl next = hasNextPage() ? nextPageUrl(current) : null;
    if (next == null) {
      throw new NoSuchElementException("this is the last page");
    }
    if (next.equals(current)) {
      throw new PaginationException(
          "the server's next page is the page just read (" + current.encodedPath() + "); stopping");
    }
    return source.callFor(next);
  }

  /**
   * Fetches the next page.
   *
   * @return the next page
   * @throws NoSuchElementException if this is the last page
   * @throws PaginationException if the server answers the next page with no content
   * @throws io.github.schedkit.core.errors.SchedkitException if the request fails
   */
  public final P nextPage() {
    P next = nextPageCall().execute();
    if (next == null) {
      throw noContent();
    }
    return next;
  }

  /**
   * Fetches the next page in the background. Cancelling the future cancels the request.
   *
   * @return the future of the next page; it fails with {@link PaginationException} if the server
   *     answers the next page with no content, or with the typed exception of a failed request
   * @throws NoSuchElementException if this is the last page
   * @throws IllegalStateException if this page did not come from an {@link ApiCall}
   * @throws PaginationException if the server's next-page data cannot be followed safely
   */
  public final CompletableFuture<P> nextPageAsync() {
    CompletableFuture<P> fetched = nextPageCall().executeAsync();
    CompletableFuture<P> next = new CompletableFuture<>();
    fetched.whenComplete(
        (page, failure) -> {
          if (failure != null) {
            next.completeExceptionally(failure);
          } else if (page == null) {
            next.completeExceptionally(noContent());
          } else {
            next.complete(page);
          }
        });
    next.whenComplete(
        (page, failure) -> {
          if (next.isCancelled()) {
            fetched.cancel(true);
          }
        });
    return next;
  }

  private static PaginationException noContent() {
    return new PaginationException(
        "the server announced a next page but answered its request with no content");
  }

  /**
   * Returns the items of this page and of every following page, fetched lazily: page N+1 is
   * requested only once the items of page N are used up.
   *
   * @return an iterable, also usable as a stream
   */
  public final AutoPager<T> autoPager() {
    @SuppressWarnings("unchecked")
    P self = (P) this;
    return new AutoPager<>(self);
  }

  /**
   * Connects a decoded page to the call that fetched it.
   *
   * @param source where the page came from
   */
  final void attach(PageSource<P> source) {
    this.source = source;
  }

  /**
   * Builds a next-page URL that replaces one query parameter with the next page number, keeping
   * every other parameter (the caller's filters).
   *
   * @param current the URL of the current page
   * @param parameter the page-number query parameter, such as {@code page}
   * @param nextPage the next page number, {@code null} on the last page
   * @return the next page's URL, or {@code null}
   */
  protected static @Nullable HttpUrl pageNumberUrl(
      HttpUrl current, String parameter, @Nullable Number nextPage) {
    if (nextPage == null) {
      return null;
    }
    return current.newBuilder().setQueryParameter(parameter, nextPage.toString()).build();
  }

  /**
   * Turns an absolute next-page link from the server into a URL, refusing links to another
   * origin (scheme, host or port) so the credential is never sent anywhere else.
   *
   * @param current the URL of the current page
   * @param link the server's next-page link, {@code null} on the last page
   * @return the next page's URL, or {@code null}
   * @throws PaginationException if the link is malformed or points to another origin
   */
  protected static @Nullable HttpUrl linkUrl(HttpUrl current, @Nullable String link) {
    if (link == null) {
      return null;
    }
    HttpUrl next = HttpUrl.parse(link);
    if (next == null) {
      throw new PaginationException("the server's next-page link is not an absolute http(s) URL");
    }
    if (!Origins.same(next, current)) {
      throw new PaginationException(
          "refusing to follow a next-page link to "
              + next.scheme()
              + "://"
              + next.host()
              + ":"
              + next.port()
              + ", which is not the API host "
              + current.scheme()
              + "://"
              + current.host()
              + ":"
              + current.port()
              + "; no credential was sent");
    }
    return next;
  }
}
