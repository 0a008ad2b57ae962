package io.github.schedkit.bench.percall;

import io.github.schedkit.bench.CpuTimeProfiler;
import io.github.schedkit.bench.report.Figures;
import io.github.schedkit.bench.report.Goal;
import io.github.schedkit.bench.report.Goal.Verdict;
import io.github.schedkit.bench.report.ResultTable;
import io.github.schedkit.bench.report.Score;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns the {@link PerCallBenchmark} results into table rows (latency, CPU time and allocation per
 * call) and the two per-call goals, which are judged on latency.
 */
public final class PerCallSection {
  private static final String SECTION = "Per call";
  private static final String ALLOCATION = "gc.alloc.rate.norm";
  private static final double OVERHEAD_GOAL = 1.10;
  private static final String BOOKING = "Jicoo getBooking";
  private static final String EVENTS = "Cronofy readEvents (" + PerCallBenchmark.EVENTS_PER_PAGE + " events)";

  private PerCallSection() {}

  /**
   * Adds the per-call figures and goals.
   *
   * @param results the JMH results
   * @param table the table to add to
   */
  public static void report(Map<String, RunResult> results, ResultTable table) {
    String bookingSchedkit = "PerCallBenchmark.jicooGetBookingSchedkit";
    String eventsSchedkit = "PerCallBenchmark.cronofyReadEventsSchedkit";
    double bookingOverhead =
        compare(results, table, BOOKING, bookingSchedkit, "raw OkHttp + Gson", "PerCallBenchmark.jicooGetBookingRawOkHttpGson");
    double stockRatio =
        compare(results, table, BOOKING, bookingSchedkit, "stock client", "PerCallBenchmark.jicooGetBookingStockGenerated");
    double eventsOverhead =
        compare(results, table, EVENTS, eventsSchedkit, "raw OkHttp + Gson", "PerCallBenchmark.cronofyReadEventsRawOkHttpGson");

    Score booking = Score.of(results, bookingSchedkit);
    Verdict overhead;
    if (bookingOverhead <= OVERHEAD_GOAL && eventsOverhead <= OVERHEAD_GOAL) {
      overhead = Verdict.MET;
    } else if (withinError(booking, Score.of(results, "PerCallBenchmark.jicooGetBookingRawOkHttpGson"))
        && withinError(Score.of(results, eventsSchedkit), Score.of(results, "PerCallBenchmark.cronofyReadEventsRawOkHttpGson"))) {
      overhead = Verdict.WITHIN_ERROR;
    } else {
      overhead = Verdict.MISSED;
    }
    table.goal(
        new Goal(
            "per-call overhead within 10% of raw OkHttp + Gson",
            overhead,
            "latency ratio getBooking " + Figures.ratio(bookingOverhead) + ", readEvents " + Figures.ratio(eventsOverhead)
                + "; CPU ratio getBooking " + Figures.ratio(cpuRatio(results, bookingSchedkit, "PerCallBenchmark.jicooGetBookingRawOkHttpGson"))
                + ", readEvents " + Figures.ratio(cpuRatio(results, eventsSchedkit, "PerCallBenchmark.cronofyReadEventsRawOkHttpGson"))));

    Score stock = Score.of(results, "PerCallBenchmark.jicooGetBookingStockGenerated");
    Verdict noSlower = stockRatio <= 1.0 ? Verdict.MET : booking.overlaps(stock) ? Verdict.WITHIN_ERROR : Verdict.MISSED;
    table.goal(
        new Goal(
            "no slower than the stock generated client",
            noSlower,
            "getBooking latency " + Figures.ratio(stockRatio) + " of the stock client's, CPU "
                + Figures.ratio(cpuRatio(results, bookingSchedkit, "PerCallBenchmark.jicooGetBookingStockGenerated"))));
  }

  /** Adds latency, CPU and allocation rows for schedkit against one peer; returns the latency ratio. */
  private static double compare(
      Map<String, RunResult> results, ResultTable table, String call, String schedkit, String peerName, String peer) {
    Score latency = Score.of(results, schedkit);
    Score peerLatency = Score.of(results, peer);
    row(table, call + ", latency", latency, peerName, peerLatency, "µs", 1);
    row(
        table,
        call + ", CPU time (all threads)",
        Score.secondary(results, schedkit, CpuTimeProfiler.LABEL),
        peerName,
        Score.secondary(results, peer, CpuTimeProfiler.LABEL),
        "µs",
        1);
    row(
        table,
        call + ", allocated (client + server)",
        Score.secondary(results, schedkit, ALLOCATION),
        peerName,
        Score.secondary(results, peer, ALLOCATION),
        "KiB",
        1024);
    return latency.value() / peerLatency.value();
  }

  private static void row(
      ResultTable table, String measure, Score schedkit, String peerName, Score peer, String unit, double scale) {
    table.row(
        SECTION,
        measure,
        Figures.withError(schedkit.value() / scale, schedkit.errorOrZero() / scale, unit),
        peerName + ": " + Figures.withError(peer.value() / scale, peer.errorOrZero() / scale, unit),
        Figures.ratio(schedkit.value() / peer.value()));
  }

  private static double cpuRatio(Map<String, RunResult> results, String schedkit, String peer) {
    return Score.secondary(results, schedkit, CpuTimeProfiler.LABEL).value()
        / Score.secondary(results, peer, CpuTimeProfiler.LABEL).value();
  }

  /** Whether schedkit is within 10% of the peer once both errors are allowed for. */
  private static boolean withinError(Score schedkit, Score peer) {
    return schedkit.value() - schedkit.errorOrZero() <= OVERHEAD_GOAL * (peer.value() + peer.errorOrZero());
  }
}
