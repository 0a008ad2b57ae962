package io.github.schedkit.generator;

/**
 * Thrown when a spec says something the generated SDK cannot express, so that generation stops
 * with a message naming the schema or operation and the reason instead of writing Java that
 * does not compile or silently drops part of the spec.
 */
public final class SpecNotExpressibleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final String reason;

  private SpecNotExpressibleException(String kind, String subject, String reason) {
    super(kind + " \"" + subject + "\" cannot be generated: " + reason);
    this.subject = subject;
    this.reason = reason;
  }

  /**
   * A component schema the SDK cannot express.
   *
   * @param schema the schema name
   * @param reason what is wrong and how to fix it
   * @return the exception
   */
  public static SpecNotExpressibleException schema(String schema, String reason) {
    return new SpecNotExpressibleException("schema", schema, reason);
  }

  /**
   * An operation the SDK cannot express.
   *
   * @param operationId the operation id
   * @param reason what is wrong and how to fix it
   * @return the exception
   */
  public static SpecNotExpressibleException operation(String operationId, String reason) {
    return new SpecNotExpressibleException("operation", operationId, reason);
  }

  /**
   * A server the SDK cannot express.
   *
   * @param url the server's URL
   * @param reason what is wrong and how to fix it
   * @return the exception
   */
  public static SpecNotExpressibleException server(String url, String reason) {
    return new SpecNotExpressibleException("server", url, reason);
  }

  /**
   * A security scheme the SDK cannot express.
   *
   * @param scheme the scheme's name
   * @param reason what is wrong and how to fix it
   * @return the exception
   */
  public static SpecNotExpressibleException securityScheme(String scheme, String reason) {
    return new SpecNotExpressibleException("security scheme", scheme, reason);
  }

  /**
   * Returns the name of the schema, operation, server or security scheme at fault.
   *
   * @return the schema name, operation id, server URL or scheme name
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns why the SDK cannot express it.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
