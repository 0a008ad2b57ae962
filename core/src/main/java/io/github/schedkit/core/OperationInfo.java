package io.github.schedkit.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identifies an API operation for error messages and logs: its operationId, HTTP method and path
 * template (for example {@code getBooking}, {@code GET}, {@code /v1/bookings/{uid}}).
 *
 * <p>The path is the template from the spec, never the concrete URL, so no identifier or query
 * value reaches a message.
 */
public final class OperationInfo {
  private final String operationId;
  private final String method;
  private final String pathTemplate;

  /**
   * Creates operation information.
   *
   * @param operationId the spec's operationId
   * @param method the HTTP method
   * @param pathTemplate the path template, starting with {@code /}
   */
  public OperationInfo(String operationId, String method, String pathTemplate) {
    this.operationId = Objects.requireNonNull(operationId, "operationId");
    this.method = Objects.requireNonNull(method, "method");
    this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
  }

  /**
   * Returns the spec's operationId.
   *
   * @return the operationId, such as {@code getBooking}
   */
  public String operationId() {
    return operationId;
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method, such as {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path template.
   *
   * @return the template, such as {@code /v1/bookings/{uid}}
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** Returns {@code operationId (METHOD /path/template)}. */
  @Override
  public String toString() {
    return operationId + " (" + method + " " + pathTemplate + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof OperationInfo)) {
      return false;
    }
    OperationInfo that = (OperationInfo) o;
    return operationId.equals(that.operationId)
        && method.equals(that.method)
        && pathTemplate.equals(that.pathTemplate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operationId, method, pathTemplate);
  }
}
