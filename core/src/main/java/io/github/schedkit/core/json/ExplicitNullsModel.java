package io.github.schedkit.core.json;

import java.util.Set;

/**
 * A request model that can send a member as JSON {@code null}, which a partial update ({@code
 * PATCH}) reads as "clear this value", while an absent member means "leave it unchanged". The
 * builders of such models have a {@code clearX()} method for every nullable member; decoding keeps
 * the members that arrived as {@code null}, so a decoded model encodes back to the same JSON.
 */
public interface ExplicitNullsModel {
  /**
   * Returns the JSON member names this object sends as {@code null}.
   *
   * @return the member names, in the order they were cleared, unmodifiable, never {@code null}
   */
  Set<String> explicitNulls();
}
