package io.github.schedkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every template says what it renders and from which inputs, in lines a reader can take in. */
class TemplateConventionsTest {
  private static final int MAX_LINE = 150;

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(Generation.TEMPLATES)) {
      return files.filter(f -> f.toString().endsWith(".mustache")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void templatesAreSplitIntoFoldersPerConcern() throws IOException {
    List<Path> templates = templates();
    assertTrue(templates.size() > 10, "templates found in " + Generation.TEMPLATES + ": " + templates);
    for (Path template : templates) {
      Path relative = Generation.TEMPLATES.relativize(template);
      boolean entryPoint = relative.toString().equals("api.mustache") || relative.toString().equals("model.mustache");
      assertTrue(entryPoint || relative.getNameCount() == 2, relative + " belongs in a folder per concern");
    }
  }

  @Test
  void everyTemplateStartsWithAHeaderNamingItsInputs() throws IOException {
    for (Path template : templates()) {
      String text = new String(Files.readAllBytes(template), StandardCharsets.UTF_8);
      int end = text.indexOf("}}");
      assertTrue(text.startsWith("{{! ") && end > 0, template + " must start with a {{! ... }} header");
      assertTrue(text.substring(0, end).contains("Inputs:"), template + ": its header must name its inputs (\"Inputs: ...\")");
    }
  }

  @Test
  void noTemplateLineIsLongerThan150Characters() throws IOException {
    List<String> longLines = new ArrayList<>();
    for (Path template : templates()) {
      List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).length() > MAX_LINE) {
          longLines.add(template.getFileName() + ":" + (i + 1) + " (" + lines.get(i).length() + ")");
        }
      }
    }
    assertEquals(List.of(), longLines, "lines over " + MAX_LINE + " characters");
  }
}
