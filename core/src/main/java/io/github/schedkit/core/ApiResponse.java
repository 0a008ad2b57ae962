package io.github.schedkit.core;

import okhttp3.Headers;

/**
 * A successful response: the HTTP status, the headers and the decoded body.
 *
 * @param <T> the decoded body
 */
public final class ApiResponse<T> {
  private final int statusCode;
  private final Headers headers;
  private final T body;

  /**
   * Creates a response.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param body the decoded body, {@code null} when the response had none
   */
  public ApiResponse(int statusCode, Headers headers, T body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
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

  /** Returns the status code; the body and headers are left out. */
  @Override
  public String toString() {
    return "ApiResponse{statusCode=" + statusCode + "}";
  }
}
