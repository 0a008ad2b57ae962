package io.github.schedkit.core.http;

import okhttp3.HttpUrl;

/**
 * The one same-origin rule of schedkit: a credential, a next-page link or an action link is only
 * used on the scheme, host and port of the API it came from.
 */
public final class Origins {
  private Origins() {}

  /**
   * Tells whether two URLs share an origin: the same scheme, host and port.
   *
   * @param a one URL
   * @param b the other URL
   * @return {@code true} if they have the same origin
   */
  public static boolean same(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }
}
