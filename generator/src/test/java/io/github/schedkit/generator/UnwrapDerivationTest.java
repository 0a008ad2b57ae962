package io.github.schedkit.generator;

import static io.github.schedkit.generator.Generation.assertHas;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unwrapped member and result type come from the envelope schema alone. */
class UnwrapDerivationTest {
  @TempDir Path dir;

  private String api(String bare, String member) throws IOException {
    String paths = Generation.listThings("ThingListEnvelope");
    String schemas = String.join("\n",
        "    ThingListEnvelope:",
        "      x-internal: true",
        "      anyOf:",
        "        - $ref: '#/components/schemas/WrappedThingList'",
        "        - " + bare,
        "    WrappedThingList:",
        "      type: object",
        "      x-internal: true",
        "      required: [" + member + "]",
        "      properties:",
        "        " + member + ": " + (bare.startsWith("$ref") ? "{" + bare + "}" : bare),
        "        sub: {type: string}");
    String spec = Generation.spec(paths, schemas);
    return Generation.read(Generation.generate(spec, dir), "ThingsApi.java");
  }

  @Test
  void listEnvelope() throws IOException {
    String api = api("{type: array, items: {$ref: '#/components/schemas/Thing'}}", "things");
    assertTrue(api.contains("ApiCall<List<Thing>> listThings()"), api);
    assertTrue(api.contains("unwrap = \"things\""), api);
  }

  @Test
  void modelEnvelope() throws IOException {
    String api = api("$ref: '#/components/schemas/Thing'", "thing");
    assertTrue(api.contains("ApiCall<Thing> listThings()"), api);
    assertTrue(api.contains("unwrap = \"thing\""), api);
    assertHas(api, "the {@link Thing} (the response's {@code thing} member when it comes wrapped");
  }
}
