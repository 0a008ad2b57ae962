package io.github.schedkit.bench.build;

import io.github.schedkit.bench.report.Figures;
import io.github.schedkit.bench.report.ResultTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build cost, timed in a throw-away copy of the working tree with the Maven Wrapper, offline: a
 * full build without tests, then, after a one-line change to {@code spec/jicoo.yaml}, regenerating
 * the Jicoo client and compiling it, and doing so again with its jars rebuilt.
 */
public final class BuildCostSection {
  private static final String SECTION = "Build cost";
  private static final String SPEC = "spec/jicoo.yaml";
  private static final String LINE = "      summary: Get a booking";
  private static final String CHANGED_LINE = "      summary: Get one booking";

  private BuildCostSection() {}

  /**
   * Times the builds and adds their figures.
   *
   * @param root the repository root
   * @param table the table to add to
   * @throws IOException if the copy or a build cannot start
   * @throws InterruptedException if interrupted while a build runs
   */
  public static void run(Path root, ResultTable table) throws IOException, InterruptedException {
    try (RepositoryCopy copy = RepositoryCopy.of(root)) {
      Path dir = copy.directory();
      List<String> full = maven("-DskipTests", "package");
      // Not generate-sources: jicoo-api's enforcer check needs schedkit-core compiled, at least.
      List<String> regenerate = maven("-pl", "jicoo-api", "-am", "-DskipTests", "compile");
      List<String> rebuild = maven("-pl", "jicoo-api", "-am", "-DskipTests", "package");
      long fullMillis = TimedCommand.run(dir, full);
      copy.replaceLine(SPEC, LINE, CHANGED_LINE);
      long regenerateMillis = TimedCommand.run(dir, regenerate);
      long rebuildMillis = TimedCommand.run(dir, rebuild);
      table.row(SECTION, "Full build without tests: " + String.join(" ", full), Figures.seconds(fullMillis), "", "");
      table.row(
          SECTION,
          "One-line change to " + SPEC + ", regenerate and compile: " + String.join(" ", regenerate),
          Figures.seconds(regenerateMillis),
          "",
          "");
      table.row(
          SECTION,
          "Then regenerate and rebuild the jicoo-api jars: " + String.join(" ", rebuild),
          Figures.seconds(rebuildMillis),
          "",
          "");
    }
  }

  private static List<String> maven(String... arguments) {
    List<String> command = new ArrayList<>(List.of("./mvnw", "-o", "-q", "-B"));
    command.addAll(List.of(arguments));
    return command;
  }
}
