package io.github.schedkit.speccompat;

/** The acknowledgements file is not what {@link Acknowledgements} expects; the message says where. */
public final class AcknowledgementsFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and where
   */
  public AcknowledgementsFormatException(String message) {
    super(message);
  }
}
