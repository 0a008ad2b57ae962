package io.github.schedkit.core.errors;

/**
 * A per-call header was refused because it carries credentials ({@code Authorization}, {@code
 * Proxy-Authorization}, {@code Cookie} or the header of one of the client's credentials). The
 * client sends its own credentials; set them on the client builder. The message names the header,
 * never its value.
 */
public class CredentialHeaderException extends SchedkitException {
  private static final long serialVersionUID = 1L;

  /** The refused header name, as given. */
  private final String headerName;

  /**
   * Creates the exception.
   *
   * @param headerName the refused header name
   */
  public CredentialHeaderException(String headerName) {
    super(
        "refusing the per-call header '"
            + headerName
            + "': it carries credentials, which the client sends itself; set them on the client builder");
    this.headerName = headerName;
  }

  /**
   * Returns the refused header name, as given.
   *
   * @return the name
   */
  public String headerName() {
    return headerName;
  }
}
