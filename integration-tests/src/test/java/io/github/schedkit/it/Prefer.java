package io.github.schedkit.it;

import java.io.IOException;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends Prism's {@code Prefer} header (such as {@code code=404}) on the requests made inside
 * {@link #with}, to make the mock answer with a documented error response.
 */
final class Prefer implements Interceptor {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  static <T> T with(String preference, Supplier<T> action) {
    CURRENT.set(preference);
    try {
      return action.get();
    } finally {
      CURRENT.remove();
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String preference = CURRENT.get();
    if (preference == null) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(chain.request().newBuilder().header("Prefer", preference).build());
  }
}
