package io.github.schedkit.core.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The member names a model declares, numbered in the order given, so that a generated adapter can
 * switch on a member's number instead of its name. {@link Utf8JsonReader} matches a name's UTF-8
 * bytes against the table without making a {@code String}; any other reader matches the name it
 * read.
 */
public final class MemberNames {
  /** What {@link #indexOf} returns for a name the model does not declare. */
  public static final int UNDECLARED = -1;

  private final String[] names;
  private final byte[][] utf8;
  private final Map<String, Integer> byName = new HashMap<>();
  /** Open-addressing table of name number + 1 by byte hash; 0 marks a free slot. */
  private final int[] slots;

  private MemberNames(String[] names) {
    this.names = names.clone();
    this.utf8 = new byte[names.length][];
    this.slots = new int[Integer.highestOneBit(Math.max(names.length, 1) * 4 - 1) << 1];
    for (int i = 0; i < names.length; i++) {
      if (byName.put(names[i], i) != null) {
        throw new IllegalArgumentException("member name \"" + names[i] + "\" is given twice");
      }
      utf8[i] = names[i].getBytes(StandardCharsets.UTF_8);
      int slot = hash(utf8[i], 0, utf8[i].length) & (slots.length - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = i + 1;
    }
  }

  /**
   * Creates the table.
   *
   * @param names the declared names, each once; a name's number is its position
   * @return the table
   * @throws IllegalArgumentException if a name is given twice
   */
  public static MemberNames of(String... names) {
    return new MemberNames(names);
  }

  /**
   * Returns the number of a name.
   *
   * @param name the name
   * @return its number, or {@link #UNDECLARED}
   */
  public int indexOf(String name) {
    Integer index = byName.get(name);
    return index == null ? UNDECLARED : index;
  }

  /**
   * Returns the number of the name whose UTF-8 bytes are {@code bytes[start..start+length)}.
   *
   * @return its number, or {@link #UNDECLARED}
   */
  int indexOf(byte[] bytes, int start, int length) {
    int slot = hash(bytes, start, length) & (slots.length - 1);
    for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
      byte[] candidate = utf8[entry - 1];
      if (candidate.length == length && rangeEquals(candidate, bytes, start)) {
        return entry - 1;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
    return UNDECLARED;
  }

  /**
   * Returns a declared name.
   *
   * @param index its number
   * @return the name
   */
  String name(int index) {
    return names[index];
  }

  @Override
  public String toString() {
    return "MemberNames" + Arrays.toString(names);
  }

  private static boolean rangeEquals(byte[] candidate, byte[] bytes, int start) {
    for (int i = 0; i < candidate.length; i++) {
      if (candidate[i] != bytes[start + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(byte[] bytes, int start, int length) {
    int hash = length;
    for (int i = start; i < start + length; i++) {
      hash = hash * 31 + bytes[i];
    }
    return hash ^ (hash >>> 16);
  }
}
