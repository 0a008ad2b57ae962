package io.github.schedkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Specs the SDK cannot express fail generation, naming the schema or operation and the reason. */
class SpecNotExpressibleTest {
  @TempDir Path dir;

  /**
   * One GET operation, getThing, with {@code extras} added to it (YAML lines at operation
   * level), answering {@code response}, beside the given component schemas.
   */
  private static String spec(String extras, String response, String schemas) {
    String paths = String.join("\n",
        "  /things/{id}:",
        "    get:",
        "      operationId: getThing",
        "      tags: [Things]",
        "      parameters:",
        "        - {name: id, in: path, required: true, schema: {type: string}}",
        extras,
        "      responses:",
        "        '200':",
        "          description: OK",
        "          content:",
        "            application/json:",
        "              schema: " + response);
    return Generation.spec(paths, schemas);
  }

  private static String answering(String schema, String schemas) {
    return spec("", "{$ref: '#/components/schemas/" + schema + "'}", schemas);
  }

  private static String withExtras(String extras) {
    return spec(extras, "{$ref: '#/components/schemas/Thing'}", "");
  }

  private static String envelope(String wrappedRequired, String bare) {
    return String.join("\n",
        "    ThingEnvelope:",
        "      x-internal: true",
        "      anyOf:",
        "        - $ref: '#/components/schemas/WrappedThing'",
        "        - " + bare,
        "    WrappedThing:",
        "      type: object",
        "      x-internal: true",
        "      required: [" + wrappedRequired + "]",
        "      properties:",
        "        thing: {$ref: '#/components/schemas/Thing'}",
        "        sub: {type: string}");
  }

  private static String model(String name, String... lines) {
    return "    " + name + ":\n      type: object\n" + String.join("\n", lines);
  }

  static Stream<Arguments> rejected() {
    String thing = "$ref: '#/components/schemas/Thing'";
    String twoAnswers = answering("ThingEnvelope", envelope("thing", thing)).replace("      responses:\n",
        "      responses:\n        '201':\n          description: Created\n          content:\n            application/json:\n"
            + "              schema: {$ref: '#/components/schemas/Thing'}\n");
    String twoEnvelopes = twoAnswers.replace("              schema: {$ref: '#/components/schemas/Thing'}\n",
        "              schema: {$ref: '#/components/schemas/ThingListEnvelope'}\n") + String.join("\n",
        "    ThingListEnvelope:",
        "      x-internal: true",
        "      anyOf:",
        "        - $ref: '#/components/schemas/WrappedThingList'",
        "        - {type: array, items: {$ref: '#/components/schemas/Thing'}}",
        "    WrappedThingList:",
        "      type: object",
        "      x-internal: true",
        "      required: [things]",
        "      properties:",
        "        things: {type: array, items: {$ref: '#/components/schemas/Thing'}}",
        "");
    return Stream.of(
        Arguments.of(answering("ThingPage", model("ThingPage", "      properties:",
                "        data:", "          type: array", "          x-schedkit-page-items: true",
                "          items: {$ref: '#/components/schemas/Thing'}",
                "        more:", "          type: array", "          x-schedkit-page-items: true",
                "          items: {$ref: '#/components/schemas/Thing'}")),
            "ThingPage", "a page has one items array, but x-schedkit-page-items is on \"data\" and \"more\""),
        Arguments.of(answering("ThingPatch", model("ThingPatch", "      x-schedkit-explicit-nulls: true",
                "      properties:", "        note: {type: string}")),
            "ThingPatch", "x-schedkit-explicit-nulls needs at least one nullable property"),
        Arguments.of(answering("Status", model("Status", "      properties:", "        state: {type: string, enum: [on, off]}")),
            "Status", "property \"state\" has an inline enum"),
        Arguments.of(answering("Status", model("Status", "      properties:", "        states:", "          type: array",
                "          items: {type: string, enum: [on, off]}")),
            "Status", "property \"states\" has an inline enum"),
        Arguments.of(answering("Status", "    Status:\n      type: string\n      enum: [active, unrecognized]"),
            "Status", "its value \"unrecognized\" would be the constant UNRECOGNIZED, the name of the catch-all"),
        Arguments.of(answering("Status", "    Status:\n      type: string\n      enum: [active, UNRECOGNIZED]"),
            "Status", "its value \"UNRECOGNIZED\" would be the constant UNRECOGNIZED"),
        Arguments.of(withExtras("      x-schedkit-unwrap: {property: thing, model: Thing}"),
            "getThing", "x-schedkit-unwrap is no longer read"),
        Arguments.of(withExtras("").replace("schema: {type: string}}",
                "schema: {type: string}}\n        - {name: state, in: query, schema: {type: string, enum: [on, off]}}"),
            "getThing", "parameter \"state\" has an inline enum"),
        Arguments.of(withExtras("").replace("schema: {type: string}}",
                "schema: {type: string}}\n        - {name: session, in: cookie, schema: {type: string}}"),
            "getThing", "cookie parameter \"session\""),
        Arguments.of(withExtras("      requestBody:\n        required: true\n        content:\n"
                + "          application/x-www-form-urlencoded:\n            schema: {$ref: '#/components/schemas/Thing'}")
                .replace("    get:", "    post:"),
            "getThing", "form parameter \"name\""),
        Arguments.of(answering("ThingEnvelope", envelope("sub", thing)),
            "getThing", "its wrapped form \"WrappedThing\" must have one required member holding the bare form (Thing)"),
        Arguments.of(answering("ThingEnvelope", envelope("thing", "{type: string}")),
            "getThing", "its envelope \"ThingEnvelope\" must list second the bare answer"),
        Arguments.of(answering("ThingEnvelope", envelope("thing", thing).replaceFirst("      x-internal: true\n", "")),
            "getThing", "its envelope \"ThingEnvelope\" must be x-internal: true"),
        Arguments.of(twoEnvelopes,
            "getThing", "its success responses unwrap differently (things as an array of Thing, thing as Thing)"),
        Arguments.of(withExtras("").replace("components:\n", "components:\n  securitySchemes:\n    key: {type: http, scheme: bearer}\n"),
            "key", "x-schedkit-setting must name the client builder method that sets the scheme's credential"),
        Arguments.of(withExtras("").replace("paths:\n", "tags:\n  - {name: Things, x-schedkit-wrapped: true}\npaths:\n"),
            "getThing", "its tag is x-schedkit-wrapped, so hand-written code calls it: say how users call it with x-schedkit-call"),
        Arguments.of(withExtras("      x-schedkit-action-link: getThingAt").replace("schema: {type: string}}",
                "schema: {type: string}}\n        - {name: fields, in: query, schema: {type: string}}"),
            "getThing", "an action link's URL carries every parameter but the body"),
        Arguments.of(twoAnswers,
            "getThing", "some success responses are an envelope (thing as Thing) and others are not"));
  }

  @ParameterizedTest
  @MethodSource
  void rejected(String spec, String subject, String reason) {
    SpecNotExpressibleException e = Generation.rejection(spec, dir);
    assertEquals(subject, e.subject());
    assertTrue(e.reason().startsWith(reason), e.reason());
    assertTrue(e.getMessage().contains("\"" + subject + "\" cannot be generated: " + reason), e.getMessage());
  }
}
