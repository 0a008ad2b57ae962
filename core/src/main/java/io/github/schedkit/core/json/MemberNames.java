package io.github.schedkit.core.json;

import com.google.gson.stream.JsonReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The member names a model declares, numbered in the order given, so that a generated adapter can
 * switch on a member's number instead of its name. {@link Utf8JsonReader} matches a name's UTF-8
 * bytes against the table without making a {@code String}; any other reader matches the name it
 * read. {@link OpenEnumAdapter} numbers the texts of an open enum's constants the same way.
 */
public final class MemberNames {
  /** What {@link #indexOf} returns for a name the model does not declare. */
  public static final int UNDECLARED = -1;
  /** The most names {@link #matchAt} compares one by one. */
  private static final int TRIED_IN_TURN = 16;

  private final String[] names;
  private final byte[][] utf8;
  /**
   * The UTF-8 bytes of each name and its closing quote as little-endian {@link
   * ByteBuffer#getLong(int)} reads them from the JSON: at {@code [2 * number]} the first eight bytes,
   * at {@code [2 * number + 1]} the last eight (overlapping the first); for a name of fewer than
   * eight, both hold all its bytes under {@link #masks}. Comparing both words, and the {@link
   * #middleWords} of longer names, compares every byte.
   */
  private final long[] edgeWords;
  /** The words between the first and last of the names longer than 16 bytes with their quote. */
  private final long[] middleWords;
  /** Where each name's middle words start in {@link #middleWords}. */
  private final int[] firstMiddleWords;
  /**
   * Each name's length in UTF-8 with its closing quote, or 0 for a name that cannot be compared
   * with raw JSON (one with a quote, backslash or control character).
   */
  private final int[] quotedLengths;
  /** The bits of each name's edge words that hold its bytes. */
  private final long[] masks;
  /**
   * The name that followed each name (at {@code [number + 1]}), or began the object (at {@code [0]}),
   * the last time a reader saw it: where names arrive in the same order every time, matching is one
   * comparison. Readers on several threads may update it at once; any value is only a guess.
   */
  private final int[] followers;
  private final Map<String, Integer> byName = new HashMap<>();
  /** The length of the longest name in UTF-8. */
  private final int longest;
  /** Open-addressing table of name number + 1 by byte hash; 0 marks a free slot. */
  private final int[] slots;

  private MemberNames(String[] names) {
    this.names = names.clone();
    this.utf8 = new byte[names.length][];
    this.edgeWords = new long[names.length * 2];
    this.firstMiddleWords = new int[names.length];
    this.quotedLengths = new int[names.length];
    this.masks = new long[names.length];
    this.followers = new int[names.length + 1];
    this.slots = new int[Integer.highestOneBit(Math.max(names.length, 1) * 4 - 1) << 1];
    for (int i = 0; i < names.length; i++) {
      if (byName.put(names[i], i) != null) {
        throw new IllegalArgumentException("member name \"" + names[i] + "\" is given twice");
      }
      utf8[i] = names[i].getBytes(StandardCharsets.UTF_8);
      quotedLengths[i] = isComparableRaw(utf8[i]) ? utf8[i].length + 1 : 0;
      masks[i] = utf8[i].length + 1 >= 8 ? -1L : (1L << ((utf8[i].length + 1) * 8)) - 1;
      followers[i] = i;
      int slot = hash(utf8[i], 0, utf8[i].length) & (slots.length - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = i + 1;
    }
    this.middleWords = layOutWords(utf8, edgeWords, firstMiddleWords);
    int longestName = 0;
    for (byte[] name : utf8) {
      longestName = Math.max(longestName, name.length);
    }
    this.longest = longestName;
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
   * before {@code limit}, followed by its closing quote.
   *
   * @param previous the number of the name read before in the same object, or {@link #UNDECLARED}
   *     at its start
   * @param bytes the JSON, in little-endian order
   * @return the expected name's number, or {@link #UNDECLARED} if the bytes hold another name or
   *     there are fewer than eight bytes left
   */
  int predictedAfter(int previous, ByteBuffer bytes, int start, int limit) {
    int expected = followers[previous + 1];
    return expected < quotedLengths.length && isAt(expected, bytes, start, limit) ? expected : UNDECLARED;
  }

  /**
   * Returns which name starts at {@code bytes[start]} and ends before {@code limit}, followed by
   * its closing quote, trying each name of a table of at most {@value #TRIED_IN_TURN}.
   *
   * @param bytes the JSON, in little-endian order
   * @return the name's number, or {@link #UNDECLARED} if the bytes hold none of them, the table
   *     is larger, or there are fewer than eight bytes left
   */
  int matchAt(ByteBuffer bytes, int start, int limit) {
    int count = quotedLengths.length;
    for (int i = 0; count <= TRIED_IN_TURN && i < count; i++) {
      if (isAt(i, bytes, start, limit)) {
        return i;
      }
    }
    return UNDECLARED;
  }

  /** Compares a name and its closing quote with the bytes at {@code start}, eight at a time. */
  private boolean isAt(int index, ByteBuffer bytes, int start, int limit) {
    int quotedLength = quotedLengths[index];
    if (quotedLength == 0 || start + Math.max(quotedLength, 8) > limit) {
      return false;
    }
    long mask = masks[index];
    long firstDiffers = (bytes.getLong(start) & mask) ^ edgeWords[2 * index];
    long lastDiffers = (bytes.getLong(start + Math.max(quotedLength - 8, 0)) & mask) ^ edgeWords[2 * index + 1];
    if ((firstDiffers | lastDiffers) != 0) {
      return false;
    }
    for (int offset = 8, word = firstMiddleWords[index]; offset < quotedLength - 8; offset += 8, word++) {
      if (bytes.getLong(start + offset) != middleWords[word]) {
        return false;
      }
    }
    return true;
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
   * Returns the length of a name {@link #predictedAfter} or {@link #matchAt} matched, with its closing quote.
   *
   * @param index its number
   * @return its length in UTF-8 bytes, plus one
   */
  int quotedLength(int index) {
    return quotedLengths[index];
  }

  /**
   * Returns the length of the longest name.
   *
   * @return its length in UTF-8 bytes
   */
  int longest() {
    return longest;
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

  /**
   * Fills in the names' {@link #edgeWords} and where their middle words start.
   *
   * @return the {@link #middleWords}
   */
  private static long[] layOutWords(byte[][] names, long[] edgeWords, int[] firstMiddleWords) {
    int count = 0;
    for (int i = 0; i < names.length; i++) {
      firstMiddleWords[i] = count;
      count += Math.max(names[i].length - 8, 0) / 8;
    }
    long[] middleWords = new long[count];
    for (int i = 0; i < names.length; i++) {
      byte[] quoted = Arrays.copyOf(names[i], Math.max(names[i].length + 1, 8));
      quoted[names[i].length] = '"';
      ByteBuffer bytes = ByteBuffer.wrap(quoted).order(ByteOrder.LITTLE_ENDIAN);
      edgeWords[2 * i] = bytes.getLong(0);
      edgeWords[2 * i + 1] = bytes.getLong(quoted.length - 8);
      for (int offset = 8, word = firstMiddleWords[i]; offset < quoted.length - 8; offset += 8, word++) {
        middleWords[word] = bytes.getLong(offset);
      }
    }
    return middleWords;
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
