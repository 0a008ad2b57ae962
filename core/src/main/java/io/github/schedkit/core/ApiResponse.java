package io.github.schedkit.core;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A successful response: the HTTP status, the headers, the decoded body and, for operations that
 * unwrap an envelope, what stood beside the result in it.
 *
 * @param <T> the decoded body
 */
public final class ApiResponse<T extends @Nullable Object> {
  private final int statusCode;
  private final Headers headers;
  private final T body;
  private final Envelope envelope;

  /**
   * Creates a response of an operation that unwraps nothing.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param body the decoded body, {@code null} when the response had none
   */
  public ApiResponse(int statusCode, Headers headers, T body) {
    this(statusCode, headers, body, Envelope.none());
  }

  /**
   * Creates a response.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param body the decoded body (the unwrapped result), {@code null} when the response had none
   * @param envelope what stood beside the result, {@link Envelope#none()} when nothing was unwrapped
   */
  public ApiResponse(int statusCode, Headers headers, T body, Envelope envelope) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.envelope = envelope;
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status code, such as 200 or 201
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the decoded body.
   *
   * @return the body, {@code null} for responses without one
   */
  public T body() {
    return body;
  }

  /**
   * Returns what stood beside the result in the response's envelope, such as Cronofy's {@code sub}
   * next to {@code calendars}.
   *
   * @return the envelope; {@link Envelope#none()} when the operation unwraps nothing, and an
   *     envelope without members when the response came bare
   */
  public Envelope envelope() {
    return envelope;
  }

  /** Returns the status code; the body and headers are left out. */
  @Override
  public String toString() {
    return "ApiResponse{statusCode=" + statusCode + "}";
  }
}
