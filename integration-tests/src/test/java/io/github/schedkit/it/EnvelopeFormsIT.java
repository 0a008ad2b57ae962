package io.github.schedkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.core.corpus.OperationIndex;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.jicoo.JicooClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation that unwraps an envelope member reads its answer both wrapped and bare, as the
 * docs publish some answers both ways. For each such operation of both clients (found by its
 * {@code @Endpoint(unwrap)}, not listed by hand), the spec's success example is served wrapped,
 * then its member alone: both decode to the same result, and the wrapped one keeps the members
 * beside the unwrapped one on {@link ApiResponse#envelope()}.
 */
class EnvelopeFormsIT {
  private MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  @TestFactory
  Stream<DynamicTest> everyJicooOperationThatUnwrapsReadsBothForms() {
    return forms(JicooMock.EXAMPLES, url -> JicooClient.builder().apiKey("sk_live_forms").baseUrl(url).maxRetries(0).build());
  }

  @TestFactory
  Stream<DynamicTest> everyCronofyOperationThatUnwrapsReadsBothForms() {
    return forms(
        CronofyMock.EXAMPLES,
        url ->
            CronofyClient.builder()
                .baseUrl(url)
                .appBaseUrl(url)
                .accessToken("forms-access-token")
                .refreshToken("forms-refresh-token")
                .clientId("forms-client-id")
                .clientSecret("forms-client-secret")
                .adminApiKey("forms-admin-key")
                .maxRetries(0)
                .build());
  }

  private Stream<DynamicTest> forms(SpecExamples examples, Function<String, Object> client) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, OperationIndex.Operation> entry :
        OperationIndex.of(client.apply("http://localhost/")).operations().entrySet()) {
      String member = entry.getValue().endpoint().unwrap();
      if (!member.isEmpty()) {
        String operationId = entry.getKey();
        tests.add(
            DynamicTest.dynamicTest(
                operationId, () -> readsBothForms(examples, client, operationId, member)));
      }
    }
    assertFalse(tests.isEmpty(), "no operation unwraps a member");
    return tests.stream();
  }

  private void readsBothForms(
      SpecExamples examples, Function<String, Object> client, String operationId, String member) {
    Map.Entry<Integer, JsonElement> documented = examples.documentedResponse(operationId);
    JsonObject wrapped = documented.getValue().getAsJsonObject();
    assertTrue(wrapped.has(member), operationId + ": the spec's first example is not wrapped in " + member);
    JsonElement bare = wrapped.get(member);
    OperationIndex.Operation operation =
        OperationIndex.of(client.apply(server.url("/").toString())).operation(operationId);

    ApiResponse<?> fromWrapped = serve(operation, documented.getKey(), wrapped);
    ApiResponse<?> fromBare = serve(operation, documented.getKey(), bare);

    assertEquals(Json.gson().toJsonTree(fromWrapped.body()), Json.gson().toJsonTree(fromBare.body()), operationId);
    assertTrue(fromWrapped.envelope().wrapped(), operationId);
    assertFalse(fromBare.envelope().wrapped(), operationId);
    JsonObject others = wrapped.deepCopy();
    others.remove(member);
    assertEquals(others, fromWrapped.envelope().otherMembers(), operationId);
    assertTrue(fromBare.envelope().memberNames().isEmpty(), operationId);
  }

  private ApiResponse<?> serve(OperationIndex.Operation operation, int status, JsonElement body) {
    server.enqueue(
        new MockResponse()
            .setResponseCode(status)
            .setHeader("Content-Type", "application/json")
            .setBody(body.toString()));
    return operation.call().executeWithResponse();
  }
}
