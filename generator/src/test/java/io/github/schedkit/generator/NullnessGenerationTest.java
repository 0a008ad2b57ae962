package io.github.schedkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated packages are null-marked, and {@code @Nullable} marks exactly the values that may be
 * absent: optional or nullable members (getters and builder methods), optional query parameters,
 * and the result of a call whose success response may have no body (a success response without
 * content, or {@code x-schedkit-optional-body}). Builders name the required members in their
 * summary.
 */
class NullnessGenerationTest {
  @TempDir Path dir;

  /** The generated sources by path below the source folder, such as {@code test/model/Note.java}. */
  private final Map<String, String> sources = new HashMap<>();

  @BeforeEach
  void generate() throws IOException {
    String paths = String.join("\n",
        "  /notes:",
        "    get:",
        "      operationId: listNotes",
        "      tags: [Notes]",
        "      parameters:",
        "        - {name: after, in: query, schema: {type: string, format: date-time}}",
        "      responses:",
        "        '200':",
        "          description: OK",
        "          content:",
        "            application/json:",
        "              schema: {$ref: '#/components/schemas/Note'}",
        "        '204':",
        "          description: No notes yet",
        "    put:",
        "      operationId: touchNotes",
        "      tags: [Notes]",
        "      x-schedkit-optional-body: true",
        "      responses:",
        "        '202':",
        "          description: Accepted; the note only when asked for",
        "          content:",
        "            application/json:",
        "              schema: {$ref: '#/components/schemas/Note'}",
        "    delete:",
        "      operationId: deleteNotes",
        "      tags: [Notes]",
        "      responses:",
        "        '202':",
        "          description: Accepted");
    String schemas = String.join("\n",
        "    Note:",
        "      type: object",
        "      required: [title, tags, comment]",
        "      properties:",
        "        title: {type: string}",
        "        tags: {type: array, items: {type: string}}",
        "        comment: {type: string, nullable: true}",
        "        body: {type: string}",
        "        createdAt: {type: string, format: date-time}");
    for (File file : Generation.generate(Generation.spec(paths, schemas), dir)) {
      String path = file.toPath().toString().replace(File.separatorChar, '/');
      sources.put(path.substring(path.indexOf("src/main/java/") + "src/main/java/".length()),
          new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8));
    }
  }

  private String source(String path) {
    String source = sources.get(path);
    assertTrue(source != null, path + " not generated; generated: " + sources.keySet());
    return source;
  }

  @Test
  void modelAndApiPackagesAreNullMarked() {
    assertTrue(source("test/model/package-info.java").contains("@org.jspecify.annotations.NullMarked\npackage test.model;"));
    assertTrue(source("test/api/package-info.java").contains("@org.jspecify.annotations.NullMarked\npackage test.api;"));
  }

  @Test
  void requiredMembersAreNotNullAndTheOthersNullable() {
    String note = source("test/model/Note.java");
    assertTrue(note.contains("import org.jspecify.annotations.Nullable;"), note);
    for (String signature : new String[] {
        "public String getTitle()", "public List<String> getTags()", "public @Nullable String getComment()",
        "public @Nullable String getBody()", "public @Nullable OffsetDateTime getCreatedAt()",
        "public Builder title(String title)", "public Builder comment(@Nullable String comment)",
        "public Builder body(@Nullable String body)", "public boolean equals(@Nullable Object o)"}) {
      assertTrue(note.contains(signature), signature + " in\n" + note);
    }
  }

  @Test
  void buildersNameTheRequiredMembersInTheirSummary() {
    String note = source("test/model/Note.java");
    assertTrue(note.contains("   * Returns an empty builder; required: {@code title}, {@code tags}.\n"), note);
    assertTrue(note.contains("  /** Builds {@link Note}; required: {@code title}, {@code tags}. */\n"), note);
    assertTrue(source("test/model/Thing.java").contains("  /** Builds {@link Thing}; no value is required. */\n"));
  }

  @Test
  void resultsThatMayHaveNoBodyAndOptionalQueryParametersAreNullable() {
    String api = source("test/api/NotesApi.java");
    assertTrue(api.contains("ApiCall<@Nullable Note> listNotes()"), api);
    assertTrue(api.contains("the {@link Note}, or {@code null} when the response has no body"), api);
    assertTrue(api.contains("ApiCall<@Nullable Note> touchNotes()"), api);
    assertTrue(api.contains("ApiCall<@Nullable Void> deleteNotes()"), api);
    assertTrue(api.contains("public Builder after(@Nullable OffsetDateTime after)"), api);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "String | @Nullable String",
      "List<Event> | @Nullable List<Event>",
      "Map<String, io.example.Value> | @Nullable Map<String, io.example.Value>",
      "io.github.schedkit.cronofy.EventTime | io.github.schedkit.cronofy.@Nullable EventTime",
      "java.util.List<io.example.Value> | java.util.@Nullable List<io.example.Value>"})
  void nullableGoesWhereJavaPutsATypeUseAnnotation(String type, String nullable) {
    assertEquals(nullable, Nullness.nullable(type));
  }

  @Test
  void everyGeneratedFileIsTidy() {
    List<String> problems = new java.util.ArrayList<>();
    sources.forEach((path, source) -> problems.addAll(GeneratedOutputTest.problems(path, source)));
    assertEquals(List.of(), problems);
  }
}
