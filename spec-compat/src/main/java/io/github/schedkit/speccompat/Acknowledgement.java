package io.github.schedkit.speccompat;

/**
 * One acknowledged breaking change, as listed in {@code spec/breaking-changes.yaml}.
 *
 * @param spec the spec's file name, such as {@code cronofy.yaml}
 * @param operation the operation as the check reports it, {@code METHOD /path}
 * @param why why the change is needed; the release notes quote it
 */
public record Acknowledgement(String spec, String operation, String why) {
  /**
   * Tells whether this acknowledges a breaking change.
   *
   * @param change the change
   * @return whether the spec and the operation match
   */
  boolean covers(BreakingChange change) {
    return spec.equals(change.spec()) && operation.equals(change.operation());
  }
}
