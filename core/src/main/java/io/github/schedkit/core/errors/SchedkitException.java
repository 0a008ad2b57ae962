package io.github.schedkit.core.errors;

/**
 * Base of every exception schedkit throws. Unchecked, like the exceptions of OkHttp's and
 * Retrofit's callers expect from a typed client: catch this to handle any SDK failure.
 *
 * <p>No subclass puts a credential (API key, token, client secret) into its message.
 */
public class SchedkitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public SchedkitException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public SchedkitException(String message, Throwable cause) {
    super(message, cause);
  }
}
