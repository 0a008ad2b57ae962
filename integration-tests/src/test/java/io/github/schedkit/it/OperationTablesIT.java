package io.github.schedkit.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The operation tables in docs/ are what the generator writes from the specs (each API module's
 * {@code target/generated-sources/openapi/docs/<api>-operations.md}): a spec change that is not
 * carried into the committed table fails here.
 */
class OperationTablesIT {
  private static final Path ROOT = Paths.get(System.getProperty("schedkit.root", ".."));

  @ParameterizedTest
  @ValueSource(strings = {"jicoo", "cronofy"})
  void theCommittedTableIsTheGeneratedOne(String api) throws IOException {
    String name = api + "-operations.md";
    Path generated = ROOT.resolve(api + "-api/target/generated-sources/openapi/docs/" + name);
    Path committed = ROOT.resolve("docs/" + name);
    assertTrue(Files.isRegularFile(generated), "the build generates " + generated);
    String stale = "docs/" + name + " is stale: run scripts/refresh-operation-tables.sh and commit the result";
    assertTrue(Files.isRegularFile(committed), stale);
    assertTrue(read(generated).equals(read(committed)), stale);
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
