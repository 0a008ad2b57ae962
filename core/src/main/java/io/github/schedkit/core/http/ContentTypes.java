package io.github.schedkit.core.http;

import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * The media type of a response, parsed once per distinct {@code Content-Type} value instead of on
 * every response: OkHttp's {@code ResponseBody.contentType()} parses the header with regular
 * expressions each time it is asked, and an API answers with the same value again and again.
 * Remembers the last value parsed; a different value is parsed and remembered in its place.
 */
final class ContentTypes {
  private static volatile Parsed last = new Parsed("", null);

  private ContentTypes() {}

  /**
   * Returns the media type of a response's body: parsed from its {@code Content-Type} header, from
   * which OkHttp takes it too, or, without that header, what the body itself says (a body an
   * interceptor made).
   *
   * @param response the response
   * @param body its body
   * @return the media type, or {@code null} if there is none or the header is not a media type (as
   *     {@code ResponseBody.contentType()} answers)
   */
  static @Nullable MediaType of(Response response, ResponseBody body) {
    String value = response.header("Content-Type");
    if (value == null) {
      return body.contentType();
    }
    Parsed parsed = last;
    if (!parsed.value.equals(value)) {
      parsed = new Parsed(value, MediaType.parse(value));
      last = parsed;
    }
    return parsed.mediaType;
  }

  /** A header value and what it parsed to. */
  private static final class Parsed {
    final String value;
    final @Nullable MediaType mediaType;

    Parsed(String value, @Nullable MediaType mediaType) {
      this.value = value;
      this.mediaType = mediaType;
    }
  }
}
