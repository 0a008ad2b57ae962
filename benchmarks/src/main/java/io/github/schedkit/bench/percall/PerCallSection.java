package io.github.schedkit.bench.percall;

import io.github.schedkit.bench.report.Figures;
import io.github.schedkit.bench.report.Goal;
import io.github.schedkit.bench.report.Goal.Verdict;
import io.github.schedkit.bench.report.ResultTable;
import io.github.schedkit.bench.report.Score;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;

/** Turns the {@link PerCallBenchmark} results into table rows and the two per-call goals. */
public final class PerCallSection {
  private static final String SECTION = "Per call";
  private static final String UNIT = "µs";
  private static final double OVERHEAD_GOAL = 1.10;

  private PerCallSection() {}

  /**
   * Adds the per-call figures and goals.
   *
   * @param results the JMH results
   * @param table the table to add to
   */
  public static void report(Map<String, RunResult> results, ResultTable table) {
    Score bookingSchedkit = Score.of(results, "PerCallBenchmark.jicooGetBookingSchedkit");
    Score bookingRaw = Score.of(results, "PerCallBenchmark.jicooGetBookingRawOkHttpGson");
    Score bookingStock = Score.of(results, "PerCallBenchmark.jicooGetBookingStockGenerated");
    Score eventsSchedkit = Score.of(results, "PerCallBenchmark.cronofyReadEventsSchedkit");
    Score eventsRaw = Score.of(results, "PerCallBenchmark.cronofyReadEventsRawOkHttpGson");

    String events = "Cronofy readEvents, " + PerCallBenchmark.EVENTS_PER_PAGE + " events";
    row(table, "Jicoo getBooking", bookingSchedkit, "raw OkHttp + Gson", bookingRaw);
    row(table, "Jicoo getBooking", bookingSchedkit, "stock generated client", bookingStock);
    row(table, events, eventsSchedkit, "raw OkHttp + Gson", eventsRaw);

    double bookingOverhead = bookingSchedkit.value() / bookingRaw.value();
    double eventsOverhead = eventsSchedkit.value() / eventsRaw.value();
    Verdict overhead;
    if (bookingOverhead <= OVERHEAD_GOAL && eventsOverhead <= OVERHEAD_GOAL) {
      overhead = Verdict.MET;
    } else if (withinError(bookingSchedkit, bookingRaw) && withinError(eventsSchedkit, eventsRaw)) {
      overhead = Verdict.WITHIN_ERROR;
    } else {
      overhead = Verdict.MISSED;
    }
    table.goal(
        new Goal(
            "per-call overhead within 10% of raw OkHttp + Gson",
            overhead,
            "getBooking " + Figures.ratio(bookingOverhead) + ", readEvents " + Figures.ratio(eventsOverhead)));

    double stockRatio = bookingSchedkit.value() / bookingStock.value();
    Verdict stock =
        stockRatio <= 1.0 ? Verdict.MET : bookingSchedkit.overlaps(bookingStock) ? Verdict.WITHIN_ERROR : Verdict.MISSED;
    table.goal(
        new Goal(
            "no slower than the stock generated client",
            stock,
            "getBooking " + Figures.ratio(stockRatio) + " of the stock client's time"));
  }

  /** Whether schedkit is within 10% of the peer once both errors are allowed for. */
  private static boolean withinError(Score schedkit, Score peer) {
    return schedkit.value() - schedkit.errorOrZero() <= OVERHEAD_GOAL * (peer.value() + peer.errorOrZero());
  }

  private static void row(ResultTable table, String measure, Score schedkit, String peerName, Score peer) {
    table.row(
        SECTION,
        measure,
        Figures.withError(schedkit.value(), schedkit.error(), UNIT),
        peerName + ": " + Figures.withError(peer.value(), peer.error(), UNIT),
        Figures.ratio(schedkit.value() / peer.value()));
  }
}
