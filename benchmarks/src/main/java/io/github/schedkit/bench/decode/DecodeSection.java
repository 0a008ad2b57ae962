package io.github.schedkit.bench.decode;

import io.github.schedkit.bench.report.Figures;
import io.github.schedkit.bench.report.ResultTable;
import io.github.schedkit.bench.report.Score;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/** Turns the {@link DecodeBenchmark} results into MB/s rows (1 MB = 10^6 bytes). */
public final class DecodeSection {
  private DecodeSection() {}

  /**
   * Adds the decoding throughput figures.
   *
   * @param results the JMH results
   * @param table the table to add to
   */
  public static void report(Map<String, RunResult> results, ResultTable table) {
    int bytes = DecodeBenchmark.pageBytes();
    Score schedkit = throughput(Score.of(results, "DecodeBenchmark.schedkitModels"), bytes);
    Score plain = throughput(Score.of(results, "DecodeBenchmark.plainGsonReflective"), bytes);
    table.row(
        "Decoding",
        String.format(
            java.util.Locale.ROOT,
            "Cronofy events page, %s events, %s",
            Figures.count(DecodeBenchmark.EVENTS),
            Figures.bytes(bytes)),
        Figures.withError(schedkit.value(), schedkit.error(), "MB/s"),
        "plain reflective Gson: " + Figures.withError(plain.value(), plain.error(), "MB/s"),
        Figures.ratio(schedkit.value() / plain.value()));
    Score allocated = Score.secondary(results, "DecodeBenchmark.schedkitModels", "gc.alloc.rate.norm");
    Score plainAllocated = Score.secondary(results, "DecodeBenchmark.plainGsonReflective", "gc.alloc.rate.norm");
    table.row(
        "Decoding",
        "Same page, allocated per decode",
        Figures.mib((long) allocated.value()),
        "plain reflective Gson: " + Figures.mib((long) plainAllocated.value()),
        Figures.ratio(allocated.value() / plainAllocated.value()));
  }

  /** Converts milliseconds per decode into MB/s, carrying the relative error over. */
  private static Score throughput(Score millisPerPage, int bytes) {
    double megabytesPerSecond = bytes / 1e6 / (millisPerPage.value() / 1e3);
    return new Score(megabytesPerSecond, megabytesPerSecond * millisPerPage.error() / millisPerPage.value(), "MB/s");
  }
}
