/**
 * Pages of list operations and the auto-pager that walks them, fetching the next page only when
 * needed.
 *
 * <p>Null-marked like every package of schedkit-core (see {@link io.github.schedkit.core}).
 */
@NullMarked
package io.github.schedkit.core.pagination;

import org.jspecify.annotations.NullMarked;
