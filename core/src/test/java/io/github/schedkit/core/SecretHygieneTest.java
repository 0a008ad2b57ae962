package io.github.schedkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.ApiTimeoutException;
import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.core.errors.PaginationException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.TestClientBuilder;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingsApi;
import io.github.schedkit.core.http.Credential;
import io.github.schedkit.core.http.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The configured credential never shows up in a message, a stack trace or a toString(). */
class SecretHygieneTest extends MockServerTestBase {

  enum Failure {
    HTTP_STATUSES,
    HTML_BODY,
    WRONG_TYPE,
    MISSING_ENVELOPE,
    CONNECTION_REFUSED,
    READ_TIMEOUT,
    DROPPED_MID_BODY,
    CANCELED,
    MISSING_CREDENTIAL,
    EMPTY_PATH,
    EXECUTED_TWICE,
    PAGINATION_OTHER_ORIGIN,
    PAGINATION_REPEATED_PAGE,
    ASYNC_STATUS,
    ASYNC_TIMEOUT
  }

  @ParameterizedTest
  @EnumSource(Failure.class)
  void noFailureRevealsTheCredential(Failure kind) throws Exception {
    List<Throwable> failures = provoke(kind);

    assertFalse(failures.isEmpty());
    for (Throwable failure : failures) {
      assertNoSecret(failure);
      if (failure instanceof ApiException) {
        ApiException api = (ApiException) failure;
        assertNoSecret(api.headers());
        assertNoSecret(api.body());
      }
    }
  }

  private List<Throwable> provoke(Failure kind) throws Exception {
    List<Throwable> failures = new ArrayList<>();
    switch (kind) {
      case HTTP_STATUSES:
        for (int status : new int[] {400, 401, 402, 403, 404, 409, 422, 429, 500, 503, 418}) {
          server.enqueue(json(status, "{\"error\":\"nope\"}").setHeader("Retry-After", "1"));
          failures.add(assertThrows(ApiException.class, () -> api.getThing("t1").execute()));
        }
        break;
      case HTML_BODY:
        server.enqueue(json("<html>maintenance</html>"));
        failures.add(assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute()));
        break;
      case WRONG_TYPE:
        server.enqueue(json("{\"count\":\"many\"}"));
        failures.add(assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute()));
        break;
      case MISSING_ENVELOPE:
        server.enqueue(json("{\"errors\":{},\"count\":\"many\"}"));
        failures.add(
            assertThrows(ResponseDecodingException.class, () -> api.getWrappedThing("t1").execute()));
        break;
      case CONNECTION_REFUSED:
        {
          MockWebServer stopped = new MockWebServer();
          stopped.start();
          String url = stopped.url("/").toString();
          stopped.shutdown();
          ThingsApi down = builder().baseUrl(url).build();
          failures.add(assertThrows(ApiConnectionException.class, () -> down.getThing("t1").execute()));
          break;
        }
      case READ_TIMEOUT:
        {
          ThingsApi impatient = builder().readTimeout(Duration.ofMillis(150)).build();
          server.enqueue(json("{\"id\":\"t1\"}").setBodyDelay(300, TimeUnit.MILLISECONDS));
          failures.add(assertThrows(ApiTimeoutException.class, () -> impatient.getThing("t1").execute()));
          break;
        }
      case DROPPED_MID_BODY:
        server.enqueue(
            json("{\"id\":\"" + "x".repeat(4_000) + "\"}")
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        failures.add(assertThrows(ApiConnectionException.class, () -> api.getThing("t1").execute()));
        break;
      case CANCELED:
        {
          ApiCall<Thing> call = api.getThing("t1");
          call.cancel();
          failures.add(assertThrows(ApiConnectionException.class, call::execute));
          break;
        }
      case MISSING_CREDENTIAL:
        failures.add(assertThrows(MissingCredentialException.class, api::getProfile));
        break;
      case EMPTY_PATH:
        failures.add(assertThrows(IllegalArgumentException.class, () -> api.getThing("")));
        break;
      case EXECUTED_TWICE:
        {
          server.enqueue(json("{\"id\":\"t1\"}"));
          ApiCall<Thing> call = api.getThing("t1");
          call.execute();
          failures.add(assertThrows(IllegalStateException.class, call::execute));
          break;
        }
      case PAGINATION_OTHER_ORIGIN:
        server.enqueue(
            json("{\"pages\":{\"next_page\":\"http://other.invalid/v1/linked?page=2\"},\"things\":[]}"));
        failures.add(
            assertThrows(PaginationException.class, api.listLinkedThings().execute()::nextPage));
        break;
      case PAGINATION_REPEATED_PAGE:
        server.enqueue(
            json("{\"pages\":{\"next_page\":\"" + server.url("/v1/linked") + "\"},\"things\":[]}"));
        failures.add(
            assertThrows(PaginationException.class, api.listLinkedThings().execute()::nextPage));
        break;
      case ASYNC_STATUS:
        {
          server.enqueue(json(401, "{\"error\":\"bad key\"}"));
          var callback = new RecordingCallback<Thing>();
          api.getThing("t1").enqueue(callback);
          failures.add(callback.await().failure());
          break;
        }
      case ASYNC_TIMEOUT:
        {
          ThingsApi impatient = builder().readTimeout(Duration.ofMillis(150)).build();
          server.enqueue(json("{\"id\":\"t1\"}").setHeadersDelay(300, TimeUnit.MILLISECONDS));
          var callback = new RecordingCallback<Thing>();
          impatient.getThing("t1").enqueue(callback);
          failures.add(assertInstanceOf(ApiTimeoutException.class, callback.await().failure()));
          break;
        }
      default:
        throw new AssertionError(kind);
    }
    failures.forEach(f -> assertNotNull(f.getMessage()));
    return failures;
  }

  @Test
  void theSecretReallyIsSentSoTheChecksAboveMeanSomething() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));

    api.getThing("t1").execute();

    assertEquals(SECRET, takeRequest().getHeader(TestClientBuilder.KEY_HEADER));
  }

  @Test
  void clientPiecesDoNotRevealTheCredential() {
    Credentials credentials = new TestClientBuilder().credentials();
    Credential header = Credential.header("X-Api-Key", SECRET);
    Credential bearer = Credential.bearer(SECRET);

    assertEquals("Credentials[key]", credentials.toString());
    assertTrue(header.toString().contains("X-Api-Key"), header.toString());
    assertNoSecret(header);
    assertNoSecret(bearer);
    assertNoSecret(credentials);
    assertNoSecret(api);

    server.enqueue(json("{\"id\":\"t1\"}"));
    ApiCall<Thing> call = api.getThing("t1");
    assertNoSecret(call);
    assertNoSecret(call.request());
    ApiResponse<Thing> response = call.executeWithResponse();
    assertNoSecret(response);
    assertNoSecret(call);
    assertNoSecret(call.request());
    assertNoSecret(call.copy());
  }

  @Test
  void credentialsAreReallyApplied() {
    Request.Builder header = new Request.Builder().url("http://localhost/");
    Credential.header("X-Api-Key", SECRET).applyTo(header);
    Request.Builder bearer = new Request.Builder().url("http://localhost/");
    Credential.bearer(SECRET).applyTo(bearer);

    assertEquals(SECRET, header.build().header("X-Api-Key"));
    assertEquals("Bearer " + SECRET, bearer.build().header("Authorization"));
  }
}
