package io.github.schedkit.core.http;

import okhttp3.Request;

/**
 * Puts one credential on a request (a header, usually). Implementations never reveal the secret
 * in {@code toString()}.
 */
public interface Credential {

  /**
   * Adds the credential to a request.
   *
   * @param request the request being built
   */
  void applyTo(Request.Builder request);

  /**
   * Returns the header the credential travels in, which logging redacts.
   *
   * @return the header name; {@code Authorization} unless overridden
   */
  default String headerName() {
    return "Authorization";
  }

  /**
   * A credential sent as a request header, such as {@code X-Jicoo-Api-Key: sk_live_...}.
   *
   * @param name the header name
   * @param value the secret value
   * @return the credential
   */
  static Credential header(String name, String value) {
    return new HeaderCredential(name, value);
  }

  /**
   * A credential sent as {@code Authorization: Bearer <token>}.
   *
   * @param token the token
   * @return the credential
   */
  static Credential bearer(String token) {
    return new HeaderCredential("Authorization", "Bearer " + token);
  }
}
