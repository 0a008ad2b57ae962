package io.github.schedkit.bench.pagination;

import io.github.schedkit.bench.fixtures.RegistrationsFixture;
import io.github.schedkit.bench.report.Figures;
import io.github.schedkit.bench.report.Goal;
import io.github.schedkit.bench.report.Goal.Verdict;
import io.github.schedkit.bench.report.ResultTable;
import io.github.schedkit.bench.server.LoopbackServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pagination memory: serves bookable events with 200 and 2,000 pages of registrations from this
 * JVM, and iterates them with the auto-pager in a separate JVM limited to {@value #HEAP}, which
 * must finish with the heap it holds staying flat as the page count grows tenfold.
 */
public final class PaginationSection {
  private static final String HEAP = "-Xmx64m";
  private static final int SMALL = 200;
  private static final int LARGE = 2000;
  /** Live heap may grow by this much from 200 to 2,000 pages and still count as constant. */
  private static final long CONSTANT_TOLERANCE_BYTES = 1024 * 1024;
  private static final long TIMEOUT_MINUTES = 15;

  private PaginationSection() {}

  /**
   * Runs the probe and adds its figures and the constant-memory goal.
   *
   * @param table the table to add to
   * @throws IOException if the server or the probe JVM cannot start
   * @throws InterruptedException if interrupted while waiting for the probe
   */
  public static void run(ResultTable table) throws IOException, InterruptedException {
    List<PaginationResult> results;
    try (LoopbackServer server = LoopbackServer.start(RegistrationsFixture.route())) {
      results = probe(server.baseUrl());
    }
    PaginationResult small = find(results, SMALL);
    PaginationResult large = find(results, LARGE);
    for (PaginationResult result : List.of(small, large)) {
      table.row(
          "Pagination",
          String.format(
              java.util.Locale.ROOT,
              "%s registrations over %s pages, %s (%s)",
              Figures.count(result.registrations()),
              Figures.count(result.pages()),
              HEAP,
              result.collectors()),
          Figures.seconds(result.millis()) + "; peak heap " + Figures.mib(result.peakHeapBytes())
              + "; live heap " + Figures.mib(result.liveHeapBytes()),
          "",
          "");
    }
    long growth = large.liveHeapBytes() - small.liveHeapBytes();
    table.goal(
        new Goal(
            "constant memory in pagination",
            growth <= CONSTANT_TOLERANCE_BYTES ? Verdict.MET : Verdict.MISSED,
            String.format(
                java.util.Locale.ROOT,
                "finished %s registrations with %s; live heap %s at %d pages vs %s at %d pages; peak heap %s vs %s",
                Figures.count(large.registrations()),
                HEAP,
                Figures.mib(large.liveHeapBytes()),
                LARGE,
                Figures.mib(small.liveHeapBytes()),
                SMALL,
                Figures.mib(large.peakHeapBytes()),
                Figures.mib(small.peakHeapBytes()))));
  }

  private static List<PaginationResult> probe(String baseUrl) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                PaginationProbe.class.getName(),
                baseUrl,
                String.valueOf(SMALL),
                String.valueOf(LARGE))
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    Process process = builder.start();
    List<PaginationResult> results = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        System.out.println("[pagination probe] " + line);
        if (line.startsWith(PaginationProbe.RESULT)) {
          results.add(PaginationResult.parse(line));
        }
      }
    }
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the pagination probe did not finish within " + TIMEOUT_MINUTES + " minutes");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "the pagination probe failed with exit code " + process.exitValue() + " (" + HEAP + "); see its output above");
    }
    return results;
  }

  private static PaginationResult find(List<PaginationResult> results, int pages) {
    return results.stream()
        .filter(result -> result.pages() == pages)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the pagination probe reported nothing for " + pages + " pages"));
  }
}
