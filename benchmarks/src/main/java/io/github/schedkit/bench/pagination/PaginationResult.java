package io.github.schedkit.bench.pagination;

import java.util.HashMap;
import java.util.Map;

/**
 * What {@link PaginationProbe} measured for one bookable event.
 *
 * @param pages the number of pages iterated
 * @param registrations the number of registrations iterated (all checked)
 * @param millis the wall time of the iteration
 * @param peakHeapBytes the peak heap use during the iteration (sum of the heap pools' peaks)
 * @param liveHeapBytes the most heap in use right after a full GC, sampled every 100 pages
 * @param maxHeapBytes the JVM's maximum heap
 * @param collectors the garbage collectors of the probe JVM
 */
public record PaginationResult(
    int pages,
    long registrations,
    long millis,
    long peakHeapBytes,
    long liveHeapBytes,
    long maxHeapBytes,
    String collectors) {

  /**
   * Parses a {@code RESULT key=value ...} line of the probe.
   *
   * @param line the line
   * @return the result
   * @throws IllegalArgumentException if a value is missing
   */
  static PaginationResult parse(String line) {
    Map<String, String> values = new HashMap<>();
    for (String part : line.substring(PaginationProbe.RESULT.length()).trim().split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        values.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return new PaginationResult(
        Integer.parseInt(required(values, "pages", line)),
        Long.parseLong(required(values, "registrations", line)),
        Long.parseLong(required(values, "millis", line)),
        Long.parseLong(required(values, "peakHeap", line)),
        Long.parseLong(required(values, "liveHeap", line)),
        Long.parseLong(required(values, "maxHeap", line)),
        required(values, "gc", line));
  }

  private static String required(Map<String, String> values, String key, String line) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("the pagination probe's line has no " + key + ": " + line);
    }
    return value;
  }
}
