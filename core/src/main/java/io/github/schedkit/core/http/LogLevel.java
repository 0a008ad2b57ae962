package io.github.schedkit.core.http;

/** How much of each HTTP exchange is logged. */
public enum LogLevel {
  /** Nothing (the default). */
  NONE,
  /** Request and response lines: method, URL, status, duration, size. */
  BASIC,
  /** Lines and headers; credential and cookie headers redacted. */
  HEADERS,
  /**
   * Lines, headers and bodies; credential and cookie headers redacted, and the bodies of calls
   * that carry credentials in the body (OAuth token calls) never logged.
   */
  BODY
}
