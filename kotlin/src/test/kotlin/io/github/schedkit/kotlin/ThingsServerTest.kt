package io.github.schedkit.kotlin

import io.github.schedkit.core.fixture.MockServerTestBase
import io.github.schedkit.core.fixture.TestClientBuilder
import io.github.schedkit.core.fixture.ThingsApi
import java.util.concurrent.TimeUnit
import kotlin.test.AfterTest
import kotlin.test.BeforeTest
import okhttp3.OkHttpClient
import okhttp3.mockwebserver.MockResponse
import okhttp3.mockwebserver.MockWebServer

/**
 * Starts a [MockWebServer] and the core test fixture's client on it for each test; afterwards
 * checks that every response was closed, as the core tests do.
 */
abstract class ThingsServerTest {
    protected lateinit var server: MockWebServer
    private lateinit var okHttp: OkHttpClient
    protected lateinit var api: ThingsApi

    @BeforeTest
    fun start() {
        server = MockWebServer()
        server.start()
        okHttp = OkHttpClient.Builder().callTimeout(5, TimeUnit.SECONDS).build()
        api = TestClientBuilder().okHttpClient(okHttp).baseUrl(server.url("/").toString()).maxRetries(0).build()
    }

    @AfterTest
    fun stop() {
        MockServerTestBase.checkAndRelease(okHttp, server)
    }

    protected fun json(status: Int, body: String): MockResponse =
        MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body)
}
