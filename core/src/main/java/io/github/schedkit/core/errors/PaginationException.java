package io.github.schedkit.core.errors;

/**
 * The server's pagination data cannot be followed safely: a next-page link that points to
 * another host, or one that repeats the page just read.
 */
public class PaginationException extends SchedkitException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the pagination data
   */
  public PaginationException(String message) {
    super(message);
  }
}
