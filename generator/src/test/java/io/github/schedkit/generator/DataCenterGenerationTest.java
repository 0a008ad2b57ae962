package io.github.schedkit.generator;

import static io.github.schedkit.generator.Generation.assertHas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DataCenter enum comes from the spec's servers, when they are marked as data centers. */
class DataCenterGenerationTest {
  @TempDir Path dir;

  private static String spec(String servers) {
    String paths = "  /things:\n    get:\n      operationId: listThings\n      tags: [Things]\n"
        + "      responses:\n        '204':\n          description: Done\n";
    return Generation.spec(paths, "").replace("paths:\n", servers + "paths:\n");
  }

  private static final String MARKED = String.join("\n",
      "servers:",
      "  - url: https://api.example.com",
      "    description: The `main` data center.",
      "    x-schedkit-data-center: {constant: MAIN, id: main, app: 'https://app.example.com'}",
      "  - url: https://api-eu.example.com",
      "    description: Europe.",
      "    x-schedkit-data-center: {constant: EU, id: eu, app: 'https://app-eu.example.com'}",
      "");

  @Test
  void markedServersBecomeTheDataCenterEnum() throws IOException {
    List<File> files = Generation.generate(spec(MARKED), dir);
    String source = Generation.read(files, "DataCenter.java");
    assertTrue(source.contains("package test;"), source);
    assertHas(source, "  /** The {@code main} data center. API host {@code api.example.com}, app host {@code app.example.com}. */\n"
        + "  MAIN(\"main\", \"https://api.example.com\", \"https://app.example.com\"),\n");
    assertHas(source, "  EU(\"eu\", \"https://api-eu.example.com\", \"https://app-eu.example.com\");\n");
    assertTrue(source.contains("expected one of main, eu\");"), source);
  }

  @Test
  void unmarkedServersGenerateNoEnumAndNoStockSupportingFile() {
    List<String> names = Generation.generate(spec("servers:\n  - url: https://api.example.com\n"), dir).stream()
        .map(File::getName).filter(n -> n.endsWith(".java")).sorted().collect(Collectors.toList());
    assertEquals(
        List.of(
            "TestApis.java", "TestOperations.java", "Thing.java", "ThingsApi.java",
            "package-info.java", "package-info.java"),
        names);
  }

  @Test
  void unmarkedServersGiveTheShellItsDefaultBaseUrl() throws IOException {
    List<File> files = Generation.generate(
        spec("servers:\n  - url: https://api.example.com\n    description: Production.\n  - url: https://staging.example.com\n"),
        dir);
    String shell = Generation.read(files, "TestApis.java");
    assertHas(shell, ". Production.\n   */\n"
        + "  public static final String DEFAULT_BASE_URL = \"https://api.example.com\";\n");
    Path marked = Files.createDirectories(dir.resolve("marked"));
    assertFalse(Generation.read(Generation.generate(spec(MARKED), marked), "TestApis.java").contains("DEFAULT_BASE_URL"));
  }

  @Test
  void aDefaultServerWithVariablesIsRejected() {
    SpecNotExpressibleException e =
        Generation.rejection(spec("servers:\n  - url: 'https://{region}.example.com'\n"), dir);
    assertEquals("https://{region}.example.com", e.subject());
    assertTrue(e.reason().startsWith("the first server is the client's default base URL"), e.reason());
  }

  @Test
  void partlyMarkedServersAreRejected() {
    SpecNotExpressibleException e = Generation.rejection(spec(MARKED + "  - url: https://api-us.example.com\n"), dir);
    assertEquals("https://api.example.com", e.subject());
    assertTrue(e.reason().startsWith("mark every server with x-schedkit-data-center, or none"), e.reason());
  }

  @Test
  void aMarkWithoutItsAppHostIsRejected() {
    SpecNotExpressibleException e = Generation.rejection(spec(MARKED.replace(", app: 'https://app-eu.example.com'", "")), dir);
    assertEquals("https://api-eu.example.com", e.subject());
    assertEquals("x-schedkit-data-center needs the key \"app\"", e.reason());
  }
}
