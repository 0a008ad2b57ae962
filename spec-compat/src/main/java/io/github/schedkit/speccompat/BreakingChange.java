package io.github.schedkit.speccompat;

import java.util.List;

/**
 * A change to a spec since its last release that breaks the wire contract or the generated SDK.
 *
 * @param spec the spec's file name, such as {@code cronofy.yaml}
 * @param operation the operation it affects, as {@code METHOD /path}
 * @param reasons what changed, one entry per finding
 */
public record BreakingChange(String spec, String operation, List<String> reasons) {
  /**
   * Creates a breaking change.
   *
   * @param spec the spec's file name
   * @param operation the operation, as {@code METHOD /path}
   * @param reasons what changed
   */
  public BreakingChange {
    reasons = List.copyOf(reasons);
  }

  @Override
  public String toString() {
    return spec + " " + operation + ": " + String.join("; ", reasons);
  }
}
