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
 * Turns the per-call results into table rows (latency, CPU time and allocation per call, over the
 * loopback server and over in-memory sockets) and the per-call goals, which are judged on latency:
 * within 10% of raw OkHttp + Gson and no slower than the stock client on loopback, and within 5%
 * of raw OkHttp + Gson in memory, where only the clients' own work is timed.
 */
public final class PerCallSection {
  private static final String SECTION = "Per call";
  private static final String ALLOCATION = "gc.alloc.rate.norm";
  private static final double LOOPBACK_GOAL = 1.10;
  private static final double IN_MEMORY_GOAL = 1.05;
  private static final String RAW = "raw OkHttp + Gson";
  private static final String STOCK = "stock client";

  private PerCallSection() {}

  /**
   * Adds the per-call figures and goals.
   *
   * @param results the JMH results
   * @param table the table to add to
   */
  public static void report(Map<String, RunResult> results, ResultTable table) {
    Transport loopback = new Transport(results, table, LoopbackPerCallBenchmark.class, "loopback");
    Transport inMemory = new Transport(results, table, InMemoryPerCallBenchmark.class, "in memory");
    loopback.compareAll();
    inMemory.compareAll();

    table.goal(
        loopback.overheadGoal("per-call overhead within 10% of raw OkHttp + Gson (loopback)", LOOPBACK_GOAL));
    Score booking = loopback.score(Transport.BOOKING_SCHEDKIT);
    Score stock = loopback.score(Transport.BOOKING_STOCK);
    double stockRatio = booking.value() / stock.value();
    Verdict noSlower = stockRatio <= 1.0 ? Verdict.MET : booking.overlaps(stock) ? Verdict.WITHIN_ERROR : Verdict.MISSED;
    table.goal(
        new Goal(
            "no slower than the stock generated client (loopback)",
            noSlower,
            "getBooking latency " + Figures.ratio(stockRatio) + " of the stock client's, CPU "
                + Figures.ratio(loopback.cpuRatio(Transport.BOOKING_SCHEDKIT, Transport.BOOKING_STOCK))
                + "; in memory "
                + Figures.ratio(inMemory.latencyRatio(Transport.BOOKING_SCHEDKIT, Transport.BOOKING_STOCK))));
    table.goal(
        inMemory.overheadGoal(
            "per-call client-side cost within 1.05x raw OkHttp + Gson (in memory)", IN_MEMORY_GOAL));
  }

  /** The results of one subclass of {@link PerCallBenchmark}. */
  private static final class Transport {
    static final String BOOKING_SCHEDKIT = "jicooGetBookingSchedkit";
    static final String BOOKING_RAW = "jicooGetBookingRawOkHttpGson";
    static final String BOOKING_STOCK = "jicooGetBookingStockGenerated";
    static final String EVENTS_SCHEDKIT = "cronofyReadEventsSchedkit";
    static final String EVENTS_RAW = "cronofyReadEventsRawOkHttpGson";

    private final Map<String, RunResult> results;
    private final ResultTable table;
    private final String benchmark;
    private final String name;

    Transport(
        Map<String, RunResult> results,
        ResultTable table,
        Class<? extends PerCallBenchmark> benchmark,
        String name) {
      this.results = results;
      this.table = table;
      this.benchmark = benchmark.getSimpleName();
      this.name = name;
    }

    void compareAll() {
      String booking = "Jicoo getBooking, " + name;
      String events = "Cronofy readEvents (" + PerCallBenchmark.EVENTS_PER_PAGE + " events), " + name;
      compare(booking, BOOKING_SCHEDKIT, RAW, BOOKING_RAW);
      compare(booking, BOOKING_SCHEDKIT, STOCK, BOOKING_STOCK);
      compare(events, EVENTS_SCHEDKIT, RAW, EVENTS_RAW);
    }

    /** A goal on the latency ratio of both calls against raw OkHttp + Gson. */
    Goal overheadGoal(String goal, double limit) {
      double booking = latencyRatio(BOOKING_SCHEDKIT, BOOKING_RAW);
      double events = latencyRatio(EVENTS_SCHEDKIT, EVENTS_RAW);
      Verdict verdict;
      if (booking <= limit && events <= limit) {
        verdict = Verdict.MET;
      } else if (withinError(score(BOOKING_SCHEDKIT), score(BOOKING_RAW), limit)
          && withinError(score(EVENTS_SCHEDKIT), score(EVENTS_RAW), limit)) {
        verdict = Verdict.WITHIN_ERROR;
      } else {
        verdict = Verdict.MISSED;
      }
      return new Goal(
          goal,
          verdict,
          "latency ratio getBooking " + Figures.ratio(booking) + ", readEvents " + Figures.ratio(events)
              + "; CPU ratio getBooking " + Figures.ratio(cpuRatio(BOOKING_SCHEDKIT, BOOKING_RAW))
              + ", readEvents " + Figures.ratio(cpuRatio(EVENTS_SCHEDKIT, EVENTS_RAW))
              + "; allocation ratio getBooking "
              + Figures.ratio(allocationRatio(BOOKING_SCHEDKIT, BOOKING_RAW))
              + ", readEvents " + Figures.ratio(allocationRatio(EVENTS_SCHEDKIT, EVENTS_RAW)));
    }

    Score score(String method) {
      return Score.of(results, benchmark + "." + method);
    }

    double latencyRatio(String schedkit, String peer) {
      return score(schedkit).value() / score(peer).value();
    }

    double cpuRatio(String schedkit, String peer) {
      return secondary(schedkit, CpuTimeProfiler.LABEL).value()
          / secondary(peer, CpuTimeProfiler.LABEL).value();
    }

    private double allocationRatio(String schedkit, String peer) {
      return secondary(schedkit, ALLOCATION).value() / secondary(peer, ALLOCATION).value();
    }

    private Score secondary(String method, String label) {
      return Score.secondary(results, benchmark + "." + method, label);
    }

    /** Adds latency, CPU and allocation rows for schedkit against one peer. */
    private void compare(String call, String schedkit, String peerName, String peer) {
      row(call + ", latency", score(schedkit), peerName, score(peer), "µs", 1);
      row(
          call + ", CPU time (all threads)",
          secondary(schedkit, CpuTimeProfiler.LABEL),
          peerName,
          secondary(peer, CpuTimeProfiler.LABEL),
          "µs",
          1);
      row(
          call + ", allocated",
          secondary(schedkit, ALLOCATION),
          peerName,
          secondary(peer, ALLOCATION),
          "KiB",
          1024);
    }

    private void row(String measure, Score schedkit, String peerName, Score peer, String unit, double scale) {
      table.row(
          SECTION,
          measure,
          Figures.withError(schedkit.value() / scale, schedkit.errorOrZero() / scale, unit),
          peerName + ": " + Figures.withError(peer.value() / scale, peer.errorOrZero() / scale, unit),
          Figures.ratio(schedkit.value() / peer.value()));
    }

    /** Whether schedkit is within {@code limit} of the peer once both errors are allowed for. */
    private static boolean withinError(Score schedkit, Score peer, double limit) {
      return schedkit.value() - schedkit.errorOrZero() <= limit * (peer.value() + peer.errorOrZero());
    }
  }
}
