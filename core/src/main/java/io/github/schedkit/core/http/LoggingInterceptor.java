package io.github.schedkit.core.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * HTTP logging on OkHttp's logging interceptor, installed as a network interceptor after the
 * credential so that what is logged is what is sent: {@code Authorization}, {@code Cookie},
 * {@code Set-Cookie} and every credential header are redacted, and the bodies of calls that carry
 * credentials in the body ({@link Endpoint#sensitiveBody()}) are never logged.
 */
final class LoggingInterceptor implements Interceptor {
  private final HttpLoggingInterceptor full;
  private final HttpLoggingInterceptor withoutBodies;

  LoggingInterceptor(LogLevel level, HttpLogger logger, Iterable<String> secretHeaders) {
    this.full = create(level, logger, secretHeaders);
    this.withoutBodies = create(level == LogLevel.BODY ? LogLevel.HEADERS : level, logger, secretHeaders);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Endpoint endpoint = chain.request().tag(Endpoint.class);
    boolean sensitive = endpoint != null && endpoint.sensitiveBody();
    return (sensitive ? withoutBodies : full).intercept(chain);
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
