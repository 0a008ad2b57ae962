package io.github.schedkit.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SourceFormatter formats and keeps each used import once; the output check finds what it would leave. */
class SourceFormatterTest {
  private static final String UNTIDY = String.join("\n",
      "package a.model;",
      "",
      "import java.util.Objects;",
      "import a.model.Other;",
      "import java.util.Map;",
      "import java.util.List;",
      "import java.util.List;",
      "",
      "/** Uses {@link Objects} in Javadoc only, and says so in a sentence long enough to be wrapped by the formatter. */",
      "final class Thing {",
      "  List<Other> others = null;",
      "    String s = \"Map\";",
      "}",
      "");

  @Test
  void formatsAndKeepsEachUsedImportOnce() {
    String tidy = SourceFormatter.format("Thing.java", UNTIDY);

    assertEquals(String.join("\n",
        "package a.model;",
        "",
        "import java.util.List;",
        "import java.util.Objects;",
        "",
        "/**",
        " * Uses {@link Objects} in Javadoc only, and says so in a sentence long enough to be wrapped by the",
        " * formatter.",
        " */",
        "final class Thing {",
        "  List<Other> others = null;",
        "  String s = \"Map\";",
        "}",
        ""), tidy);
    assertEquals(List.of(), GeneratedOutputTest.problems("Thing.java", tidy));
  }

  @Test
  void invalidJavaNamesTheFile() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SourceFormatter.format("Broken.java", "class Broken {"));

    assertTrue(e.getMessage().startsWith("the templates generated Broken.java, which is not valid Java: "), e.getMessage());
  }

  @Test
  void theOutputCheckFindsUntidyImportsEntitiesAndLongLines() {
    assertEquals(
        List.of("Thing.java contains &#x60;", "Thing.java has a line of 121 characters: /** Uses &#x60; {@link Objects...",
            "Thing.java imports java.util.Map but does not use it", "Thing.java imports java.util.List twice"),
        GeneratedOutputTest.problems("Thing.java", UNTIDY.replace("Uses", "Uses &#x60;").replace("  String s = \"Map\";\n", "")));
  }
}
