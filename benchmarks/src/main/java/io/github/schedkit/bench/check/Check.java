package io.github.schedkit.bench.check;

import java.time.OffsetDateTime;
import java.util.Objects;

/** Value checks of the benchmark harness: each side must decode exactly what the server sent. */
public final class Check {
  private Check() {}

  /**
   * Checks that two values are equal.
   *
   * @param what what the value is, for the failure message
   * @param expected the value sent
   * @param actual the value decoded
   * @throws ValueMismatchException if they differ
   */
  public static void equal(String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new ValueMismatchException(what, expected, actual);
    }
  }

  /**
   * Checks that a decoded timestamp denotes the instant that was sent.
   *
   * @param what what the value is, for the failure message
   * @param expected the timestamp sent
   * @param actual the timestamp decoded
   * @throws ValueMismatchException if they denote different instants, or one is missing
   */
  public static void sameInstant(String what, OffsetDateTime expected, OffsetDateTime actual) {
    if (actual == null || !expected.isEqual(actual)) {
      throw new ValueMismatchException(what, expected, actual);
    }
  }

  /**
   * Checks a condition.
   *
   * @param what what must hold, for the failure message
   * @param condition whether it holds
   * @throws ValueMismatchException if it does not
   */
  public static void that(String what, boolean condition) {
    if (!condition) {
      throw new ValueMismatchException(what, true, false);
    }
  }
}
