package io.github.schedkit.bench.report;

/**
 * One goal of the benchmarks issue and how this run did.
 *
 * @param name the goal, such as "per-call overhead within 10% of raw OkHttp + Gson"
 * @param verdict met or missed
 * @param evidence the figures behind the verdict
 */
public record Goal(String name, Verdict verdict, String evidence) {
  /** Whether a goal was met. */
  public enum Verdict {
    /** The figures meet the goal. */
    MET("MET"),
    /** The point estimate misses the goal, but the difference is within the measurement error. */
    WITHIN_ERROR("MET within error"),
    /** The figures miss the goal. */
    MISSED("MISSED");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    /**
     * Returns how the verdict is printed.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }
}
