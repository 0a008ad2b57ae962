package io.github.schedkit.core.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds to each request the credential its operation needs, found through the {@link CallContext}
 * tag that every schedkit request carries. Requests without the tag pass unchanged.
 *
 * <p>Installed as a network interceptor, it sees every hop of a call, and adds the credential only
 * to hops with the origin (scheme, host and port) of the call's own URL: a redirect to another
 * origin is followed without the credential. (OkHttp itself drops only {@code Authorization} on
 * such redirects, not API-key headers.)
 */
public final class AuthInterceptor implements Interceptor {
  /** Creates the interceptor. */
  public AuthInterceptor() {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext context = CallContext.of(request);
    Credential credential = context == null ? null : context.credential();
    if (credential == null || !Origins.same(request.url(), chain.call().request().url())) {
      return chain.proceed(request);
    }
    Request.Builder authorized = request.newBuilder();
    credential.applyTo(authorized);
    return chain.proceed(authorized.build());
  }
}
