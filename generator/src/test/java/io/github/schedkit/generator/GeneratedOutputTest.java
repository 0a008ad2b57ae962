package io.github.schedkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What schedkit's specs generate reads cleanly: Javadoc without HTML-escaped backticks or quotes
 * and without the spec's maintainer marker, Java without lines over 100 characters (unless a word
 * such as a URL cannot be broken), and without duplicate or unused imports.
 */
class GeneratedOutputTest {
  private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+);$", Pattern.MULTILINE);
  /** A word no formatter can break, such as a URL: a line holding one may be longer. */
  private static final Pattern UNBREAKABLE = Pattern.compile("\\S{40,}");
  private static final int MAX_LINE = 100;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"jicoo.yaml", "cronofy.yaml"})
  void generatedSourcesReadCleanly(String spec) throws IOException {
    List<String> problems = new ArrayList<>();
    List<File> files = Generation.generate(Generation.SPECS.resolve(spec), dir);
    for (File file : files) {
      String source = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8);
      problems.addAll(problems(file.getName(), source));
    }
    assertEquals(List.of(), problems, spec + ": " + files.size() + " files generated");
  }

  /** What is wrong with one generated source. */
  static List<String> problems(String name, String source) {
    List<String> problems = new ArrayList<>();
    for (String entity : new String[] {"&#x60;", "&#39;", "&quot;"}) {
      if (source.contains(entity)) {
        problems.add(name + " contains " + entity);
      }
    }
    for (String line : source.split("\n")) {
      if (line.trim().startsWith("*") && line.contains("Unverified")) {
        problems.add(name + " has a maintainer note in its Javadoc: " + line.trim());
      }
      if (name.endsWith(".java") && line.length() > MAX_LINE && !UNBREAKABLE.matcher(line).find()) {
        problems.add(name + " has a line of " + line.length() + " characters: " + line.trim().substring(0, 30) + "...");
      }
    }
    Matcher imports = IMPORT.matcher(source);
    List<String> seen = new ArrayList<>();
    String body = IMPORT.matcher(source).replaceAll("");
    while (imports.find()) {
      String imported = imports.group(1);
      String simple = imported.substring(imported.lastIndexOf('.') + 1);
      if (seen.contains(imported)) {
        problems.add(name + " imports " + imported + " twice");
      } else if (!Pattern.compile("\\b" + simple + "\\b").matcher(body).find()) {
        problems.add(name + " imports " + imported + " but does not use it");
      }
      seen.add(imported);
    }
    return problems;
  }
}
