package io.github.schedkit.core.json;

import com.google.gson.stream.JsonReader;
import java.nio.ByteBuffer;
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
  /** Each name's whole eights of UTF-8 bytes, as {@link ByteBuffer#getLong(int)} reads them. */
  private final long[][] words;
  /** Whether a name's UTF-8 bytes can be compared with raw JSON: no quote, backslash or control character. */
  private final boolean[] comparableRaw;
  /**
   * The name that followed each name (at {@code [number + 1]}), or began the object (at {@code [0]}),
   * the last time a reader saw it: where names arrive in the same order every time, matching is one
   * comparison. Readers on several threads may update it at once; any value is only a guess.
   */
  private final int[] followers;
  private final Map<String, Integer> byName = new HashMap<>();
  /** Open-addressing table of name number + 1 by byte hash; 0 marks a free slot. */
  private final int[] slots;

  private MemberNames(String[] names) {
    this.names = names.clone();
    this.utf8 = new byte[names.length][];
    this.words = new long[names.length][];
    this.comparableRaw = new boolean[names.length];
    this.followers = new int[names.length + 1];
    this.slots = new int[Integer.highestOneBit(Math.max(names.length, 1) * 4 - 1) << 1];
    for (int i = 0; i < names.length; i++) {
      if (byName.put(names[i], i) != null) {
        throw new IllegalArgumentException("member name \"" + names[i] + "\" is given twice");
      }
      utf8[i] = names[i].getBytes(StandardCharsets.UTF_8);
      comparableRaw[i] = isComparableRaw(utf8[i]);
      words[i] = words(utf8[i]);
      followers[i] = i;
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
   * Returns what reads the member names of the reader's objects as numbers: the reader itself when
   * it matches names without making {@code String}s ({@link Utf8JsonReader}), otherwise one that
   * matches the names {@link JsonReader#nextName()} returns.
   *
   * @param in the reader
   * @return the name reader
   */
  public static MemberNameReader reader(JsonReader in) {
    return in instanceof MemberNameReader ? (MemberNameReader) in : new NamesFromStrings(in);
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
   * Tells whether the name expected after {@code previous} starts at {@code bytes[start]} and ends
   * before {@code limit}, followed by its closing quote; compared eight bytes at a time.
   *
   * @param previous the number of the name read before in the same object, or {@link #UNDECLARED}
   *     at its start
   * @return the expected name's number, or {@link #UNDECLARED} if the bytes hold another name
   */
  int predictedAfter(int previous, ByteBuffer bytes, int start, int limit) {
    int expected = followers[previous + 1];
    if (expected >= names.length || !comparableRaw[expected]) {
      return UNDECLARED;
    }
    byte[] candidate = utf8[expected];
    int end = start + candidate.length;
    if (end >= limit || bytes.get(end) != '"') {
      return UNDECLARED;
    }
    long[] candidateWords = words[expected];
    for (int i = 0; i < candidateWords.length; i++) {
      if (bytes.getLong(start + i * 8) != candidateWords[i]) {
        return UNDECLARED;
      }
    }
    for (int i = candidateWords.length * 8; i < candidate.length; i++) {
      if (bytes.get(start + i) != candidate[i]) {
        return UNDECLARED;
      }
    }
    return expected;
  }

  /**
   * Records that {@code index} followed {@code previous}, for {@link #predictedAfter}.
   *
   * @param previous the name read before, or {@link #UNDECLARED} at the start of an object
   * @param index the name read
   */
  void learn(int previous, int index) {
    followers[previous + 1] = index;
  }

  /**
   * Returns the length of a declared name in UTF-8.
   *
   * @param index its number
   * @return its length in bytes
   */
  int length(int index) {
    return utf8[index].length;
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

  private static long[] words(byte[] name) {
    ByteBuffer bytes = ByteBuffer.wrap(name);
    long[] words = new long[name.length / 8];
    for (int i = 0; i < words.length; i++) {
      words[i] = bytes.getLong(i * 8);
    }
    return words;
  }

  private static boolean isComparableRaw(byte[] name) {
    for (byte b : name) {
      if (b == '"' || b == '\\' || (b >= 0 && b < 0x20)) {
        return false;
      }
    }
    return true;
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
