package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status, but the body is not valid JSON for the expected
 * model (for example an HTML page, truncated JSON, or a value of the wrong type).
 *
 * <p>The message says what was expected and what came, such as {@code expected JSON, got
 * text/html: "<!DOCTYPE html><html>…"}, quoting at most a redacted {@link BodyExcerpt}; it never
 * carries the JSON library's troubleshooting advice. The status, headers, content type and body
 * (up to {@value ResponseException#MAX_BODY_CHARS} characters) are available from accessors.
 */
public class ResponseDecodingException extends ResponseException {
  private static final long serialVersionUID = 1L;

  /** Gson's advice appended to its messages: a "See https://..." line and "Use JsonReader..." hints. */
  private static final Pattern LIBRARY_ADVICE = Pattern.compile("\\s*See https?://\\S+\\s*$");

  private static final Pattern LENIENCY_HINT =
      Pattern.compile("Use JsonReader\\.set\\w+\\([^)]*\\) to accept malformed JSON");

  private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*: ");

  /**
   * Creates the exception for a failure without the response at hand (such as a token response
   * without a body).
   *
   * @param operation the operation whose response could not be decoded
   * @param expected the type that was expected, such as {@code Booking}
   * @param cause the parse failure
   */
  public ResponseDecodingException(OperationInfo operation, String expected, Throwable cause) {
    this(operation, expected, cause, 0, Headers.of(), "");
  }

  /**
   * Creates the exception with the response that could not be decoded.
   *
   * @param operation the operation whose response could not be decoded
   * @param expected the type that was expected, such as {@code Booking}
   * @param cause the parse failure
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param body the response body (truncated here if longer than {@value
   *     ResponseException#MAX_BODY_CHARS})
   */
  public ResponseDecodingException(
      OperationInfo operation, String expected, Throwable cause, int statusCode, Headers headers, String body) {
    super(
        "could not decode the response of "
            + operation
            + " as "
            + expected
            + ": "
            + describe(cause, headers.get("Content-Type"), body),
        cause,
        operation,
        statusCode,
        headers,
        body);
  }

  /**
   * Says what came instead of the expected JSON: the content type and an excerpt when the body is
   * not JSON, otherwise the parser's own finding (without its advice) and an excerpt.
   */
  private static String describe(Throwable cause, @Nullable String contentType, String body) {
    MediaType mediaType = contentType == null ? null : MediaType.parse(contentType);
    String excerpt = BodyExcerpt.quoted(body);
    if (mediaType != null && !isJson(mediaType)) {
      return "expected JSON, got "
          + mediaType.type()
          + "/"
          + mediaType.subtype()
          + (excerpt.isEmpty() ? " with an empty body" : ": " + excerpt);
    }
    String finding = finding(cause);
    return excerpt.isEmpty() ? finding : finding + "; the body starts with " + excerpt;
  }

  private static boolean isJson(MediaType mediaType) {
    return mediaType.subtype().equals("json") || mediaType.subtype().endsWith("+json");
  }

  /** The cause's message without a leading exception class name and without library advice. */
  private static String finding(Throwable cause) {
    String message = cause.getMessage();
    if (message == null || message.trim().isEmpty()) {
      return cause.getClass().getSimpleName();
    }
    message = EXCEPTION_PREFIX.matcher(message.trim()).replaceFirst("");
    message = LENIENCY_HINT.matcher(message).replaceAll("malformed JSON");
    message = LIBRARY_ADVICE.matcher(message).replaceAll("");
    return BodyExcerpt.redact(message.trim());
  }
}
