package io.github.schedkit.core.http;

import io.github.schedkit.core.errors.SchedkitException;
import java.io.IOException;

/**
 * Carries a typed {@link SchedkitException} out of an OkHttp interceptor, which may only throw
 * {@link IOException}. The call that runs the interceptor chain reports the carried exception
 * itself, for {@code execute()} and {@code enqueue()} alike, and the retry policy never sends the
 * request again because of it.
 */
public final class CarriedException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The exception the caller receives. */
  private final SchedkitException carried;

  /**
   * Wraps an exception to throw from an interceptor.
   *
   * @param carried the exception the caller receives
   */
  public CarriedException(SchedkitException carried) {
    super(carried.getMessage(), carried);
    this.carried = carried;
  }

  /**
   * Returns the exception the caller receives.
   *
   * @return the carried exception
   */
  public SchedkitException carried() {
    return carried;
  }
}
