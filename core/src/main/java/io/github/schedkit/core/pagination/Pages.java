package io.github.schedkit.core.pagination;

/** Connects pages to their source; used by the runtime when it decodes a page. */
public final class Pages {
  private Pages() {}

  /**
   * Connects a decoded page to the call that fetched it, so it can fetch the next page.
   *
   * @param page the decoded page
   * @param source where it came from
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static void attach(Page<?, ?> page, PageSource<?> source) {
    ((Page) page).attach((PageSource) source);
  }
}
