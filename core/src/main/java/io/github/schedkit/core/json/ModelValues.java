package io.github.schedkit.core.json;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/** Read-only views of the collections generated models hold: their undeclared members and explicit nulls. */
public final class ModelValues {
  private ModelValues() {}

  /**
   * Returns a read-only view of a map, without copying it.
   *
   * @param map the map, or {@code null}
   * @param <V> the value type
   * @return the view; an empty map for {@code null}
   */
  public static <V> Map<String, V> readOnly(Map<String, V> map) {
    return map == null || map.isEmpty() ? Collections.<String, V>emptyMap() : Collections.unmodifiableMap(map);
  }

  /**
   * Returns a read-only view of a set, without copying it.
   *
   * @param set the set, or {@code null}
   * @return the view; an empty set for {@code null}
   */
  public static Set<String> readOnly(Set<String> set) {
    return set == null || set.isEmpty() ? Collections.<String>emptySet() : Collections.unmodifiableSet(set);
  }
}
