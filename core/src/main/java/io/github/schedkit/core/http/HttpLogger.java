package io.github.schedkit.core.http;

/** Receives the lines of HTTP logging; route them to your logging framework. */
public interface HttpLogger {

  /**
   * Logs one line.
   *
   * @param line the text, with credentials already redacted
   */
  void log(String line);
}
