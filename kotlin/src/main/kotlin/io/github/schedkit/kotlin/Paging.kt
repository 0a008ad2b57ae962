package io.github.schedkit.kotlin

import io.github.schedkit.core.errors.PaginationException
import io.github.schedkit.core.pagination.Page
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * Returns the items of this page and of every following page as a cold [Flow]: like
 * [Page.autoPager], but each next page is fetched with [await], without blocking a thread, and
 * only once the collector has taken every item of the current page. Empty pages in between are
 * skipped. Each collection starts again from this page (already in memory) and fetches the
 * following pages again; only the current page is held.
 *
 * ```
 * jicoo.bookings().listBookings(query).await().autoPagerFlow()
 *     .take(50)
 *     .collect { booking -> println(booking.name) }
 * ```
 *
 * A failed page request ends the flow with the same typed exception [await] throws; cancelling
 * the collector cancels the page request in flight.
 *
 * @return the flow of items
 */
public fun <T : Any, P : Page<T, P>> Page<T, P>.autoPagerFlow(): Flow<T> {
    val first = this
    return flow {
        var page: Page<T, P> = first
        while (true) {
            for (item in page.items()) {
                emit(item)
            }
            if (!page.hasNextPage()) {
                break
            }
            val next: P? = page.nextPageCall().await()
            page = next ?: throw PaginationException(
                "the server announced a next page but answered its request with no content",
            )
        }
    }
}
