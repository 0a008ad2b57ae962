package io.github.schedkit.bench.report;

import java.util.Locale;

/** How the table prints numbers: latencies, throughputs, sizes, ratios. */
public final class Figures {
  private static final double MIB = 1024.0 * 1024.0;

  private Figures() {}

  /**
   * Formats a score with its error, such as {@code 52.1 ± 1.3 µs}.
   *
   * @param score the score
   * @param error the half-width of its 99.9% confidence interval
   * @param unit the unit
   * @return the text
   */
  public static String withError(double score, double error, String unit) {
    return String.format(Locale.ROOT, "%.1f ± %.1f %s", score, Double.isNaN(error) ? 0.0 : error, unit);
  }

  /**
   * Formats a ratio, such as {@code 1.04x}.
   *
   * @param ratio the ratio
   * @return the text
   */
  public static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2fx", ratio);
  }

  /**
   * Formats a byte count in MiB with the exact count, such as {@code 3.41 MiB (3,575,123 B)}.
   *
   * @param bytes the count
   * @return the text
   */
  public static String bytes(long bytes) {
    return String.format(Locale.ROOT, "%.2f MiB (%,d B)", bytes / MIB, bytes);
  }

  /**
   * Formats a heap size in MiB, such as {@code 12.3 MiB}.
   *
   * @param bytes the size
   * @return the text
   */
  public static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
  }

  /**
   * Formats a count with thousands separators.
   *
   * @param count the count
   * @return the text
   */
  public static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /**
   * Formats seconds, such as {@code 83.4 s}.
   *
   * @param millis the duration in milliseconds
   * @return the text
   */
  public static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
