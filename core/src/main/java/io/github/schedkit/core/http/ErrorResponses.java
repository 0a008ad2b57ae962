package io.github.schedkit.core.http;

import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.ResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Turns an error response into its typed {@link ApiException}, reading a bounded part of the body. */
public final class ErrorResponses {
  private static final long MAX_BODY_BYTES = ResponseException.MAX_BODY_CHARS * 4L;

  private ErrorResponses() {}

  /**
   * Returns the exception for a response with a non-2xx status. Reads at most {@value
   * ResponseException#MAX_BODY_CHARS} characters of the body and does not close the response.
   *
   * @param operation the operation that failed
   * @param response the response
   * @param attempts how many times the request was sent
   * @return the typed exception for the status
   */
  public static ApiException toException(OperationInfo operation, Response response, int attempts) {
    return ApiException.of(operation, response.code(), response.headers(), readBounded(response.body()), attempts);
  }

  /** The first bytes of a fully received body as text, leaving {@code received} as it is. */
  static String bodyText(Buffer received) {
    Buffer prefix = new Buffer();
    received.copyTo(prefix, 0, Math.min(received.size(), MAX_BODY_BYTES));
    return prefix.readString(StandardCharsets.UTF_8);
  }

  private static String readBounded(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try {
      BufferedSource source = body.source();
      source.request(MAX_BODY_BYTES);
      return bodyText(source.getBuffer());
    } catch (IOException unreadable) {
      return "";
    }
  }
}
