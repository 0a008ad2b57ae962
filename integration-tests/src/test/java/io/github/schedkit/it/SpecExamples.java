package io.github.schedkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.schedkit.core.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * The examples of a spec, looked up by operationId, and an assertion that a decoded model says
 * exactly what the example says: every member the example has (nested, in lists) must come back
 * with an equal value, and the model may not add members. Timestamps compare as instants, numbers
 * numerically, and a member the example sets to {@code null} may be absent.
 */
final class SpecExamples {
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT.*");
  /** Turns examples into JSON keeping their explicit nulls ("routine: null" is meant to be sent). */
  private static final Gson EXAMPLE_JSON = Json.newGsonBuilder().serializeNulls().create();

  private final Map<String, Object> spec;

  private SpecExamples(Map<String, Object> spec) {
    this.spec = spec;
  }

  static SpecExamples load(String specFile) {
    Path root = Paths.get(System.getProperty("schedkit.root", "..")).toAbsolutePath();
    Path path = root.resolve("spec").resolve(specFile);
    Yaml yaml =
        new Yaml(
            new SafeConstructor(new LoaderOptions()),
            new Representer(new DumperOptions()),
            new DumperOptions(),
            new LoaderOptions(),
            new StringsStayStrings());
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return new SpecExamples(yaml.load(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operationIds of every operation in the spec. */
  TreeSet<String> operationIds() {
    TreeSet<String> ids = new TreeSet<>();
    for (Object item : map(spec.get("paths")).values()) {
      for (Object candidate : map(item).values()) {
        if (candidate instanceof Map && map(candidate).get("operationId") != null) {
          ids.add((String) map(candidate).get("operationId"));
        }
      }
    }
    return ids;
  }

  /** The success example of an operation, after the envelope unwrapping the SDK applies. */
  JsonElement response(String operationId) {
    return unwrapped(operation(operationId), documentedResponse(operationId).getValue());
  }

  /**
   * The first success example of an operation as the spec gives it (an envelope stays wrapped),
   * with its status code.
   */
  Map.Entry<Integer, JsonElement> documentedResponse(String operationId) {
    Map<String, Object> responses = map(operation(operationId).get("responses"));
    for (Map.Entry<String, Object> response : responses.entrySet()) {
      if (!response.getKey().startsWith("2")) {
        continue;
      }
      Object example = example(map(response.getValue()));
      if (example != null) {
        return new AbstractMap.SimpleImmutableEntry<>(
            Integer.parseInt(response.getKey()), EXAMPLE_JSON.toJsonTree(example));
      }
    }
    throw new AssertionError(operationId + " has no 2xx response example");
  }

  /**
   * The part of a response the SDK returns: the envelope member the generator unwraps (the wrapped
   * form's required member that holds the bare form, read from the 2xx response's x-internal
   * envelope schema) when the example is an object holding it, else the whole example (the bare
   * form).
   */
  private JsonElement unwrapped(Map<String, Object> operation, JsonElement json) {
    String member = json.isJsonObject() ? unwrappedMember(operation) : null;
    JsonElement unwrapped = member == null ? null : json.getAsJsonObject().get(member);
    return unwrapped == null ? json : unwrapped;
  }

  private String unwrappedMember(Map<String, Object> operation) {
    for (Map.Entry<String, Object> response : map(operation.get("responses")).entrySet()) {
      Object content = resolve(map(response.getValue())).get("content");
      Object schema = content == null ? null : map(map(content).get("application/json")).get("schema");
      Object forms = schema == null || !response.getKey().startsWith("2") ? null : resolve(map(schema)).get("anyOf");
      if (forms == null) {
        continue;
      }
      Map<String, Object> wrapped = resolve(map(((List<?>) forms).get(0)));
      Object bare = shape(((List<?>) forms).get(1));
      for (Object required : (List<?>) wrapped.get("required")) {
        if (bare.equals(shape(map(wrapped.get("properties")).get(required)))) {
          return (String) required;
        }
      }
    }
    return null;
  }

  /** What a schema holds: its $ref, or "[]" and its items' $ref for an array. */
  private static String shape(Object schema) {
    Map<String, Object> items = map(map(schema).get("items"));
    return items == null ? String.valueOf(map(schema).get("$ref")) : "[]" + items.get("$ref");
  }

  /**
   * A named success example of an operation (one of its response {@code examples:}, the one
   * Prism returns for {@code Prefer: example=<name>}), after the envelope unwrapping the SDK
   * applies.
   */
  JsonElement response(String operationId, String exampleName) {
    Map<String, Object> operation = operation(operationId);
    for (Map.Entry<String, Object> response : map(operation.get("responses")).entrySet()) {
      if (!response.getKey().startsWith("2")) {
        continue;
      }
      Map<String, Object> content = map(resolve(map(response.getValue())).get("content"));
      Object examples = content == null ? null : map(content.get("application/json")).get("examples");
      Object named = examples == null ? null : map(examples).get(exampleName);
      if (named != null) {
        return unwrapped(operation, EXAMPLE_JSON.toJsonTree(resolve(map(named)).get("value")));
      }
    }
    throw new AssertionError(operationId + " has no 2xx response example named " + exampleName);
  }

  /** Asserts that a decoded result says exactly what a named success example says. */
  void assertMatchesResponse(String operationId, String exampleName, Object decoded) {
    assertMatches(
        operationId + " (" + exampleName + ")", response(operationId, exampleName), Json.gson().toJsonTree(decoded));
  }

  /** The request body example of an operation, decoded into the SDK's request model. */
  <T> T request(String operationId, Class<T> type) {
    return request(operationId, (Type) type);
  }

  /** The request body example of an operation, decoded into a (generic) type. */
  <T> T request(String operationId, Type type) {
    Map<String, Object> body = map(operation(operationId).get("requestBody"));
    Object example = example(body);
    assertNotNull(example, operationId + " has no request example");
    return Json.gson().fromJson(EXAMPLE_JSON.toJsonTree(example), type);
  }

  /**
   * A named request body example of an operation (one of its {@code examples:}), decoded into the
   * SDK's request model.
   */
  <T> T request(String operationId, String exampleName, Class<T> type) {
    return Json.gson().fromJson(requestJson(operationId, exampleName), type);
  }

  /** The request body example of an operation as JSON (the first one if it has several). */
  JsonElement requestJson(String operationId) {
    Map<String, Object> body = map(operation(operationId).get("requestBody"));
    Object example = example(body);
    assertNotNull(example, operationId + " has no request example");
    return EXAMPLE_JSON.toJsonTree(example);
  }

  /** A named request body example of an operation (one of its {@code examples:}) as JSON. */
  JsonElement requestJson(String operationId, String exampleName) {
    Map<String, Object> body = resolve(map(operation(operationId).get("requestBody")));
    Map<String, Object> media = map(map(body.get("content")).get("application/json"));
    Object examples = media.get("examples");
    assertNotNull(examples, operationId + " has no named request examples");
    Object named = map(examples).get(exampleName);
    assertNotNull(named, operationId + " has no request example named " + exampleName);
    return EXAMPLE_JSON.toJsonTree(resolve(map(named)).get("value"));
  }

  /** Asserts that a decoded result says exactly what the operation's success example says. */
  void assertMatchesResponse(String operationId, Object decoded) {
    assertMatches(operationId, response(operationId), Json.gson().toJsonTree(decoded));
  }

  static void assertMatches(String where, JsonElement expected, JsonElement actual) {
    compare(where, "$", expected, actual);
  }

  private static void compare(String where, String path, JsonElement expected, JsonElement actual) {
    if (expected == null || expected.isJsonNull()) {
      if (actual != null && !actual.isJsonNull()) {
        fail(where + ": " + path + " should be null but is " + actual);
      }
      return;
    }
    if (actual == null || actual.isJsonNull()) {
      fail(where + ": " + path + " is missing; the example has " + expected);
    }
    if (expected.isJsonObject()) {
      JsonObject e = expected.getAsJsonObject();
      JsonObject a = actual.getAsJsonObject();
      TreeSet<String> names = new TreeSet<>(e.keySet());
      names.addAll(a.keySet());
      for (String name : names) {
        if (!e.has(name)) {
          fail(where + ": " + path + "." + name + " is not in the example but decoded as " + a.get(name));
        }
        compare(where, path + "." + name, e.get(name), a.has(name) ? a.get(name) : JsonNull.INSTANCE);
      }
    } else if (expected.isJsonArray()) {
      JsonArray e = expected.getAsJsonArray();
      JsonArray a = actual.getAsJsonArray();
      assertEquals(e.size(), a.size(), where + ": size of " + path);
      for (int i = 0; i < e.size(); i++) {
        compare(where, path + "[" + i + "]", e.get(i), a.get(i));
      }
    } else {
      JsonPrimitive e = expected.getAsJsonPrimitive();
      JsonPrimitive a = actual.getAsJsonPrimitive();
      if (e.isNumber() && a.isNumber()) {
        assertEquals(
            0,
            new BigDecimal(e.getAsString()).compareTo(new BigDecimal(a.getAsString())),
            where + ": " + path + " expected " + e + " but was " + a);
      } else if (e.isString() && a.isString() && TIMESTAMP.matcher(e.getAsString()).matches()) {
        assertEquals(instant(e.getAsString()), instant(a.getAsString()), where + ": " + path);
      } else {
        assertEquals(e.getAsString(), a.getAsString(), where + ": " + path);
      }
    }
  }

  private static Object instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notATimestamp) {
      return text;
    }
  }

  private Map<String, Object> operation(String operationId) {
    for (Object item : map(spec.get("paths")).values()) {
      for (Object candidate : map(item).values()) {
        if (candidate instanceof Map && operationId.equals(map(candidate).get("operationId"))) {
          return map(candidate);
        }
      }
    }
    throw new AssertionError("no operation " + operationId + " in the spec");
  }

  private Object example(Map<String, Object> withContent) {
    Map<String, Object> resolved = resolve(withContent);
    Object content = resolved.get("content");
    if (content == null) {
      return null;
    }
    Map<String, Object> media = map(map(content).get("application/json"));
    if (media.containsKey("example")) {
      return media.get("example");
    }
    if (media.containsKey("examples")) {
      Map<String, Object> first = map(map(media.get("examples")).values().iterator().next());
      return resolve(first).get("value");
    }
    return null;
  }

  private Map<String, Object> resolve(Map<String, Object> node) {
    Object ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    Object target = spec;
    for (String part : ((String) ref).substring(2).split("/")) {
      target = map(target).get(part);
    }
    return resolve(map(target));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  /** YAML's implicit timestamps would turn example strings into java.util.Date; keep them text. */
  private static final class StringsStayStrings extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
  }
}
