package io.github.schedkit.kotlin

import io.github.schedkit.core.errors.NotFoundException
import java.util.concurrent.TimeUnit
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNotNull
import kotlin.test.assertTrue
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import okhttp3.mockwebserver.MockResponse
import okhttp3.mockwebserver.SocketPolicy

class AwaitTest : ThingsServerTest() {
    @Test
    fun awaitReturnsTheDecodedBody() = runBlocking {
        server.enqueue(json(200, """{"id":"t1","name":"First"}"""))

        val thing = api.getThing("t1").await()

        assertEquals("First", thing.name)
        assertEquals("/v1/things/t1", server.takeRequest().path)
    }

    @Test
    fun awaitResponseCarriesStatusAndHeaders() = runBlocking {
        server.enqueue(json(201, """{"id":"t2"}""").setHeader("X-Request-Id", "req-7"))

        val response = api.getThing("t2").awaitResponse()

        assertEquals(201, response.statusCode())
        assertEquals("req-7", response.headers()["X-Request-Id"])
        assertEquals("t2", response.body().id)
    }

    @Test
    fun awaitThrowsTheTypedException() {
        server.enqueue(json(404, """{"message":"no such thing"}"""))

        val failure = assertFailsWith<NotFoundException> { runBlocking { api.getThing("missing").await() } }

        assertEquals(404, failure.statusCode())
        assertTrue(failure.body().contains("no such thing"))
    }

    @Test
    fun cancellingTheCoroutineCancelsTheCall() = runBlocking {
        server.enqueue(MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE))
        val call = api.getThing("slow")

        val pending = async(Dispatchers.Default, CoroutineStart.UNDISPATCHED) { call.await() }
        assertNotNull(server.takeRequest(2, TimeUnit.SECONDS), "the request was not sent")
        pending.cancel()
        withTimeout(2_000) { pending.join() }

        assertTrue(pending.isCancelled)
        assertTrue(call.isCanceled, "cancelling the coroutine did not cancel the HTTP call")
    }
}
