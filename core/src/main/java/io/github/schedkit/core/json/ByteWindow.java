package io.github.schedkit.core.json;

import java.nio.charset.StandardCharsets;

/**
 * A reusable view of a range of bytes as characters, one byte a character, for parsers that read
 * ASCII text such as timestamps. A byte above 127 reads as a character no ASCII parser accepts.
 */
final class ByteWindow implements CharSequence {
  private byte[] bytes = new byte[0];
  private int start;
  private int length;

  /**
   * Points the window at a range.
   *
   * @return this window
   */
  ByteWindow over(byte[] bytes, int start, int length) {
    this.bytes = bytes;
    this.start = start;
    this.length = length;
    return this;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + " of " + length);
    }
    return (char) (bytes[start + index] & 0xff);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return toString().substring(from, to);
  }

  @Override
  public String toString() {
    return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
  }
}
