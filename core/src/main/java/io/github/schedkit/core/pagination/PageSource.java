package io.github.schedkit.core.pagination;

import io.github.schedkit.core.ApiCall;
import okhttp3.HttpUrl;

/**
 * Where a page came from, so the next one can be requested the same way: the URL that returned
 * it, and a way to make the same call for another URL (same method, headers and credential).
 *
 * @param <P> the page type
 */
public interface PageSource<P> {

  /**
   * Returns the URL that returned the page.
   *
   * @return the URL
   */
  HttpUrl url();

  /**
   * Returns a call for another page.
   *
   * @param url the next page's URL
   * @return an unstarted call
   */
  ApiCall<P> callFor(HttpUrl url);
}
