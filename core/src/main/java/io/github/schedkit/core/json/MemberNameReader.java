package io.github.schedkit.core.json;

import java.io.IOException;

/**
 * Reads the member names of an object as numbers from a {@link MemberNames} table, which is how
 * generated adapters read their models' members. {@link Utf8JsonReader} does it without making a
 * {@code String} for a declared name.
 */
public interface MemberNameReader {
  /**
   * Reads the next member name.
   *
   * @param names the declared names
   * @return the name's number in {@code names}, or {@link MemberNames#UNDECLARED}, in which case
   *     {@link #undeclaredName()} returns it
   * @throws IOException if reading fails
   * @throws IllegalStateException if the next token is not a member name
   */
  int nextMember(MemberNames names) throws IOException;

  /**
   * Returns the name {@link #nextMember} last read when it was not declared.
   *
   * @return the name
   */
  String undeclaredName();
}
