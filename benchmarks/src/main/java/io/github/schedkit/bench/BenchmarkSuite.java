package io.github.schedkit.bench;

import io.github.schedkit.bench.build.BuildCostSection;
import io.github.schedkit.bench.decode.DecodeBenchmark;
import io.github.schedkit.bench.decode.DecodeSection;
import io.github.schedkit.bench.footprint.FootprintSection;
import io.github.schedkit.bench.pagination.PaginationSection;
import io.github.schedkit.bench.percall.InMemoryPerCallBenchmark;
import io.github.schedkit.bench.percall.LoopbackPerCallBenchmark;
import io.github.schedkit.bench.percall.PerCallSection;
import io.github.schedkit.bench.report.ResultTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/**
 * Runs every benchmark section the settings select, prints the results table and writes it as
 * Markdown. Run by {@code ./mvnw -Pbenchmarks -pl benchmarks -am -DskipTests verify} (see
 * {@code BENCHMARKS.md}). Any failed value check or failed call ends the run with an error.
 */
public final class BenchmarkSuite {
  private BenchmarkSuite() {}

  /**
   * Runs the benchmarks.
   *
   * @param args unused; settings come from system properties
   * @throws Exception if a section fails
   */
  public static void main(String[] args) throws Exception {
    Settings settings = Settings.fromSystemProperties();
    ResultTable table = new ResultTable();
    String jarListing = "";

    List<Class<?>> jmh = new ArrayList<>();
    if (settings.runs("percall")) {
      jmh.add(LoopbackPerCallBenchmark.class);
      jmh.add(InMemoryPerCallBenchmark.class);
    }
    if (settings.runs("decode")) {
      jmh.add(DecodeBenchmark.class);
    }
    if (!jmh.isEmpty()) {
      Map<String, RunResult> results = JmhRun.run(settings.quick(), jmh);
      if (settings.runs("percall")) {
        PerCallSection.report(results, table);
      }
      if (settings.runs("decode")) {
        DecodeSection.report(results, table);
      }
    }
    if (settings.runs("pagination")) {
      PaginationSection.run(table);
    }
    if (settings.runs("footprint")) {
      jarListing = FootprintSection.run(settings, table);
    }
    if (settings.runs("build")) {
      BuildCostSection.run(settings.root(), table);
    }

    String header = header(settings);
    System.out.println();
    System.out.println(header);
    System.out.println(table.text());
    Files.createDirectories(settings.report().getParent());
    Files.writeString(
        settings.report(),
        header + "\n\n" + table.markdown() + (jarListing.isEmpty() ? "" : "\n```\n" + jarListing + "```\n"),
        StandardCharsets.UTF_8);
    System.out.println("Results written to " + settings.report());
  }

  private static String header(Settings settings) {
    return String.format(
        "schedkit benchmarks%s, %s; sections %s; JDK %s (%s), %d cores, %s",
        settings.quick() ? " (QUICK: checks the harness, numbers not meaningful)" : "",
        Instant.now(),
        String.join(",", settings.sections()),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
  }
}
