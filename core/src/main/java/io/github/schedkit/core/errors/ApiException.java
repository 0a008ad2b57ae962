package io.github.schedkit.core.errors;

import io.github.schedkit.core.OperationInfo;
import okhttp3.Headers;

/**
 * The server answered with an HTTP status that is not a success. One subclass exists per status
 * family; {@link #of} picks it. Carries the status, the response headers and the raw body
 * (truncated to {@value ResponseException#MAX_BODY_CHARS} characters). The message quotes at most
 * a redacted {@link BodyExcerpt} of the body; {@link #body()} has the rest.
 */
public class ApiException extends ResponseException {
  private static final long serialVersionUID = 1L;

  /** How many times the request was sent. */
  private final int attempts;

  /**
   * Creates an API exception.
   *
   * @param operation the operation that failed
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param body the response body, possibly empty, already truncated
   * @param attempts how many times the request was sent
   */
  protected ApiException(
      OperationInfo operation, int statusCode, Headers headers, String body, int attempts) {
    this(operation, statusCode, headers, body, attempts, BodyExcerpt.quoted(body));
  }

  /**
   * Creates an API exception whose message ends with {@code detail} instead of the body excerpt.
   *
   * @param operation the operation that failed
   * @param statusCode the HTTP status code
   * @param headers the response headers
   * @param body the response body, possibly empty, already truncated
   * @param attempts how many times the request was sent
   * @param detail what the message says after the status; it must not quote more of the body than
   *     a {@link BodyExcerpt}
   */
  protected ApiException(
      OperationInfo operation, int statusCode, Headers headers, String body, int attempts, String detail) {
    super(message(operation, statusCode, detail, attempts), null, operation, statusCode, headers, body);
    this.attempts = attempts;
  }

  /**
   * Returns the exception matching {@code statusCode}.
   *
   * @param operation the operation that failed
   * @param statusCode the HTTP status code, not 2xx
   * @param headers the response headers
   * @param body the response body (truncated here if longer than {@value ResponseException#MAX_BODY_CHARS})
   * @param attempts how many times the request was sent
   * @return the typed exception for the status
   */
  public static ApiException of(
      OperationInfo operation, int statusCode, Headers headers, String body, int attempts) {
    String kept = keep(body);
    switch (statusCode) {
      case 400:
        return new BadRequestException(operation, headers, kept, attempts);
      case 401:
        return new UnauthorizedException(operation, headers, kept, attempts);
      case 402:
        return new PaymentRequiredException(operation, headers, kept, attempts);
      case 403:
        return new PermissionDeniedException(operation, headers, kept, attempts);
      case 404:
        return new NotFoundException(operation, headers, kept, attempts);
      case 409:
        return new ConflictException(operation, headers, kept, attempts);
      case 422:
        return new UnprocessableEntityException(operation, headers, kept, attempts);
      case 429:
        return new RateLimitException(operation, headers, kept, attempts);
      default:
        if (statusCode >= 500 && statusCode <= 599) {
          return new InternalServerException(operation, statusCode, headers, kept, attempts);
        }
        return new UnexpectedStatusException(operation, statusCode, headers, kept, attempts);
    }
  }

  /**
   * Returns how many times the request was sent before this failure was reported.
   *
   * @return the attempt count, at least 1
   */
  public int attempts() {
    return attempts;
  }

  private static String message(OperationInfo operation, int statusCode, String detail, int attempts) {
    StringBuilder message = new StringBuilder();
    message.append(operation).append(" failed with HTTP ").append(statusCode);
    if (attempts > 1) {
      message.append(" after ").append(attempts).append(" attempts");
    }
    if (detail != null && !detail.isEmpty()) {
      message.append(": ").append(detail);
    }
    return message.toString();
  }
}
