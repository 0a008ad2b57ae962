package io.github.schedkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.mock.PrismServer;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * What the Cronofy integration tests share: the spec's examples, the credentials (the spec's own
 * example values, so that request bodies can be compared with the request examples) and clients
 * aimed at Prism.
 */
final class CronofyMock {
  static final String SPEC = "cronofy.yaml";
  static final SpecExamples EXAMPLES = SpecExamples.load(SPEC);

  /** The user's access token; differs from every token in the spec's examples. */
  static final String ACCESS_TOKEN = "schedkit_it_user_access_token";
  /** The user's refresh token, as in the spec's {@code refreshToken} example. */
  static final String REFRESH_TOKEN = "3gBYG1XamYDUEXUyybbummQWEe5YqPmf";
  /** The application's client id, as in the spec's request examples. */
  static final String CLIENT_ID = "49dcaa4f9a92d0a2b5de6e1b2e0b5f7c";
  /** The application's client secret (also its API key), as in the spec's request examples. */
  static final String CLIENT_SECRET = "CRN_NggYusqPGLxwjw5FHOJYOqSrTPNXy8WQf14OID";
  /** The Admin API key; differs from every other credential. */
  static final String ADMIN_API_KEY = "schedkit_it_admin_api_key";

  private CronofyMock() {}

  /** A client with every credential: access and refresh token, client id and secret. */
  static CronofyClient client(PrismServer prism, Interceptor... networkInterceptors) {
    return builder(prism, networkInterceptors)
        .accessToken(ACCESS_TOKEN)
        .refreshToken(REFRESH_TOKEN)
        .clientId(CLIENT_ID)
        .clientSecret(CLIENT_SECRET)
        .build();
  }

  /**
   * A builder aimed at the Prism mock, honouring {@link Prefer}, with the given network
   * interceptors (which see each request as sent, credentials included), and no credentials yet.
   */
  static CronofyClient.Builder builder(PrismServer prism, Interceptor... networkInterceptors) {
    OkHttpClient.Builder http = new OkHttpClient.Builder().addInterceptor(new Prefer());
    for (Interceptor interceptor : networkInterceptors) {
      http.addNetworkInterceptor(interceptor);
    }
    // Prism answers a Prefer'd error every time; retrying is unit-tested.
    return CronofyClient.builder().baseUrl(prism.baseUrl()).okHttpClient(http.build()).maxRetries(0);
  }

  /** The JSON body of a request as sent. */
  static JsonObject jsonBody(Request request) {
    return RecordingInterceptor.jsonBody(request);
  }

  /**
   * Asserts that a request was a POST to {@code path} whose JSON body says exactly what the
   * operation's (first) request example says.
   */
  static void assertPostedExample(Request request, String path, String operationId) {
    assertEquals("POST", request.method());
    assertEquals(path, request.url().encodedPath());
    SpecExamples.assertMatches(operationId + " request", EXAMPLES.requestJson(operationId), jsonBody(request));
  }

  /**
   * Asserts that a request's JSON body says what the operation's request example says (a named
   * one, or the only one when {@code exampleName} is null), and returns the body.
   */
  static JsonObject assertBodyMatchesExample(Request request, String operationId, String exampleName) {
    JsonObject body = jsonBody(request);
    SpecExamples.assertMatches(
        operationId + " request",
        exampleName == null ? EXAMPLES.requestJson(operationId) : EXAMPLES.requestJson(operationId, exampleName),
        body);
    return body;
  }

  /** Asserts that a request carried the user's access token, and returns the request. */
  static Request assertUserToken(Request request) {
    assertEquals("Bearer " + ACCESS_TOKEN, request.header("Authorization"), request.url().encodedPath());
    return request;
  }

  /** Asserts that a request carried the application's client secret as API key, and returns the request. */
  static Request assertApiKey(Request request) {
    assertEquals("Bearer " + CLIENT_SECRET, request.header("Authorization"), request.url().encodedPath());
    return request;
  }

  /** Asserts that a request carried the Admin API key. */
  static void assertAdminKey(Request request) {
    assertEquals("Bearer " + ADMIN_API_KEY, request.header("Authorization"), request.url().encodedPath());
  }

  /** Asserts that a request carried no Authorization header (body credentials only). */
  static void assertNoAuthorization(Request request) {
    assertNull(request.header("Authorization"), request.url().encodedPath());
  }
}
