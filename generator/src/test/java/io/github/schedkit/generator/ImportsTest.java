package io.github.schedkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports keeps each used import once, and the output check finds what it would leave. */
class ImportsTest {
  private static final String UNTIDY = String.join("\n",
      "package a.model;",
      "",
      "import java.util.List;",
      "import a.model.Other;",
      "import java.util.Map;",
      "import java.util.List;",
      "import java.util.Objects;",
      "",
      "/** Uses {@link Objects} in Javadoc only. */",
      "final class Thing {",
      "  List<Other> others = null;",
      "  String s = \"Map\";",
      "}",
      "");

  @Test
  void keepsEachUsedImportOnce() {
    String tidy = Imports.tidy(UNTIDY);
    assertEquals(UNTIDY.replace("import a.model.Other;\nimport java.util.Map;\nimport java.util.List;\n", ""), tidy);
    assertEquals(List.of(), GeneratedOutputTest.problems("Thing.java", tidy));
  }

  @Test
  void theOutputCheckFindsUntidyImportsAndEntities() {
    assertEquals(
        List.of("Thing.java contains &#x60;", "Thing.java imports java.util.Map but does not use it",
            "Thing.java imports java.util.List twice"),
        GeneratedOutputTest.problems("Thing.java", UNTIDY.replace("Uses", "Uses &#x60;").replace("  String s = \"Map\";\n", "")));
  }
}
