package io.github.schedkit.core.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.json.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Runs one fixture through the real client path and compares what came out with what was
 * documented (see {@link JsonComparison} for the rules).
 *
 * <ul>
 *   <li>A response is served by a local {@link MockWebServer} (with its status and {@code
 *       Content-Type: application/json}) to the generated operation, called with {@code
 *       executeWithResponse()}; the decoded result, re-serialised with the SDK's Gson, must keep
 *       every served member. For an operation that unwraps a member, a served object holding
 *       that member is compared with {@code {member: result, ...other members of the
 *       envelope}}. A non-2xx example must raise an {@link ApiException} with that status whose
 *       body keeps every served member.
 *   <li>A request body is decoded into the operation's request model, rebuilt with {@code
 *       toBuilder().build()}, sent by the generated operation, and the JSON the server received
 *       must be the same as the documented one.
 *   <li>A notification payload goes through the module's {@link NotificationHook}.
 * </ul>
 */
final class FixtureRun {
  private final CorpusFixture fixture;
  private final Function<String, Object> clientFactory;
  private final NotificationHook notificationHook;

  FixtureRun(CorpusFixture fixture, Function<String, Object> clientFactory, NotificationHook notificationHook) {
    this.fixture = fixture;
    this.clientFactory = clientFactory;
    this.notificationHook = notificationHook;
  }

  /**
   * Runs the fixture.
   *
   * @return the comparison of documented and produced JSON
   * @throws Exception if the example could not go through the client path at all
   */
  JsonComparison run() throws Exception {
    if (fixture.body() == null) {
      throw new AssertionError(fixture.fileName() + ": the documented text is not valid JSON: " + fixture.bodyAsText());
    }
    switch (fixture.kind()) {
      case RESPONSE:
        return response();
      case REQUEST:
        return request();
      default:
        return notification();
    }
  }

  private JsonComparison response() throws Exception {
    MockWebServer server = serve(fixture.status(), fixture.bodyAsText());
    try {
      OperationIndex.Operation operation = operation(server);
      Method method = operation.method();
      ApiCall<?> call = call(operation, OperationArguments.fill(method, null));
      ApiResponse<?> response;
      try {
        response = call.executeWithResponse();
      } catch (ApiException e) {
        if (e.statusCode() != fixture.status() || fixture.status() < 300) {
          throw e;
        }
        return JsonComparison.compare(fixture.body(), parse(e.body()), JsonComparison.Mode.NOTHING_LOST);
      }
      if (fixture.status() >= 300) {
        throw new AssertionError(fixture.fileName() + ": HTTP " + fixture.status() + " was decoded as a success");
      }
      Type resultType = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
      JsonElement result =
          response.body() == null ? JsonNull.INSTANCE : Json.gson().toJsonTree(response.body(), resultType);
      String member = operation.endpoint().unwrap();
      JsonElement served = fixture.body();
      if (!member.isEmpty() && served.isJsonObject() && served.getAsJsonObject().has(member)) {
        result = envelope(member, result, response);
      }
      return JsonComparison.compare(served, result, JsonComparison.Mode.NOTHING_LOST);
    } finally {
      server.shutdown();
    }
  }

  private JsonComparison request() throws Exception {
    MockWebServer server = serve(200, "{}");
    try {
      OperationIndex.Operation operation = operation(server);
      Method method = operation.method();
      int bodyIndex = OperationArguments.bodyIndex(method);
      if (bodyIndex < 0) {
        throw new AssertionError(fixture.fileName() + ": operation " + fixture.operationId() + " sends no request body");
      }
      Type bodyType = method.getGenericParameterTypes()[bodyIndex];
      Object decoded = Json.gson().fromJson(fixture.body(), bodyType);
      Object rebuilt = rebuild(decoded);
      RuntimeException failure = null;
      try {
        call(operation, OperationArguments.fill(method, rebuilt)).executeWithResponse();
      } catch (RuntimeException e) {
        failure = e;
      }
      RecordedRequest received = server.takeRequest(0, TimeUnit.SECONDS);
      if (received == null) {
        throw new AssertionError(fixture.fileName() + ": the request was never sent", failure);
      }
      return JsonComparison.compare(fixture.body(), parse(received.getBody().readUtf8()), JsonComparison.Mode.SAME);
    } finally {
      server.shutdown();
    }
  }

  private JsonComparison notification() throws Exception {
    if (notificationHook == null) {
      throw new AssertionError(fixture.fileName() + ": this module's corpus has no notification hook");
    }
    Object parsed = notificationHook.verifyAndParse(fixture, fixture.bodyAsText());
    return JsonComparison.compare(fixture.body(), Json.gson().toJsonTree(parsed), JsonComparison.Mode.NOTHING_LOST);
  }

  /** Rebuilds a decoded request model with toBuilder().build(), so its required values are checked. */
  private Object rebuild(Object decoded) throws ReflectiveOperationException {
    Method toBuilder;
    try {
      toBuilder = decoded.getClass().getMethod("toBuilder");
    } catch (NoSuchMethodException e) {
      return decoded;
    }
    Object builder = toBuilder.invoke(decoded);
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          fixture.fileName() + ": toBuilder().build() of the decoded " + decoded.getClass().getSimpleName()
              + " failed: " + e.getCause(),
          e.getCause());
    }
  }

  /**
   * The served envelope as the client returns it: the unwrapped member, and every other member
   * the response keeps beside it.
   */
  private static JsonObject envelope(String member, JsonElement result, ApiResponse<?> response)
      throws ReflectiveOperationException {
    JsonObject envelope = new JsonObject();
    envelope.add(member, result);
    Method accessor;
    try {
      accessor = ApiResponse.class.getMethod("envelope");
    } catch (NoSuchMethodException e) {
      return envelope;
    }
    Object metadata = accessor.invoke(response);
    JsonObject others = (JsonObject) metadata.getClass().getMethod("otherMembers").invoke(metadata);
    for (Map.Entry<String, JsonElement> other : others.entrySet()) {
      envelope.add(other.getKey(), other.getValue());
    }
    return envelope;
  }

  private OperationIndex.Operation operation(MockWebServer server) {
    Object client = clientFactory.apply(server.url("/").toString());
    return OperationIndex.of(client).operation(fixture.operationId());
  }

  private static ApiCall<?> call(OperationIndex.Operation operation, Object[] arguments)
      throws IllegalAccessException {
    try {
      return (ApiCall<?>) operation.method().invoke(operation.target(), arguments);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
    }
  }

  private JsonElement parse(String text) {
    try {
      return JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new AssertionError(fixture.fileName() + ": not JSON: " + text, e);
    }
  }

  /** Starts a server that answers every request with the same response. */
  private static MockWebServer serve(int status, String body) throws java.io.IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", "application/json")
                .setBody(body);
          }
        });
    server.start();
    return server;
  }
}
