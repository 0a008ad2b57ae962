@file:JvmName("JicooKotlinQuickstart")

package io.github.schedkit.examples.kotlin

import io.github.schedkit.core.errors.ApiException
import io.github.schedkit.core.errors.NotFoundException
import io.github.schedkit.jicoo.JicooClient
import io.github.schedkit.jicoo.api.BookingsApi.ListBookingsQuery
import io.github.schedkit.jicoo.model.BookingStatusFilter
import io.github.schedkit.kotlin.autoPagerFlow
import io.github.schedkit.kotlin.await
import io.github.schedkit.kotlin.awaitResponse
import io.github.schedkit.mock.PrismServer
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.runBlocking

/**
 * The Kotlin quick start: the Jicoo client with coroutines. Calls suspend with `await()`, bookings
 * stream page by page as a `Flow`, and errors are the same typed exceptions as in Java.
 *
 * With `JICOO_API_KEY` set it calls the real API (read-only calls only); otherwise it starts a
 * Prism mock of `spec/jicoo.yaml`, which answers with the spec's examples.
 */
fun main() {
    val apiKey = System.getenv("JICOO_API_KEY")
    val mock = if (apiKey.isNullOrBlank()) PrismServer.start("jicoo.yaml") else null
    try {
        val builder = JicooClient.builder().fromEnv()
        if (mock != null) {
            println("JICOO_API_KEY is not set: calling a Prism mock of spec/jicoo.yaml at ${mock.baseUrl()}")
            builder.apiKey("sk_live_mock").baseUrl(mock.baseUrl())
        }
        builder.build().use { jicoo -> runBlocking { run(jicoo) } }
    } finally {
        mock?.close()
    }
}

private suspend fun run(jicoo: JicooClient) {
    // await() suspends instead of blocking a thread; cancelling the coroutine cancels the request.
    val eventTypes = jicoo.eventTypes().listEventTypes().await().items()
    println("Event types: ${eventTypes.map { it.name }}")

    // awaitResponse() adds the status and headers.
    val query = ListBookingsQuery.builder().status(BookingStatusFilter.OPEN).perPage(20).build()
    val response = jicoo.bookings().listBookings(query).awaitResponse()
    val first = response.body()
    println("Bookings: HTTP ${response.statusCode()}, ${first.totalCount} in total, ${first.numberOfPages} pages")

    // autoPagerFlow() is a cold Flow: page N+1 is fetched, without blocking, once page N is collected.
    first.autoPagerFlow()
        .take(first.items().size)
        .collect { booking -> println("  ${booking.startedAt}  ${booking.name}  [${booking.status}]") }

    // Errors are the same typed exceptions as in Java, thrown from await().
    try {
        jicoo.bookings().getBooking("no-such-booking").await()
        println("The mock answers every uid with its example; the real API answers 404 here")
    } catch (e: NotFoundException) {
        println("Not found, as expected: HTTP ${e.statusCode()}")
    } catch (e: ApiException) {
        println("API error ${e.statusCode()}: ${e.message}")
    }
}
