package io.github.schedkit.core.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds to each request the credential its operation needs, found through the {@link Endpoint}
 * tag that every schedkit request carries. Requests without the tag pass unchanged.
 */
public final class AuthInterceptor implements Interceptor {
  private final Credentials credentials;

  /**
   * Creates the interceptor.
   *
   * @param credentials the client's credentials
   */
  public AuthInterceptor(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Endpoint endpoint = request.tag(Endpoint.class);
    Credential credential = endpoint == null ? null : credentials.find(endpoint);
    if (credential == null) {
      return chain.proceed(request);
    }
    Request.Builder authorized = request.newBuilder();
    credential.applyTo(authorized);
    return chain.proceed(authorized.build());
  }
}
