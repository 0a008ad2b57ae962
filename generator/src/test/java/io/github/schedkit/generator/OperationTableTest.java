package io.github.schedkit.generator;

import static io.github.schedkit.generator.Generation.assertHas;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operations table of docs/ comes from the spec: calls, credentials and catalogue numbers. */
class OperationTableTest {
  @TempDir Path dir;

  private static final String PATHS = String.join("\n",
      "  /things/{thing_id}:",
      "    post:",
      "      operationId: updateThing",
      "      x-schedkit-catalogue: [7, 8]",
      "      tags: [Things]",
      "      summary: Update a thing",
      "      security: [{appKey: []}, {userToken: []}]",
      "      parameters:",
      "        - {name: thing_id, in: path, required: true, schema: {type: string}}",
      "        - {name: dry_run, in: query, schema: {type: boolean}}",
      "      requestBody:",
      "        required: true",
      "        content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}",
      "      responses: {'204': {description: Done}}",
      "  /tokens:",
      "    post:",
      "      operationId: requestToken",
      "      x-schedkit-call: '`test.auth().exchange(code)`'",
      "      x-schedkit-credentials: body",
      "      security: []",
      "      tags: [Auth]",
      "      summary: Request a token",
      "      responses: {'204': {description: Done}}",
      "");

  private static final String SCHEMES = String.join("\n",
      "  securitySchemes:",
      "    userToken: {type: http, scheme: bearer, x-schedkit-setting: accessToken}",
      "    appKey: {type: http, scheme: bearer, x-schedkit-setting: clientSecret}",
      "");

  private String table() throws IOException {
    String spec = Generation.spec(PATHS, "").replace("components:\n", "components:\n" + SCHEMES);
    return Generation.read(Generation.generate(spec, dir), "test-operations.md");
  }

  /** Credentials are listed in the order the client tries them: the generated {@code @Endpoint}'s. */
  @Test
  void everyOperationIsARowWithItsCallAndCredential() throws IOException {
    String table = table();
    String api = new String(Files.readAllBytes(dir.resolve("out/src/main/java/test/api/ThingsApi.java")), StandardCharsets.UTF_8);
    assertHas(api, "security = {\"userToken\", \"appKey\"}");
    assertTrue(table.contains("| 7, 8 | Update a thing (`updateThing`) | `POST /things/{thing_id}` "
        + "| `test.things().updateThing(thingId, Thing, UpdateThingQuery)` | `.accessToken(..)`, else `.clientSecret(..)` |\n"), table);
    assertTrue(table.contains("|  | Request a token (`requestToken`) | `POST /tokens` | `test.auth().exchange(code)` "
        + "| client id and secret in the body |\n"), table);
  }

  @Test
  void theLegendNamesEachSchemesSetting() throws IOException {
    String table = table();
    assertTrue(table.contains("(`.accessToken(..)` for `userToken`, `.clientSecret(..)` for `appKey`)"), table);
    assertTrue(table.contains("`test` is a `TestClient`."), table);
  }
}
