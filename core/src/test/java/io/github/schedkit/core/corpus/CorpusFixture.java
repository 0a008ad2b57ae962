package io.github.schedkit.core.corpus;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One documented JSON example of the corpus, read from its fixture file: where it was published,
 * what it is (a response, a request body or a notification payload) and the JSON itself. The
 * format is described in the project's corpus conventions: {@code source}, {@code example},
 * {@code operationId}, {@code kind}, {@code status}, {@code notification}, {@code inconsistent},
 * and {@code body} (or {@code bodyText} for text that is not valid JSON).
 */
public final class CorpusFixture {
  /** What a fixture documents. */
  public enum Kind {
    /** A response body, served by a local server and decoded by the generated operation. */
    RESPONSE,
    /** A request body, built with the generated builders and sent by the generated operation. */
    REQUEST,
    /** A webhook or push payload, verified and parsed by the module's verifier. */
    NOTIFICATION
  }

  private final String fileName;
  private final String source;
  private final String example;
  private final String operationId;
  private final Kind kind;
  private final int status;
  private final String notification;
  private final String inconsistent;
  private final JsonElement body;
  private final String bodyText;

  private CorpusFixture(String fileName, JsonObject json) {
    this.fileName = fileName;
    this.source = required(json, "source");
    this.example = required(json, "example");
    this.kind = kind(required(json, "kind"));
    this.operationId = kind == Kind.NOTIFICATION ? optional(json, "operationId") : required(json, "operationId");
    this.status = kind == Kind.RESPONSE ? status(json) : 0;
    this.notification = kind == Kind.NOTIFICATION ? required(json, "notification") : optional(json, "notification");
    this.inconsistent = optional(json, "inconsistent");
    this.body = json.get("body");
    this.bodyText = optional(json, "bodyText");
    if ((body == null) == (bodyText == null)) {
      throw invalid("needs exactly one of \"body\" and \"bodyText\"");
    }
    if (bodyText != null && inconsistent == null) {
      throw invalid("has \"bodyText\" (not valid JSON) and must then be marked \"inconsistent\"");
    }
    if (operationId != null && kind != Kind.NOTIFICATION
        && !fileName.startsWith(operationId + "-" + kind.name().toLowerCase(java.util.Locale.ROOT))) {
      throw invalid("must be named <operationId>-<kind>...json, that is start with \""
          + operationId + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "\"");
    }
  }

  /**
   * Reads a fixture file.
   *
   * @param file the file
   * @return the fixture
   * @throws IllegalArgumentException naming the file if it is not a valid fixture
   * @throws IOException if the file cannot be read
   */
  public static CorpusFixture read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    JsonElement json;
    try {
      json = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(name + " is not valid JSON: " + e.getMessage(), e);
    }
    if (!json.isJsonObject()) {
      throw new IllegalArgumentException(name + " is not a JSON object");
    }
    return new CorpusFixture(name, json.getAsJsonObject());
  }

  private String required(JsonObject json, String member) {
    String value = optional(json, member);
    if (value == null || value.isEmpty()) {
      throw invalid("lacks \"" + member + "\"");
    }
    return value;
  }

  private String optional(JsonObject json, String member) {
    JsonElement value = json.get(member);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw invalid("has a \"" + member + "\" that is not a string");
    }
    return value.getAsString();
  }

  private Kind kind(String text) {
    for (Kind k : Kind.values()) {
      if (k.name().equalsIgnoreCase(text)) {
        return k;
      }
    }
    throw invalid("has an unknown kind \"" + text + "\" (response, request or notification)");
  }

  private int status(JsonObject json) {
    JsonElement value = json.get("status");
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw invalid("is a response and lacks a numeric \"status\"");
    }
    return value.getAsInt();
  }

  private IllegalArgumentException invalid(String what) {
    return new IllegalArgumentException("fixture " + fileName + " " + what);
  }

  /**
   * Returns the fixture's file name, which also names its test.
   *
   * @return the file name, such as {@code listCalendars-response-200.json}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the documentation page the example comes from.
   *
   * @return the URL
   */
  public String source() {
    return source;
  }

  /**
   * Returns the label of the example on its page.
   *
   * @return the label, such as {@code Example Response}
   */
  public String example() {
    return example;
  }

  /**
   * Returns the spec operation the example belongs to.
   *
   * @return the operationId; {@code null} for a notification that names none
   */
  public String operationId() {
    return operationId;
  }

  /**
   * Returns what the example documents.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the HTTP status of a response example.
   *
   * @return the status; 0 for other kinds
   */
  public int status() {
    return status;
  }

  /**
   * Returns what a notification payload parses to.
   *
   * @return the name, such as the generated model's; {@code null} when not given
   */
  public String notification() {
    return notification;
  }

  /**
   * Returns why the example is judged inconsistent with its own page.
   *
   * @return the reason; {@code null} when the example is consistent
   */
  public String inconsistent() {
    return inconsistent;
  }

  /**
   * Returns the documented JSON.
   *
   * @return the JSON; {@code null} when the documented text is not valid JSON
   */
  public JsonElement body() {
    return body;
  }

  /**
   * Returns the documented body exactly as text: the JSON written compactly (values as published)
   * or the verbatim text that is not valid JSON.
   *
   * @return the text
   */
  public String bodyAsText() {
    return body != null ? body.toString() : bodyText;
  }
}
