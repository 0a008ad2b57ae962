package io.github.schedkit.bench.report;

import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * A JMH score with its error (the half-width of the 99.9% confidence interval).
 *
 * @param value the score
 * @param error the error; {@code NaN} when JMH had too few samples to compute one
 * @param unit the unit, such as {@code us/op}
 */
public record Score(double value, double error, String unit) {
  /**
   * Reads a benchmark's primary score.
   *
   * @param results the run's results, by {@code SimpleClassName.method}
   * @param benchmark the benchmark, as {@code SimpleClassName.method}
   * @return the score
   * @throws IllegalStateException if the run has no result for it
   */
  public static Score of(Map<String, RunResult> results, String benchmark) {
    return of(run(results, benchmark).getPrimaryResult());
  }

  /**
   * Reads a secondary score of a benchmark, such as a profiler's.
   *
   * @param results the run's results, by {@code SimpleClassName.method}
   * @param benchmark the benchmark, as {@code SimpleClassName.method}
   * @param label the secondary result's label, such as {@code gc.alloc.rate.norm}
   * @return the score
   * @throws IllegalStateException if the run has no such result
   */
  public static Score secondary(Map<String, RunResult> results, String benchmark, String label) {
    Result<?> secondary = run(results, benchmark).getSecondaryResults().get(label);
    if (secondary == null) {
      throw new IllegalStateException("JMH returned no " + label + " for " + benchmark);
    }
    return of(secondary);
  }

  private static RunResult run(Map<String, RunResult> results, String benchmark) {
    RunResult result = results.get(benchmark);
    if (result == null) {
      throw new IllegalStateException("JMH returned no result for " + benchmark + "; see its output above");
    }
    return result;
  }

  private static Score of(Result<?> result) {
    return new Score(result.getScore(), result.getScoreError(), result.getScoreUnit());
  }

  /**
   * Returns the error, or 0 when JMH could not compute one.
   *
   * @return the error
   */
  public double errorOrZero() {
    return Double.isNaN(error) ? 0.0 : error;
  }

  /**
   * Tells whether this score and another could be equal, given both errors.
   *
   * @param other the other score
   * @return {@code true} if their confidence intervals overlap
   */
  public boolean overlaps(Score other) {
    return Math.abs(value - other.value) <= errorOrZero() + other.errorOrZero();
  }
}
