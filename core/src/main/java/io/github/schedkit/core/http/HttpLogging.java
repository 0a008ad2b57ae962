package io.github.schedkit.core.http;

import okhttp3.Interceptor;

/** Creates the logging interceptor, with a clear error when OkHttp's logging jar is absent. */
public final class HttpLogging {
  private HttpLogging() {}

  /**
   * Returns the network interceptor that logs with redaction.
   *
   * @param level how much to log, not {@link LogLevel#NONE}
   * @param logger receives the lines
   * @param secretHeaders further headers to redact (those the client's credentials travel in)
   * @return the interceptor
   * @throws IllegalStateException if {@code com.squareup.okhttp3:logging-interceptor} is missing
   */
  public static Interceptor interceptor(LogLevel level, HttpLogger logger, Iterable<String> secretHeaders) {
    try {
      return new LoggingInterceptor(level, logger, secretHeaders);
    } catch (NoClassDefFoundError missing) {
      throw new IllegalStateException(
          "HTTP logging needs com.squareup.okhttp3:logging-interceptor (same version as okhttp) on the classpath",
          missing);
    }
  }
}
