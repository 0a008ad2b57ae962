package io.github.schedkit.bench.check;

/**
 * A side of a benchmark decoded something other than what the server sent: the run stops, since
 * timing a call that does not return the right values means nothing.
 */
public final class ValueMismatchException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what which value
   * @param expected what was sent
   * @param actual what was decoded
   */
  public ValueMismatchException(String what, Object expected, Object actual) {
    super(what + ": expected <" + expected + "> but decoded <" + actual + ">");
  }
}
