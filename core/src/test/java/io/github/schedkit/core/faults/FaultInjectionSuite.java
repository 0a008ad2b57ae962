package io.github.schedkit.core.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.ClientBuilder;
import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.ApiTimeoutException;
import io.github.schedkit.core.errors.InternalServerException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.errors.SchedkitException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.http.LogLevel;
import io.github.schedkit.core.http.RetryPolicy;
import io.github.schedkit.core.http.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault injection, load and secret-hygiene tests that every API module runs against its own
 * client. A module subclasses this suite once, saying how to build its client with sentinel
 * credentials, which idempotent GET and which non-idempotent POST to drive, and what a successful
 * GET answers; every test here then runs against that module's real generated operations.
 *
 * <p>Each test runs against a fresh {@link MockWebServer} on a test-owned {@link OkHttpClient},
 * with a recording {@link Sleeper} and a fixed {@link Clock} in the retry policy so that retries
 * take no real time. After each test the suite asserts that the connection pool holds no
 * connection in use (every response was closed) and that no non-daemon thread the test started is
 * still alive.
 *
 * <p>The documented outcomes checked here: a connection reset or a truncated body is an {@link
 * ApiConnectionException} (never a decoding error or a success); a body slower than the read
 * timeout is an {@link ApiTimeoutException}; a 200 that is HTML or malformed JSON is a {@link
 * ResponseDecodingException} naming the operation; a 5xx is an {@link InternalServerException}
 * with the body and the attempt count; 429 with {@code Retry-After} waits exactly that long;
 * retries of an idempotent call are exhausted after three attempts; a refused connection is
 * retried (the request never reached a server) even for a POST; a POST that got a 503 is not
 * replayed.
 *
 * @param <C> the module's client
 * @param <B> the module's client builder
 * @param <T> the decoded result of the GET under test
 */
public abstract class FaultInjectionSuite<C, B extends ClientBuilder<B>, T> {

  // ---------------------------------------------------------------------------------------------
  // What a module supplies.
  // ---------------------------------------------------------------------------------------------

  /**
   * Returns a new builder with the module's credentials set to sentinel values (every value listed
   * by {@link #secrets()}), and nothing else: the suite sets the base URL, the {@code
   * OkHttpClient}, the retry policy and logging.
   *
   * @return the builder
   */
  protected abstract B newBuilder();

  /**
   * Builds the client.
   *
   * @param builder a builder from {@link #newBuilder()}, configured by the suite
   * @return the client
   */
  protected abstract C build(B builder);

  /**
   * Returns an idempotent GET that decodes a model, such as a resource fetched by its id.
   *
   * @param client the client
   * @param id an identifier the module may put into the request (the load test also identifies
   *     each call by a header of its own, so modules whose GET takes no parameter may ignore it)
   * @return the unstarted call
   */
  protected abstract ApiCall<T> getCall(C client, String id);

  /**
   * Returns the identifier the decoded result of {@link #getCall} carries.
   *
   * @param result a decoded {@link #successBody(String)}
   * @return its identifier
   */
  protected abstract String idOf(T result);

  /**
   * Returns the operation id of {@link #getCall}, such as {@code getBooking}.
   *
   * @return the operation id
   */
  protected abstract String getOperationId();

  /**
   * Returns a JSON body that {@link #getCall} decodes into a result whose {@link #idOf} is {@code
   * id}.
   *
   * @param id the identifier to answer with
   * @return the JSON text
   */
  protected abstract String successBody(String id);

  /**
   * Returns a non-idempotent POST (not marked idempotent, no {@code Idempotency-Key}).
   *
   * @param client the client
   * @return the unstarted call
   */
  protected abstract ApiCall<?> postCall(C client);

  /**
   * Returns the operation id of {@link #postCall}.
   *
   * @return the operation id
   */
  protected abstract String postOperationId();

  /**
   * Lists the sentinel secrets the module configures or can be handed (API keys, tokens, client
   * secrets, refreshed tokens). Each must contain {@link #SENTINEL_MARKER}.
   *
   * @return the secrets
   */
  protected abstract List<String> secrets();

  /**
   * Drives the module's own error paths (for example a refused token refresh) on a client that
   * logs every line to {@link #logLines}, and returns every exception they raised. The server
   * answers from its queue ({@link #server}{@code .enqueue(..)}) and fails fast with HTTP 418 when
   * the queue is empty.
   *
   * @param client a client on {@link #server}, logging at {@link LogLevel#BODY}
   * @return the failures, each checked for secrets by the suite
   * @throws Exception if driving fails unexpectedly
   */
  protected List<Throwable> provokeModuleFailures(C client) throws Exception {
    return List.of();
  }

  // ---------------------------------------------------------------------------------------------
  // Fixture.
  // ---------------------------------------------------------------------------------------------

  /** Every sentinel secret contains this text, so a partial leak is caught as well. */
  protected static final String SENTINEL_MARKER = "SENTINEL";

  /** The header the load test identifies each call by. */
  protected static final String CALL_ID_HEADER = "X-Fault-Call-Id";

  /** How long any single fault may take to surface. */
  protected static final Duration FAST = Duration.ofSeconds(1);

  /** The read timeout of the slow-body case. */
  protected static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  /** A typical reverse-proxy error page. */
  protected static final String HTML_ERROR_PAGE =
      "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n"
          + "<body><center><h1>500 Internal Server Error</h1></center><hr><center>nginx</center></body></html>\n";

  /** A captive-portal or maintenance page served with 200. */
  protected static final String HTML_OK_PAGE =
      "<!DOCTYPE html>\n<html><head><title>Maintenance</title></head>\n"
          + "<body><p>We'll be back soon.</p></body></html>\n";

  /** The server of the current test. */
  protected MockWebServer server;

  /** The test-owned {@code OkHttpClient} every client of the current test builds on. */
  protected OkHttpClient okHttp;

  /** The waits the retry policy asked for, in order; nothing really waits. */
  protected final List<Duration> waits = new CopyOnWriteArrayList<>();

  /** The log lines of clients built by {@link #loggingBuilder(String)}. */
  protected final List<String> logLines = new CopyOnWriteArrayList<>();

  private static final Set<Class<?>> WARMED_UP = ConcurrentHashMap.newKeySet();

  private final Sleeper recordingSleeper = waits::add;
  private Set<Thread> threadsBefore;

  @BeforeEach
  void startServer() throws Exception {
    warmUpOnce();
    threadsBefore = new HashSet<>(Thread.getAllStackTraces().keySet());
    server = new MockWebServer();
    QueueDispatcher queue = new QueueDispatcher();
    // a request the test did not plan for gets an answer no test expects, rather than hanging
    queue.setFailFast(new MockResponse().setResponseCode(418).setBody("{\"error\":\"no response queued\"}"));
    server.setDispatcher(queue);
    server.start();
    okHttp =
        new OkHttpClient.Builder()
            .connectTimeout(500, TimeUnit.MILLISECONDS)
            .readTimeout(2, TimeUnit.SECONDS)
            .writeTimeout(2, TimeUnit.SECONDS)
            .callTimeout(10, TimeUnit.SECONDS)
            .build();
  }

  @AfterEach
  void checkNothingLeftBehind() throws Exception {
    MockServerTestBase.checkAndRelease(okHttp, server);
    assertNoThreadLeftBehind(threadsBefore);
  }

  /**
   * Runs one GET and one POST of the module on a throwaway server before the first test of each
   * suite, so that class loading (and any instrumentation agent) does not count against {@link
   * #FAST}.
   */
  private void warmUpOnce() throws Exception {
    if (!WARMED_UP.add(getClass())) {
      return;
    }
    MockWebServer warmUp = new MockWebServer();
    OkHttpClient http = new OkHttpClient();
    try {
      warmUp.start();
      warmUp.enqueue(success("warm-up"));
      warmUp.enqueue(json(503, "{}"));
      warmUp.enqueue(html(200, HTML_OK_PAGE));
      C client = build(newBuilder().baseUrl(warmUp.url("/").toString()).okHttpClient(http).maxRetries(0));
      getCall(client, "warm-up").execute();
      assertThrows(SchedkitException.class, () -> postCall(client).execute());
      assertThrows(SchedkitException.class, () -> getCall(client, "warm-up").execute());
    } finally {
      http.connectionPool().evictAll();
      warmUp.shutdown();
    }
  }

  /** The retry policy of every client here: the default counts, no real waiting. */
  protected RetryPolicy.Builder retryPolicy() {
    return RetryPolicy.builder().sleeper(recordingSleeper).clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** A builder on {@code baseUrl} and this test's {@code OkHttpClient} and retry policy. */
  protected B builder(String baseUrl) {
    return newBuilder().baseUrl(baseUrl).okHttpClient(okHttp).retryPolicy(retryPolicy().build());
  }

  /** Like {@link #builder(String)}, logging every line at {@link LogLevel#BODY} to {@link #logLines}. */
  protected B loggingBuilder(String baseUrl) {
    return builder(baseUrl).logging(LogLevel.BODY, logLines::add);
  }

  /** A client on this test's server. */
  protected C client() {
    return build(builder(server.url("/").toString()));
  }

  /** The URL of a server that was started and stopped again: connecting to it is refused. */
  protected static String stoppedServerUrl() throws IOException {
    MockWebServer stopped = new MockWebServer();
    stopped.start();
    String url = stopped.url("/").toString();
    stopped.shutdown();
    return url;
  }

  /** A 200 answering the GET under test with {@code id}. */
  protected MockResponse success(String id) {
    return json(200, successBody(id));
  }

  /** A JSON response. */
  protected static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  private static MockResponse html(int status, String page) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "text/html; charset=utf-8")
        .setBody(page);
  }

  /** Runs a call that must fail with {@code type}, within {@link #FAST}. */
  protected static <X extends Throwable> X failsFast(Class<X> type, Executable call) {
    long start = System.nanoTime();
    X failure = assertThrows(type, call);
    assertFast(start);
    return failure;
  }

  private static void assertFast(long startNanos) {
    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    assertTrue(elapsed < FAST.toMillis(), "took " + elapsed + " ms");
  }

  // ---------------------------------------------------------------------------------------------
  // Faults.
  // ---------------------------------------------------------------------------------------------

  @Test
  void aHealthyGetDecodes() {
    server.enqueue(success("id-1"));

    assertEquals("id-1", idOf(getCall(client(), "id-1").execute()));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void connectionResetMidBodyIsAConnectionFailureNotADecodingError() {
    server.enqueue(success("id-1").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    C client = client();

    ApiConnectionException e = failsFast(ApiConnectionException.class, () -> getCall(client, "id-1").execute());

    assertSame(ApiConnectionException.class, e.getClass(), "not a timeout");
    assertInstanceOf(IOException.class, e.getCause());
    assertFalse(e.getCause() instanceof InterruptedIOException, "not a timeout");
    assertEquals(getOperationId(), e.operation().operationId());
    assertEquals(server.getRequestCount(), e.attempts());
  }

  @Test
  void aBodyShorterThanItsContentLengthIsAConnectionFailureEvenIfWhatArrivedParses() {
    // the whole JSON arrives, but the server promised more and then closed the connection
    String body = successBody("id-1");
    server.enqueue(
        json(200, body)
            .setHeader("Content-Length", body.getBytes(StandardCharsets.UTF_8).length + 64)
            .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
    C client = client();

    ApiConnectionException e = failsFast(ApiConnectionException.class, () -> getCall(client, "id-1").execute());

    assertSame(ApiConnectionException.class, e.getClass(), "not a timeout");
    assertInstanceOf(IOException.class, e.getCause());
    assertEquals(getOperationId(), e.operation().operationId());
    assertEquals(server.getRequestCount(), e.attempts());
  }

  @Test
  void aBodySlowerThanTheReadTimeoutIsATimeout() {
    server.enqueue(success("id-1").setBodyDelay(SHORT_READ_TIMEOUT.toMillis() + 400, TimeUnit.MILLISECONDS));
    C impatient = build(builder(server.url("/").toString()).readTimeout(SHORT_READ_TIMEOUT));

    long start = System.nanoTime();
    ApiTimeoutException e = failsFast(ApiTimeoutException.class, () -> getCall(impatient, "id-1").execute());

    assertTrue(
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= SHORT_READ_TIMEOUT.toMillis() - 50,
        "gave up before the read timeout");
    assertInstanceOf(InterruptedIOException.class, e.getCause());
    assertEquals(getOperationId(), e.operation().operationId());
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void a200WithAnHtmlPageIsADecodingErrorNamingTheOperation() {
    server.enqueue(html(200, HTML_OK_PAGE));
    C client = client();

    ResponseDecodingException e =
        failsFast(ResponseDecodingException.class, () -> getCall(client, "id-1").execute());

    assertEquals(getOperationId(), e.operation().operationId());
    assertTrue(e.getMessage().contains(getOperationId()), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void a200WithMalformedJsonIsADecodingErrorNamingTheOperation() {
    String body = successBody("id-1");
    server.enqueue(json(200, body.substring(0, body.length() / 2)));
    C client = client();

    ResponseDecodingException e =
        failsFast(ResponseDecodingException.class, () -> getCall(client, "id-1").execute());

    assertEquals(getOperationId(), e.operation().operationId());
    assertTrue(e.getMessage().contains(getOperationId()), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void a500WithAnHtmlPageIsAServerErrorCarryingThePage() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(html(500, HTML_ERROR_PAGE));
    }
    C client = client();

    InternalServerException e = failsFast(InternalServerException.class, () -> getCall(client, "id-1").execute());

    assertEquals(500, e.statusCode());
    assertTrue(e.body().contains("<h1>500 Internal Server Error</h1>"), e.body());
    assertEquals(getOperationId(), e.operation().operationId());
    assertEquals(3, e.attempts(), "a GET is retried on 500");
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void a429WithRetryAfterIsWaitedOutOnceAndThenSucceeds() {
    server.enqueue(json(429, "{\"error\":\"rate_limited\"}").setHeader("Retry-After", "1"));
    server.enqueue(success("id-1"));
    C client = client();

    long start = System.nanoTime();
    assertEquals("id-1", idOf(getCall(client, "id-1").execute()));
    assertFast(start);

    assertEquals(List.of(Duration.ofSeconds(1)), waits);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void threeServiceUnavailableInARowExhaustTheRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(503, "{\"error\":\"unavailable\"}"));
    }
    server.enqueue(success("id-1")); // never reached
    C client = client();

    InternalServerException e = failsFast(InternalServerException.class, () -> getCall(client, "id-1").execute());

    assertEquals(503, e.statusCode());
    assertEquals(3, e.attempts());
    assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
    assertEquals(3, server.getRequestCount());
    assertEquals(2, waits.size(), "a wait before each retry");
  }

  @Test
  void aRefusedConnectionIsRetriedThenAConnectionFailure() throws Exception {
    C down = build(builder(stoppedServerUrl()));

    ApiConnectionException e = failsFast(ApiConnectionException.class, () -> getCall(down, "id-1").execute());

    assertSame(ApiConnectionException.class, e.getClass(), "not a timeout");
    assertInstanceOf(ConnectException.class, e.getCause());
    assertEquals(getOperationId(), e.operation().operationId());
    assertEquals(3, e.attempts());
    assertEquals(2, waits.size());
  }

  @Test
  void aRefusedPostIsRetriedTooBecauseItNeverReachedAServer() throws Exception {
    C down = build(builder(stoppedServerUrl()));

    ApiConnectionException e = failsFast(ApiConnectionException.class, () -> postCall(down).execute());

    assertSame(ApiConnectionException.class, e.getClass(), "not a timeout");
    assertEquals(postOperationId(), e.operation().operationId());
    assertEquals(3, e.attempts());
  }

  @Test
  void aPostThatGetsServiceUnavailableIsNotReplayed() {
    server.enqueue(json(503, "{\"error\":\"unavailable\"}"));
    server.enqueue(json(503, "{\"error\":\"unavailable\"}"));
    C client = client();

    InternalServerException e = failsFast(InternalServerException.class, () -> postCall(client).execute());

    assertEquals(503, e.statusCode());
    assertEquals(postOperationId(), e.operation().operationId());
    assertEquals(1, e.attempts());
    assertEquals(1, server.getRequestCount());
    assertTrue(waits.isEmpty());
  }

  /**
   * OkHttp on its own resends a request once after some failures: a connection that drops after
   * the request was sent, a 408, a 503 with {@code Retry-After: 0}. For a POST that is not
   * idempotent, each of these must reach the server exactly once, as the README promises.
   */
  @ParameterizedTest
  @ValueSource(strings = {"dropped after the request", "408", "503 with Retry-After: 0"})
  void aPostIsNeverReplayedBehindTheRetryPolicysBack(String fault) {
    server.enqueue(success("id-1"));
    C client = client();
    getCall(client, "id-1").execute(); // leaves a pooled connection, which OkHttp retries on
    for (int i = 0; i < 2; i++) {
      switch (fault) {
        case "408":
          server.enqueue(json(408, "{\"error\":\"timeout\"}"));
          break;
        case "503 with Retry-After: 0":
          server.enqueue(json(503, "{\"error\":\"unavailable\"}").setHeader("Retry-After", "0"));
          break;
        default:
          server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
      }
    }

    SchedkitException e = failsFast(SchedkitException.class, () -> postCall(client).execute());

    assertEquals(2, server.getRequestCount(), fault + ": the GET and one POST, but got " + e);
    assertTrue(waits.isEmpty());
  }

  @Test
  void aGetThatGetsServiceUnavailableWithRetryAfterZeroIsRetriedByThePolicyAlone() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(json(503, "{\"error\":\"unavailable\"}").setHeader("Retry-After", "0"));
    }
    C client = client();

    InternalServerException e = failsFast(InternalServerException.class, () -> getCall(client, "id-1").execute());

    assertEquals(3, e.attempts());
    assertEquals(3, server.getRequestCount(), "each attempt the policy counts is one request");
    assertEquals("0", e.headers().get("Retry-After"), "the caller sees the header as sent");
  }

  // ---------------------------------------------------------------------------------------------
  // Load.
  // ---------------------------------------------------------------------------------------------

  /** Concurrent calls of the load test. */
  protected static final int LOAD_CALLS = 200;

  /** Threads running them. */
  protected static final int LOAD_THREADS = 32;

  @Test
  void twoHundredConcurrentCallsThroughRateLimitingAllCompleteExactlyOnce() throws Exception {
    // The server answers the 1st, 6th, 11th... request with 429 (so 50 of 250), the rest with a
    // body echoing the caller's id. Every 429 is retried, so exactly 200 + 50 requests arrive.
    AtomicInteger requests = new AtomicInteger();
    Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> limited = new ConcurrentHashMap<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String id = request.getHeader(CALL_ID_HEADER);
            if (id == null) {
              return new MockResponse().setResponseCode(400).setBody("{\"error\":\"no call id\"}");
            }
            if (requests.getAndIncrement() % 5 == 0) {
              limited.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
              return json(429, "{\"error\":\"rate_limited\"}").setHeader("Retry-After", "0");
            }
            answered.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            return success(id);
          }
        });
    // Each caller tags its call with its id (an interceptor on the caller's own OkHttpClient,
    // sharing the test's pool): retries resend the same request, so they carry it too.
    ThreadLocal<String> callId = new ThreadLocal<>();
    OkHttpClient tagging =
        okHttp
            .newBuilder()
            .addInterceptor(
                chain -> {
                  Request request = chain.request();
                  String id = callId.get();
                  return chain.proceed(id == null ? request : request.newBuilder().header(CALL_ID_HEADER, id).build());
                })
            // 200 calls on a busy 2-core machine: the suite's 2 s read timeout is for the faults, not for load
            .readTimeout(20, TimeUnit.SECONDS)
            .callTimeout(60, TimeUnit.SECONDS)
            .build();
    // room for a call that meets several 429s in a row; none is expected to run out
    C client =
        build(
            newBuilder()
                .baseUrl(server.url("/").toString())
                .okHttpClient(tagging)
                .retryPolicy(retryPolicy().maxRetries(20).build()));

    ExecutorService callers = Executors.newFixedThreadPool(LOAD_THREADS);
    long start = System.nanoTime();
    List<Future<String>> results = new ArrayList<>();
    try {
      for (int i = 0; i < LOAD_CALLS; i++) {
        String id = "call-" + i;
        results.add(
            callers.submit(
                () -> {
                  callId.set(id);
                  try {
                    return idOf(getCall(client, id).execute());
                  } finally {
                    callId.remove();
                  }
                }));
      }
      for (int i = 0; i < LOAD_CALLS; i++) {
        assertEquals("call-" + i, results.get(i).get(60, TimeUnit.SECONDS), "each caller gets its own answer");
      }
    } finally {
      callers.shutdownNow();
      assertTrue(callers.awaitTermination(5, TimeUnit.SECONDS));
    }
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertEquals(LOAD_CALLS + LOAD_CALLS / 4, requests.get());
    assertEquals(LOAD_CALLS + LOAD_CALLS / 4, server.getRequestCount());
    assertEquals(LOAD_CALLS, answered.size(), "every call was answered");
    List<String> duplicated =
        answered.entrySet().stream().filter(e -> e.getValue().get() != 1).map(Map.Entry::getKey).collect(Collectors.toList());
    assertTrue(duplicated.isEmpty(), "answered more than once: " + duplicated);
    assertEquals(LOAD_CALLS / 4, limited.values().stream().mapToInt(AtomicInteger::get).sum());
    assertTrue(answered.keySet().containsAll(limited.keySet()), "every rate-limited call was retried");
    assertEquals(LOAD_CALLS / 4, waits.size(), "one wait per 429");
    assertTrue(waits.stream().allMatch(Duration.ZERO::equals), "Retry-After: 0 is honoured: " + waits);
    assertTrue(elapsedMillis < 5_000, "took " + elapsedMillis + " ms");
  }

  // ---------------------------------------------------------------------------------------------
  // Secret hygiene.
  // ---------------------------------------------------------------------------------------------

  /** The error paths driven with sentinel credentials and logging at {@link LogLevel#BODY}. */
  public enum Fault {
    RESET_MID_BODY(false),
    TRUNCATED_BODY(false),
    SLOW_BODY(false),
    HTML_200(false),
    MALFORMED_JSON_200(false),
    HTML_500(false),
    RATE_LIMITED_THEN_OK(false),
    UNAVAILABLE(false),
    CONNECTION_REFUSED(false),
    UNAUTHORIZED(false),
    FORBIDDEN(false),
    NOT_FOUND(false),
    UNPROCESSABLE(false),
    POST_UNAVAILABLE(true),
    POST_CONNECTION_REFUSED(true),
    POST_UNPROCESSABLE(true),
    POST_RESET_MID_BODY(true);

    final boolean post;

    Fault(boolean post) {
      this.post = post;
    }

    boolean refused() {
      return this == CONNECTION_REFUSED || this == POST_CONNECTION_REFUSED;
    }
  }

  private MockResponse respond(Fault fault, int attempt) {
    String body = successBody("id-1");
    switch (fault) {
      case RESET_MID_BODY:
      case POST_RESET_MID_BODY:
        return success("id-1").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
      case TRUNCATED_BODY:
        return json(200, body)
            .setHeader("Content-Length", body.getBytes(StandardCharsets.UTF_8).length + 64)
            .setSocketPolicy(SocketPolicy.DISCONNECT_AT_END);
      case SLOW_BODY:
        return success("id-1").setBodyDelay(400, TimeUnit.MILLISECONDS);
      case HTML_200:
        return html(200, HTML_OK_PAGE);
      case MALFORMED_JSON_200:
        return json(200, body.substring(0, body.length() / 2));
      case HTML_500:
        return html(500, HTML_ERROR_PAGE);
      case RATE_LIMITED_THEN_OK:
        return attempt == 0 ? json(429, "{\"error\":\"rate_limited\"}").setHeader("Retry-After", "1") : success("id-1");
      case UNAVAILABLE:
      case POST_UNAVAILABLE:
        return json(503, "{\"error\":\"unavailable\"}");
      case UNAUTHORIZED:
        return json(401, "{\"error\":\"unauthorized\",\"message\":\"the credential is invalid or expired\"}");
      case FORBIDDEN:
        return json(403, "{\"error\":\"forbidden\",\"message\":\"the credential lacks a scope\"}");
      case NOT_FOUND:
        return json(404, "{\"error\":\"not_found\"}");
      case UNPROCESSABLE:
      case POST_UNPROCESSABLE:
        return json(422, "{\"errors\":{\"name\":[{\"key\":\"invalid\",\"description\":\"is invalid\"}]}}");
      default:
        throw new AssertionError(fault);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Fault.class)
  void noSecretInAnyLogLineExceptionStackTraceOrToString(Fault fault) throws Exception {
    AtomicInteger attempt = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return respond(fault, attempt.getAndIncrement());
          }
        });
    B builder = loggingBuilder(fault.refused() ? stoppedServerUrl() : server.url("/").toString());
    if (fault == Fault.SLOW_BODY) {
      builder.readTimeout(Duration.ofMillis(150));
    }
    C client = build(builder);
    ApiCall<?> call = fault.post ? postCall(client) : getCall(client, "id-1");
    List<Object> shown = new ArrayList<>(List.of(builder, client, call, call.request(), call.copy()));

    if (fault == Fault.RATE_LIMITED_THEN_OK) {
      call.execute();
    } else {
      SchedkitException failure = assertThrows(SchedkitException.class, call::execute);
      shown.add(failure);
    }

    assertNoSecretShown(shown);
    if (!fault.refused()) {
      String log = String.join("\n", logLines);
      assertTrue(log.contains("-->"), "the exchange was logged:\n" + log);
      assertTrue(log.contains("██"), "the credential header was logged, redacted:\n" + log);
    }
  }

  @Test
  void noSecretInTheModulesOwnErrorPaths() throws Exception {
    B builder = loggingBuilder(server.url("/").toString());
    C client = build(builder);

    List<Throwable> failures = provokeModuleFailures(client);

    List<Object> shown = new ArrayList<>(List.of(builder, client));
    shown.addAll(failures);
    assertNoSecretShown(shown);
  }

  @Test
  void theSentinelsAreRecognisableAndTheCheckCatchesALeak() {
    assertFalse(secrets().isEmpty());
    for (String secret : secrets()) {
      assertTrue(secret.contains(SENTINEL_MARKER), secret + " does not contain " + SENTINEL_MARKER);
      assertThrows(AssertionError.class, () -> assertNoSecretShown(List.of("Bearer " + secret)));
      assertThrows(
          AssertionError.class,
          () -> assertNoSecretShown(List.of(new IllegalStateException("outer", new IOException("inner " + secret)))));
      // a partial leak: the end of the secret without the marker
      String tail = secret.substring(secret.length() - 8);
      assertThrows(AssertionError.class, () -> assertNoSecretShown(List.of("key=…" + tail)));
    }
  }

  /**
   * Asserts that no sentinel (nor its marker, nor its last eight characters) appears in any log
   * line, nor in any value's {@code toString()}; for throwables, in the full stack-trace text
   * (every message, cause and suppressed exception) and, for API errors, their body and headers.
   */
  protected void assertNoSecretShown(List<?> values) {
    List<String> texts = new ArrayList<>(logLines);
    for (Object value : values) {
      texts.add(String.valueOf(value));
      if (value instanceof Throwable) {
        StringWriter trace = new StringWriter();
        ((Throwable) value).printStackTrace(new PrintWriter(trace, true));
        texts.add(trace.toString());
        for (Throwable t = (Throwable) value; t != null; t = t.getCause()) {
          texts.add(String.valueOf(t.getLocalizedMessage()));
          if (t instanceof ApiException) {
            texts.add(((ApiException) t).body());
            texts.add(String.valueOf(((ApiException) t).headers()));
          }
        }
      }
    }
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      assertFalse(text.contains(SENTINEL_MARKER), () -> "a secret leaked into: " + text);
      for (String secret : secrets()) {
        String tail = secret.substring(Math.max(0, secret.length() - 8));
        assertFalse(text.contains(secret) || text.contains(tail), () -> "a secret leaked into: " + text);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Leak checks.
  // ---------------------------------------------------------------------------------------------

  /**
   * Asserts that every non-daemon thread started since {@code before} has ended, waiting up to two
   * seconds. (OkHttp's connection-pool and task threads are daemons and end by themselves.)
   */
  protected static void assertNoThreadLeftBehind(Set<Thread> before) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    List<Thread> left;
    while (true) {
      left =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
              .collect(Collectors.toList());
      if (left.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        break;
      }
      Thread.sleep(10);
    }
    StringBuilder report = new StringBuilder("threads left behind:");
    for (Thread thread : left) {
      report.append("\n  ").append(thread.getName());
      for (StackTraceElement frame : thread.getStackTrace()) {
        report.append("\n    at ").append(frame);
      }
    }
    fail(report.toString());
  }
}
