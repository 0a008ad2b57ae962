package io.github.schedkit.kotlin

import io.github.schedkit.core.errors.InternalServerException
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import okhttp3.mockwebserver.MockResponse

class AutoPagerFlowTest : ThingsServerTest() {
    @Test
    fun flowsOverEveryItemOfThreePages() = runBlocking {
        server.enqueue(page(2, "a", "b"))
        server.enqueue(page(3, "c"))
        server.enqueue(page(null, "d", "e"))

        val ids = api.listThings().await().autoPagerFlow().map { it.id }.toList()

        assertEquals(listOf("a", "b", "c", "d", "e"), ids)
        assertEquals("/v1/things", server.takeRequest().path)
        assertEquals("/v1/things?page=2", server.takeRequest().path)
        assertEquals("/v1/things?page=3", server.takeRequest().path)
    }

    @Test
    fun fetchesTheNextPageOnlyWhenTheCollectorGetsThere() = runBlocking {
        server.enqueue(page(2, "a", "b"))
        val first = api.listThings().await()

        val ids = first.autoPagerFlow().take(2).map { it.id }.toList()

        assertEquals(listOf("a", "b"), ids)
        assertEquals(1, server.requestCount, "the second page was requested although nobody collected it")
    }

    @Test
    fun aFailedPageEndsTheFlowWithTheTypedException() {
        server.enqueue(page(2, "a"))
        server.enqueue(json(500, """{"message":"down"}"""))

        assertFailsWith<InternalServerException> {
            runBlocking { api.listThings().await().autoPagerFlow().toList() }
        }
    }

    private fun page(next: Int?, vararg ids: String): MockResponse =
        MockResponse()
            .setHeader("Content-Type", "application/json")
            .setBody("""{"data":[${ids.joinToString(",") { "{\"id\":\"$it\"}" }}],"next_page":$next}""")
}
