package io.github.schedkit.core.http;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * HTTP logging on OkHttp's logging interceptor, installed as a network interceptor after the
 * credential so that what is logged is what is sent: {@code Authorization}, {@code Cookie},
 * {@code Set-Cookie} and every credential header are redacted, and the bodies of calls that carry
 * credentials in the body ({@link Endpoint#sensitiveBody()}) are never logged. The values of secret
 * query parameters ({@link Endpoint#secretQuery()}) are redacted from the logged URLs.
 */
final class LoggingInterceptor implements Interceptor {
  private final LogLevel level;
  private final HttpLogger logger;
  private final Iterable<String> secretHeaders;
  private final HttpLoggingInterceptor full;
  private final HttpLoggingInterceptor withoutBodies;

  LoggingInterceptor(LogLevel level, HttpLogger logger, Iterable<String> secretHeaders) {
    this.level = level;
    this.logger = logger;
    this.secretHeaders = secretHeaders;
    this.full = create(level, logger, secretHeaders);
    this.withoutBodies = create(bodylessLevel(level), logger, secretHeaders);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    CallContext context = CallContext.of(chain.request());
    Endpoint endpoint = context == null ? null : context.endpoint();
    boolean sensitive = endpoint != null && endpoint.sensitiveBody();
    if (endpoint != null && endpoint.secretQuery().length > 0) {
      // Rare (lookups by token): a logger of its own that hides those query values.
      HttpLogger redacting = line -> logger.log(redactQuery(line, endpoint.secretQuery()));
      return create(sensitive ? bodylessLevel(level) : level, redacting, secretHeaders).intercept(chain);
    }
    return (sensitive ? withoutBodies : full).intercept(chain);
  }

  /** Replaces the values of the named query parameters in a logged line with {@code ██}. */
  static String redactQuery(String line, String[] names) {
    String redacted = line;
    for (String name : names) {
      redacted =
          redacted.replaceAll(
              "([?&]" + Pattern.quote(name) + "=)[^&\\s#]*", "$1" + Matcher.quoteReplacement("██"));
    }
    return redacted;
  }

  private static LogLevel bodylessLevel(LogLevel level) {
    return level == LogLevel.BODY ? LogLevel.HEADERS : level;
  }

  private static HttpLoggingInterceptor create(LogLevel level, HttpLogger logger, Iterable<String> secretHeaders) {
    HttpLoggingInterceptor interceptor = new HttpLoggingInterceptor(logger::log);
    interceptor.setLevel(HttpLoggingInterceptor.Level.valueOf(level.name()));
    interceptor.redactHeader("Authorization");
    interceptor.redactHeader("Proxy-Authorization");
    interceptor.redactHeader("Cookie");
    interceptor.redactHeader("Set-Cookie");
    for (String header : secretHeaders) {
      interceptor.redactHeader(header);
    }
    return interceptor;
  }
}
