package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A failure that came with an HTTP response: an error status ({@link ApiException}) or a success
 * whose body could not be decoded ({@link ResponseDecodingException}). Carries the operation, the
 * status, the response headers and the raw body (truncated to {@value #MAX_BODY_CHARS}
 * characters); the message quotes at most a redacted {@link BodyExcerpt} of the body.
 */
public abstract class ResponseException extends SchedkitException {
  private static final long serialVersionUID = 1L;

  /** The longest body kept, in characters; longer bodies are truncated. */
  public static final int MAX_BODY_CHARS = 64 * 1024;

  private final transient OperationInfo operation;
  /** The HTTP status code, or 0 when the response was not at hand. */
  private final int statusCode;
  private final transient Headers headers;
  /** The response body, truncated. */
  private final String body;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param operation the operation that failed
   * @param statusCode the HTTP status code, or 0 when the response was not at hand
   * @param headers the response headers
   * @param body the response body (truncated here if longer than {@value #MAX_BODY_CHARS})
   */
  protected ResponseException(
      String message,
      @Nullable Throwable cause,
      OperationInfo operation,
      int statusCode,
      Headers headers,
      @Nullable String body) {
    super(message);
    if (cause != null) {
      initCause(cause); // without one, the cause stays open for initCause, as for any exception
    }
    this.operation = operation;
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = keep(body);
  }

  /**
   * Returns the operation that failed.
   *
   * @return the operation
   */
  public OperationInfo operation() {
    return operation;
  }

  /**
   * Returns the HTTP status code.
   *
   * @return the status code, such as 404; 0 when the response was not at hand
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the response headers.
   *
   * @return the headers, empty when the response was not at hand
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the response's {@code Content-Type}.
   *
   * @return the content type, such as {@code text/html; charset=utf-8}, or {@code null} when the
   *     response had none
   */
  public @Nullable String contentType() {
    return headers.get("Content-Type");
  }

  /**
   * Returns the raw response body, truncated to {@value #MAX_BODY_CHARS} characters.
   *
   * @return the body, empty when the response had none
   */
  public String body() {
    return body;
  }

  /** The body as kept: empty for {@code null}, cut to {@value #MAX_BODY_CHARS} characters. */
  static String keep(@Nullable String body) {
    return body == null ? "" : body.length() <= MAX_BODY_CHARS ? body : body.substring(0, MAX_BODY_CHARS);
  }
}
