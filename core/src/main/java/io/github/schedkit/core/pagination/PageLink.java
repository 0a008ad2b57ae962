package io.github.schedkit.core.pagination;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by generated pagination-metadata models that carry the absolute URL of the next
 * page (Cronofy's {@code pages.next_page}).
 */
public interface PageLink {

  /**
   * Returns the absolute URL of the next page.
   *
   * @return the URL, or {@code null} on the last page
   */
  @Nullable String nextPageLink();
}
