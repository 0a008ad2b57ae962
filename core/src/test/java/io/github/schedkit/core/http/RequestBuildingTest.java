package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.SdkVersion;
import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.TestClientBuilder;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingStatus;
import io.github.schedkit.core.fixture.ThingsApi;
import io.github.schedkit.core.fixture.ThingsApi.ListThingsQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class RequestBuildingTest extends MockServerTestBase {
  private static final OffsetDateTime TOKYO_11AM =
      OffsetDateTime.of(2024, 3, 16, 11, 0, 0, 0, ZoneOffset.ofHours(9));

  @Test
  void emptyPathParameterIsRejectedBeforeSending() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> api.getThing(""));

    assertTrue(e.getMessage().contains("getThing"), e.getMessage());
    assertTrue(e.getMessage().contains("path parameter is empty"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void emptyPathParameterIsRejectedForOtherMethodsToo() {
    assertThrows(IllegalArgumentException.class, () -> api.deleteThing(""));
    assertThrows(IllegalArgumentException.class, () -> api.getWrappedThing(""));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void missingCredentialIsRejectedBeforeSending() {
    MissingCredentialException e =
        assertThrows(MissingCredentialException.class, () -> api.getProfile());

    assertEquals(
        "getProfile needs a credential this client lacks: set .accessToken(..) on the client builder",
        e.getMessage());
    assertEquals(0, server.getRequestCount());
    assertNoSecret(e);
  }

  @Test
  void missingCredentialNamesEveryAlternative() {
    ThingsApi keyless = builder().apiKey(null).build();

    MissingCredentialException e =
        assertThrows(MissingCredentialException.class, keyless::getProfileEither);

    assertTrue(e.getMessage().contains(".accessToken(..) or .apiKey(..)"), e.getMessage());
    assertThrows(MissingCredentialException.class, () -> keyless.getThing("t1"));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void missingCredentialWithoutHintNamesTheScheme() {
    Credentials none = Credentials.builder().build();
    var endpoint = endpointOf("getProfile");

    MissingCredentialException e =
        assertThrows(MissingCredentialException.class, () -> none.require(endpoint));

    assertTrue(e.getMessage().contains("security scheme 'token'"), e.getMessage());
  }

  @Test
  void configuredCredentialIsSentForSecuredOperations() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));
    server.enqueue(json("{\"id\":\"me\"}"));

    api.getThing("t1").execute();
    api.getProfileEither().execute();

    assertEquals(SECRET, takeRequest().getHeader(TestClientBuilder.KEY_HEADER));
    assertEquals(SECRET, takeRequest().getHeader(TestClientBuilder.KEY_HEADER));
  }

  @Test
  void credentialIsNotSentForAPublicOperation() throws Exception {
    server.enqueue(json("{\"id\":\"status\"}"));

    api.getPublicStatus().execute();

    RecordedRequest request = takeRequest();
    assertNull(request.getHeader(TestClientBuilder.KEY_HEADER));
    assertNull(request.getHeader("Authorization"));
    assertTrue(!request.getHeaders().toString().contains(SECRET));
  }

  @Test
  void optionalSecurityWithoutTheCredentialIsSentWithout() throws Exception {
    server.enqueue(json("{\"id\":\"anonymous\"}"));

    assertEquals("anonymous", api.getMaybeProfile().execute().getId());

    assertNull(takeRequest().getHeader(TestClientBuilder.KEY_HEADER));
  }

  @Test
  void userAgentNamesProductVersionAndJava() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));

    api.getThing("t1").execute();

    String version = SdkVersion.get();
    assertTrue(!version.equals("unknown") && !version.contains("${"), "version " + version);
    assertEquals(
        TestClientBuilder.PRODUCT + "/" + version + " (Java)", takeRequest().getHeader("User-Agent"));
  }

  @Test
  void laterPagesAndPerCallUserAgentsKeepTheirUserAgent() throws Exception {
    server.enqueue(json("{\"data\":[{\"id\":\"a\"}],\"next_page\":2}"));
    server.enqueue(json("{\"data\":[{\"id\":\"b\"}],\"next_page\":null}"));
    server.enqueue(json("{\"id\":\"t1\"}"));

    api.listThings().execute().nextPage();
    api.getThing("t1").withHeader("user-agent", "my-app/2.0").execute();

    String schedkit = TestClientBuilder.PRODUCT + "/" + SdkVersion.get() + " (Java)";
    assertEquals(schedkit, takeRequest().getHeader("User-Agent"));
    assertEquals(schedkit, takeRequest().getHeader("User-Agent"));
    RecordedRequest own = takeRequest();
    assertEquals(List.of("my-app/2.0"), own.getHeaders().values("User-Agent"));
  }

  @Test
  void aCallersInterceptorFindsTheOperationInTheCallContext() throws Exception {
    List<String> seen = new ArrayList<>();
    OkHttpClient withInterceptor =
        okHttp.newBuilder()
            .addInterceptor(
                chain -> {
                  CallContext context = CallContext.of(chain.request());
                  seen.add(context == null ? "none" : context.operation().operationId());
                  return chain.proceed(chain.request());
                })
            .build();
    ThingsApi things = builder().okHttpClient(withInterceptor).build();
    server.enqueue(json("{\"id\":\"t1\"}"));
    server.enqueue(new MockResponse());

    things.getThing("t1").execute();
    withInterceptor.newCall(new Request.Builder().url(server.url("/elsewhere")).build()).execute().close();

    assertEquals(List.of("getThing", "none"), seen);
  }

  @Test
  void callersOkHttpClientIsNotModified() {
    builder().build();

    assertTrue(okHttp.interceptors().isEmpty());
    assertTrue(okHttp.networkInterceptors().isEmpty());
  }

  @Test
  void baseUrlWithoutTrailingSlashKeepsItsPath() throws Exception {
    ThingsApi prefixed = builder().baseUrl(server.url("/api").toString()).build();
    server.enqueue(json("{\"id\":\"t1\"}"));

    prefixed.getThing("t1").execute();

    assertEquals("/api/v1/things/t1", takeRequest().getPath());
  }

  @Test
  void pathParametersAreEncoded() throws Exception {
    server.enqueue(json("{\"id\":\"a b/c\"}"));

    api.getThing("a b/c").execute();

    assertEquals("/v1/things/a%20b%2Fc", takeRequest().getPath());
  }

  @Test
  void queryParametersSendOnlySetValuesInWireForm() throws Exception {
    server.enqueue(json("{\"data\":[]}"));
    ListThingsQuery query =
        ListThingsQuery.builder()
            .q("café & co")
            .status(ThingStatus.of("paused-v2"))
            .updatedAfter(TOKYO_11AM)
            .perPage(null)
            .build();

    api.listThings(query).execute();

    var url = takeRequest().getRequestUrl();
    assertEquals(
        List.of("q", "status", "updated_after"), List.copyOf(url.queryParameterNames()));
    assertEquals("café & co", url.queryParameter("q"));
    assertEquals("paused-v2", url.queryParameter("status"));
    assertEquals("2024-03-16T02:00:00.000Z", url.queryParameter("updated_after"));
    assertNull(url.queryParameter("per_page"));
  }

  @Test
  void emptyQuerySendsNoQueryString() throws Exception {
    server.enqueue(json("{\"data\":[]}"));

    api.listThings(ListThingsQuery.builder().build()).execute();

    assertEquals("/v1/things", takeRequest().getPath());
  }

  @Test
  void queryAnnotatedTimestampsAndOpenEnumsUseWireForm() throws Exception {
    server.enqueue(json("[]"));
    server.enqueue(json("[]"));

    api.searchThings(TOKYO_11AM, ThingStatus.ARCHIVED).execute();
    api.searchThings(null, null).execute();

    var url = takeRequest().getRequestUrl();
    assertEquals("2024-03-16T02:00:00.000Z", url.queryParameter("since"));
    assertEquals("archived", url.queryParameter("status"));
    assertEquals("/v1/search", takeRequest().getPath());
  }

  @Test
  void requestBodyIsJsonWithUtcTimestamps() throws Exception {
    server.enqueue(json(201, "{\"id\":\"new\"}"));
    Thing thing =
        Thing.of("new", "Neu <&>")
            .createdAt(TOKYO_11AM)
            .dueOn(LocalDate.of(2024, 3, 16))
            .status(ThingStatus.of("someday"));

    assertEquals("new", api.createThing(thing).execute().getId());

    RecordedRequest request = takeRequest();
    assertEquals("POST", request.getMethod());
    assertTrue(request.getHeader("Content-Type").startsWith("application/json"));
    assertEquals(
        "{\"id\":\"new\",\"name\":\"Neu <&>\",\"created_at\":\"2024-03-16T02:00:00.000Z\","
            + "\"due_on\":\"2024-03-16\",\"status\":\"someday\"}",
        request.getBody().readUtf8());
    assertEquals(SECRET, request.getHeader(TestClientBuilder.KEY_HEADER));
  }

  @Test
  void credentialIsNotForwardedOnACrossOriginRedirect() throws Exception {
    MockWebServer other = new MockWebServer();
    other.start();
    try {
      other.enqueue(json("{\"id\":\"elsewhere\"}"));
      server.enqueue(
          new MockResponse()
              .setResponseCode(302)
              .setHeader("Location", other.url("/v1/things/t1").toString()));

      Thing followed = api.getThing("t1").execute();

      assertEquals("elsewhere", followed.getId());
      assertEquals(SECRET, takeRequest().getHeader(TestClientBuilder.KEY_HEADER));
      RecordedRequest forwarded = other.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS);
      assertNotNull(forwarded);
      assertNull(
          forwarded.getHeader(TestClientBuilder.KEY_HEADER),
          "the API key was sent to another origin on a redirect");
      assertTrue(!forwarded.getHeaders().toString().contains(SECRET));
    } finally {
      other.shutdown();
    }
  }

  @Test
  void credentialIsKeptOnASameOriginRedirect() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/v1/things/t2"));
    server.enqueue(json("{\"id\":\"t2\"}"));

    assertEquals("t2", api.getThing("t1").execute().getId());

    assertEquals(SECRET, takeRequest().getHeader(TestClientBuilder.KEY_HEADER));
    RecordedRequest redirected = takeRequest();
    assertEquals("/v1/things/t2", redirected.getPath());
    assertEquals(SECRET, redirected.getHeader(TestClientBuilder.KEY_HEADER));
  }

  private static Endpoint endpointOf(String method) {
    for (var m : ThingsApi.class.getMethods()) {
      if (m.getName().equals(method)) {
        Endpoint endpoint = m.getAnnotation(Endpoint.class);
        assertNotNull(endpoint);
        return endpoint;
      }
    }
    throw new AssertionError(method);
  }
}
