package io.github.schedkit.core.pagination;

import java.util.List;

/**
 * Implemented by generated models that embed the first page of a list (such as a Cronofy bookable
 * event and its registrations), so the runtime can connect that page to its source.
 */
public interface PageHolder {

  /**
   * Returns the embedded pages.
   *
   * @return the pages present in this model, possibly empty
   */
  List<Page<?, ?>> nestedPages();
}
