package io.github.schedkit.core.json;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Base of the generated request models that can send a member as JSON {@code null}, which a
 * partial update ({@code PATCH}) reads as "clear this value", while an absent member means "leave
 * it unchanged". The builders of such models have a {@code clearX()} method for every nullable
 * member; decoding keeps the members that arrived as {@code null}, so a decoded model encodes back
 * to the same JSON.
 */
public abstract class ExplicitNullsModel {
  private transient Set<String> explicitNulls = Collections.emptySet();

  /** Creates a model without explicit nulls; for generated subclasses. */
  protected ExplicitNullsModel() {}

  /**
   * Returns the JSON member names this object sends as {@code null}.
   *
   * @return the member names, in the order they were cleared, never {@code null}
   */
  public final Set<String> explicitNulls() {
    return explicitNulls;
  }

  /**
   * Sets the members sent as {@code null}; used by generated builders and by the JSON adapter.
   *
   * @param members the JSON member names, copied
   */
  protected final void initExplicitNulls(Collection<String> members) {
    this.explicitNulls =
        members.isEmpty()
            ? Collections.<String>emptySet()
            : Collections.unmodifiableSet(new LinkedHashSet<>(members));
  }

  static void capture(ExplicitNullsModel model, Collection<String> members) {
    model.initExplicitNulls(members);
  }
}
