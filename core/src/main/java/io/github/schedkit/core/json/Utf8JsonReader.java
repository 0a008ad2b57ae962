package io.github.schedkit.core.json;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A {@link JsonReader} that reads RFC 8259 JSON straight from UTF-8 bytes: no charset decoder for
 * ASCII text, no {@code String} for a member name a {@link MemberNames} table declares, and no
 * {@code String} for a timestamp in the usual RFC 3339 form. Every adapter works on it unchanged,
 * through the ordinary methods, which behave as Gson's reader does in {@link Strictness#STRICT}
 * mode, or {@link Strictness#LEGACY_STRICT} (the default, and what {@link Strictness#LENIENT}
 * gets too: comments, unquoted and single-quoted text are never accepted): the same tokens, values,
 * paths and kinds of errors. Malformed UTF-8 in a string becomes U+FFFD, as it does through an
 * {@link java.io.InputStreamReader}. A leading byte order mark is skipped.
 */
public final class Utf8JsonReader extends JsonReader implements MemberNameReader {
  private static final Reader UNREADABLE =
      new Reader() {
        @Override
        public int read(char[] buffer, int offset, int length) {
          throw new AssertionError("Utf8JsonReader reads its own bytes");
        }

        @Override
        public void close() {}
      };

  /** Gson's message for syntax only its lenient mode accepts. */
  private static final String LENIENT_ONLY =
      "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON";
  private static final int DEFAULT_BUFFER_SIZE = 8192;
  /** Gson's reader gives up on a number longer than its 1,024-character buffer less one. */
  private static final int LONGEST_NUMBER = 1023;
  /** The longest timestamp the common form has: a nine-digit fraction and an offset. */
  private static final int LONGEST_TIMESTAMP = 35;
  /** The lengths of {@code 2024-03-01T20:00:00Z} and {@code 2024-03-01T20:00:00+01:00}. */
  private static final int USUAL_UTC_TIMESTAMP = 20;
  private static final int USUAL_ZONED_TIMESTAMP = 25;

  private static final int PEEKED_NONE = 0;
  private static final int PEEKED_BEGIN_OBJECT = 1;
  private static final int PEEKED_END_OBJECT = 2;
  private static final int PEEKED_BEGIN_ARRAY = 3;
  private static final int PEEKED_END_ARRAY = 4;
  private static final int PEEKED_TRUE = 5;
  private static final int PEEKED_FALSE = 6;
  private static final int PEEKED_NULL = 7;
  /** A string; {@code pos} is after its opening quote. */
  private static final int PEEKED_STRING = 8;
  /** A value already read into {@code peekedString}, after a failed number conversion. */
  private static final int PEEKED_BUFFERED = 9;
  /** A member name; {@code pos} is after its opening quote. */
  private static final int PEEKED_NAME = 10;
  private static final int PEEKED_LONG = 11;
  /** A number that is not a {@code long}; {@code peekedNumberLength} bytes at {@code pos}. */
  private static final int PEEKED_NUMBER = 12;
  private static final int PEEKED_EOF = 13;

  /** What the last character of a number so far was, as Gson's reader tracks it. */
  private static final int NUMBER_NONE = 0;
  private static final int NUMBER_SIGN = 1;
  private static final int NUMBER_DIGIT = 2;
  private static final int NUMBER_DECIMAL_POINT = 3;
  private static final int NUMBER_FRACTION_DIGIT = 4;
  private static final int NUMBER_EXPONENT_E = 5;
  private static final int NUMBER_EXPONENT_SIGN = 6;
  private static final int NUMBER_EXPONENT_DIGIT = 7;

  private static final int EMPTY_ARRAY = 1;
  private static final int NONEMPTY_ARRAY = 2;
  private static final int EMPTY_OBJECT = 3;
  private static final int DANGLING_NAME = 4;
  private static final int NONEMPTY_OBJECT = 5;
  private static final int EMPTY_DOCUMENT = 6;
  private static final int NONEMPTY_DOCUMENT = 7;
  private static final int CLOSED = 8;

  /** The bytes that end a run of plain text in a string: the quote, the backslash, control characters. */
  private static final boolean[] ENDS_PLAIN_TEXT = new boolean[256];

  /** Eight bytes of each value {@link #plainTextEnd} tests for, and the bits it reads the result from. */
  private static final long ONES = 0x0101010101010101L;
  private static final long SPACES = 0x2020202020202020L;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long BACKSLASHES = 0x5c5c5c5c5c5c5c5cL;
  private static final long HIGH_BITS = 0x8080808080808080L;

  static {
    for (int c = 0; c < 0x20; c++) {
      ENDS_PLAIN_TEXT[c] = true;
    }
    ENDS_PLAIN_TEXT['"'] = true;
    ENDS_PLAIN_TEXT['\\'] = true;
  }

  /** The input, or {@code null} when the whole document was given as an array. */
  private final @Nullable InputStream in;
  private byte[] buffer;
  /** {@link #buffer} as a little-endian {@link ByteBuffer}, to read eight bytes at a time. */
  private ByteBuffer bufferView;
  private int pos;
  private int limit;
  /** Bytes read before {@code buffer[0]}. */
  private long bufferStart;
  private long lineStart;
  private int lineNumber;
  private boolean bomChecked;

  private int peeked = PEEKED_NONE;
  private long peekedLong;
  private int peekedNumberLength;
  private @Nullable String peekedString;

  private int[] stack = new int[32];
  private int stackSize = 1;
  private String[] pathNames = new String[32];
  private int[] pathIndices = new int[32];
  /** For each object being read, the number of the declared member {@link #nextMember} read last. */
  private int[] lastMembers = new int[32];

  private String undeclaredName = "";
  private byte[] run = new byte[64];
  private final StringBuilder text = new StringBuilder();

  /**
   * Creates a reader of UTF-8 JSON.
   *
   * @param in the bytes; {@link #close()} closes them
   */
  public Utf8JsonReader(InputStream in) {
    this(in, DEFAULT_BUFFER_SIZE);
  }

  /**
   * Creates a reader of a whole UTF-8 JSON document held in memory. The reader reads the array in
   * place, without a buffer of its own, and never changes it, so the same array can be read again.
   *
   * @param json the document's bytes
   */
  public Utf8JsonReader(byte[] json) {
    super(UNREADABLE);
    if (json == null) {
      throw new NullPointerException("json == null");
    }
    this.in = null;
    this.buffer = json;
    this.bufferView = ByteBuffer.wrap(json).order(ByteOrder.LITTLE_ENDIAN);
    this.limit = json.length;
    stack[0] = EMPTY_DOCUMENT;
  }

  /** Creates a reader with a buffer of the given size (small sizes test tokens across refills). */
  Utf8JsonReader(InputStream in, int bufferSize) {
    super(UNREADABLE);
    if (in == null) {
      throw new NullPointerException("in == null");
    }
    this.in = in;
    this.buffer = new byte[Math.max(bufferSize, 8)];
    this.bufferView = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
    stack[0] = EMPTY_DOCUMENT;
  }

  @Override
  public void beginArray() throws IOException {
    if (peekInternal() != PEEKED_BEGIN_ARRAY) {
      throw unexpected("BEGIN_ARRAY");
    }
    push(EMPTY_ARRAY);
    pathIndices[stackSize - 1] = 0;
    peeked = PEEKED_NONE;
  }

  @Override
  public void endArray() throws IOException {
    if (peekInternal() != PEEKED_END_ARRAY) {
      throw unexpected("END_ARRAY");
    }
    stackSize--;
    pathIndices[stackSize - 1]++;
    peeked = PEEKED_NONE;
  }

  @Override
  public void beginObject() throws IOException {
    if (peekInternal() != PEEKED_BEGIN_OBJECT) {
      throw unexpected("BEGIN_OBJECT");
    }
    push(EMPTY_OBJECT);
    peeked = PEEKED_NONE;
  }

  @Override
  public void endObject() throws IOException {
    if (peekInternal() != PEEKED_END_OBJECT) {
      throw unexpected("END_OBJECT");
    }
    stackSize--;
    pathNames[stackSize] = null;
    pathIndices[stackSize - 1]++;
    peeked = PEEKED_NONE;
  }

  @Override
  public boolean hasNext() throws IOException {
    int p = peekInternal();
    return p != PEEKED_END_OBJECT && p != PEEKED_END_ARRAY && p != PEEKED_EOF;
  }

  @Override
  public JsonToken peek() throws IOException {
    switch (peekInternal()) {
      case PEEKED_BEGIN_OBJECT:
        return JsonToken.BEGIN_OBJECT;
      case PEEKED_END_OBJECT:
        return JsonToken.END_OBJECT;
      case PEEKED_BEGIN_ARRAY:
        return JsonToken.BEGIN_ARRAY;
      case PEEKED_END_ARRAY:
        return JsonToken.END_ARRAY;
      case PEEKED_NAME:
        return JsonToken.NAME;
      case PEEKED_TRUE:
      case PEEKED_FALSE:
        return JsonToken.BOOLEAN;
      case PEEKED_NULL:
        return JsonToken.NULL;
      case PEEKED_STRING:
      case PEEKED_BUFFERED:
        return JsonToken.STRING;
      case PEEKED_LONG:
      case PEEKED_NUMBER:
        return JsonToken.NUMBER;
      default:
        return JsonToken.END_DOCUMENT;
    }
  }

  @Override
  public String nextName() throws IOException {
    if (peekInternal() != PEEKED_NAME) {
      throw unexpected("a name");
    }
    String name = readString();
    peeked = PEEKED_NONE;
    pathNames[stackSize - 1] = name;
    return name;
  }

  /**
   * Reads the next member name without making a {@code String} for it when {@code names} declares
   * it and it has no escapes. The member the table expects next (see {@link
   * MemberNames#predictedAfter}) is compared in place, without looking for the end of the name.
   */
  @Override
  public int nextMember(MemberNames names) throws IOException {
    if (peekInternal() != PEEKED_NAME) {
      throw unexpected("a name");
    }
    int top = stackSize - 1;
    int previous = lastMembers[top];
    int index = names.predictedAfter(previous, bufferView, pos, limit);
    String name;
    if (index != MemberNames.UNDECLARED) {
      name = names.name(index);
      pos += names.quotedLength(index);
    } else {
      int end = plainStringEnd(buffer.length - 1);
      if (end < 0) {
        name = readString();
        index = names.indexOf(name);
      } else {
        index = names.indexOf(buffer, pos, end - pos);
        name = index == MemberNames.UNDECLARED ? utf8(buffer, pos, end - pos) : names.name(index);
        pos = end + 1;
      }
      if (index == MemberNames.UNDECLARED) {
        undeclaredName = name;
      } else {
        names.learn(previous, index);
      }
    }
    if (index != MemberNames.UNDECLARED) {
      lastMembers[top] = index;
    }
    peeked = PEEKED_NONE;
    pathNames[top] = name;
    return index;
  }

  @Override
  public String undeclaredName() {
    return undeclaredName;
  }

  /**
   * Reads the next value if {@code in} is a {@code Utf8JsonReader} and the value is a string,
   * without escapes, whose text {@code texts} declares: matched in the bytes, without making a
   * {@code String}.
   *
   * @param in the reader
   * @param texts the texts to match
   * @return the text's number in {@code texts}; or {@link MemberNames#UNDECLARED}, having read
   *     nothing, for any other reader or value
   * @throws IOException if reading fails
   */
  static int nextDeclaredString(JsonReader in, MemberNames texts) throws IOException {
    return in instanceof Utf8JsonReader ? ((Utf8JsonReader) in).nextDeclaredString(texts) : MemberNames.UNDECLARED;
  }

  private int nextDeclaredString(MemberNames texts) throws IOException {
    if (peekInternal() != PEEKED_STRING) {
      return MemberNames.UNDECLARED;
    }
    int index = texts.matchAt(bufferView, pos, limit);
    int end;
    if (index != MemberNames.UNDECLARED) {
      end = pos + texts.quotedLength(index) - 1;
    } else {
      // Too near the end of the buffer, a large table, or another text: find where the string ends.
      end = plainStringEnd(texts.longest());
      index = end < 0 ? MemberNames.UNDECLARED : texts.indexOf(buffer, pos, end - pos);
    }
    if (index != MemberNames.UNDECLARED) {
      pos = end + 1;
      peeked = PEEKED_NONE;
      pathIndices[stackSize - 1]++;
    }
    return index;
  }

  /**
   * Reads the next value as a timestamp straight from the bytes, if {@code in} is a {@code
   * Utf8JsonReader} and the value is a string in the common RFC 3339 form that {@link
   * Json#parseTimestamp} reads directly ({@code 2024-03-01T20:00:00[.fff]Z} or with a {@code
   * +hh:mm} offset) within the years 0000 to 9999 in UTC. The result is what {@code
   * Json.parseTimestamp(in.nextString())} gives.
   *
   * @param in the reader
   * @return the timestamp, or {@code null}, having read nothing, for any other reader or value:
   *     read it with {@link JsonReader#nextString()} and {@link Json#parseTimestamp}
   * @throws IOException if reading fails
   */
  public static @Nullable OffsetDateTime nextCommonTimestamp(JsonReader in) throws IOException {
    return in instanceof Utf8JsonReader ? ((Utf8JsonReader) in).nextCommonTimestamp() : null;
  }

  private @Nullable OffsetDateTime nextCommonTimestamp() throws IOException {
    if (peekInternal() != PEEKED_STRING) {
      return null;
    }
    int end = usualTimestampEnd();
    OffsetDateTime timestamp = end < 0 ? null : TimestampParser.parseCommonForm(bufferView, pos, end - pos);
    if (timestamp == null) {
      end = plainStringEnd(LONGEST_TIMESTAMP);
      if (end < 0) {
        return null;
      }
      timestamp = TimestampParser.parseCommonForm(bufferView, pos, end - pos);
    }
    if (timestamp == null || (isEdgeYear(timestamp.getYear()) && !Json.isRfc3339Instant(timestamp))) {
      return null;
    }
    pos = end + 1;
    peeked = PEEKED_NONE;
    pathIndices[stackSize - 1]++;
    return timestamp;
  }

  /**
   * Returns where a timestamp of the two usual lengths, {@code 2024-03-01T20:00:00Z} and {@code
   * 2024-03-01T20:00:00+01:00}, would end, if a quote is there, without scanning the string; -1
   * otherwise. The quote ends the string when the bytes before it are a timestamp of the common
   * form, as that form has no quote or backslash.
   */
  private int usualTimestampEnd() {
    int utc = pos + USUAL_UTC_TIMESTAMP;
    if (utc < limit && buffer[utc] == '"') {
      return utc;
    }
    int zoned = pos + USUAL_ZONED_TIMESTAMP;
    return zoned < limit && buffer[zoned] == '"' ? zoned : -1;
  }

  /** Whether a year's timestamps can fall outside 0000 to 9999 in UTC, given an offset of at most 18 hours. */
  private static boolean isEdgeYear(int year) {
    return year == 0 || year == 9999;
  }

  @Override
  public String nextString() throws IOException {
    int p = peekInternal();
    String result;
    if (p == PEEKED_STRING) {
      result = readString();
    } else if (p == PEEKED_BUFFERED) {
      result = peekedString;
      peekedString = null;
    } else if (p == PEEKED_LONG) {
      result = Long.toString(peekedLong);
    } else if (p == PEEKED_NUMBER) {
      result = takeNumber();
    } else {
      throw unexpected("a string");
    }
    peeked = PEEKED_NONE;
    pathIndices[stackSize - 1]++;
    return result;
  }

  @Override
  public boolean nextBoolean() throws IOException {
    int p = peekInternal();
    if (p != PEEKED_TRUE && p != PEEKED_FALSE) {
      throw unexpected("a boolean");
    }
    peeked = PEEKED_NONE;
    pathIndices[stackSize - 1]++;
    return p == PEEKED_TRUE;
  }

  @Override
  public void nextNull() throws IOException {
    if (peekInternal() != PEEKED_NULL) {
      throw unexpected("null");
    }
    peeked = PEEKED_NONE;
    pathIndices[stackSize - 1]++;
  }

  @Override
  public double nextDouble() throws IOException {
    int p = peekInternal();
    if (p == PEEKED_LONG) {
      peeked = PEEKED_NONE;
      pathIndices[stackSize - 1]++;
      return (double) peekedLong;
    }
    if (p == PEEKED_NUMBER) {
      peekedString = takeNumber();
    } else if (p == PEEKED_STRING) {
      peekedString = readString();
    } else if (p != PEEKED_BUFFERED) {
      throw unexpected("a double");
    }
    peeked = PEEKED_BUFFERED;
    double result = Double.parseDouble(peekedString);
    if (getStrictness() != Strictness.LENIENT && (Double.isNaN(result) || Double.isInfinite(result))) {
      throw new MalformedJsonException("JSON forbids NaN and infinities: " + result + locationString());
    }
    peekedString = null;
    peeked = PEEKED_NONE;
    pathIndices[stackSize - 1]++;
    return result;
  }

  @Override
  public long nextLong() throws IOException {
    return nextWhole("a long", Long.MIN_VALUE, Long.MAX_VALUE);
  }

  @Override
  public int nextInt() throws IOException {
    return (int) nextWhole("an int", Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /**
   * Reads a whole number between {@code min} and {@code max} as Gson's {@code nextLong} and
   * {@code nextInt} do: a number literal, or a string holding one; a fraction or exponent only if
   * its value is whole.
   */
  private long nextWhole(String expected, long min, long max) throws IOException {
    int p = peekInternal();
    if (p == PEEKED_LONG) {
      if (peekedLong < min || peekedLong > max) {
        throw new NumberFormatException("Expected " + expected + " but was " + peekedLong + locationString());
      }
      peeked = PEEKED_NONE;
      pathIndices[stackSize - 1]++;
      return peekedLong;
    }
    String value = bufferNumberText(p, expected);
    if (p == PEEKED_STRING) {
      try {
        long result = Long.parseLong(value);
        if (result >= min && result <= max) {
          peeked = PEEKED_NONE;
          pathIndices[stackSize - 1]++;
          return result;
        }
      } catch (NumberFormatException notWhole) {
        // Read it as a double below, as Gson does.
      }
    }
    peeked = PEEKED_BUFFERED;
    double asDouble = Double.parseDouble(value);
    long result = (long) asDouble;
    if (asDouble < min || asDouble > max || result != asDouble) {
      throw new NumberFormatException("Expected " + expected + " but was " + value + locationString());
    }
    peekedString = null;
    peeked = PEEKED_NONE;
    pathIndices[stackSize - 1]++;
    return result;
  }

  @Override
  public void skipValue() throws IOException {
    int count = 0;
    do {
      int p = peekInternal();
      switch (p) {
        case PEEKED_BEGIN_ARRAY:
          push(EMPTY_ARRAY);
          count++;
          break;
        case PEEKED_BEGIN_OBJECT:
          push(EMPTY_OBJECT);
          count++;
          break;
        case PEEKED_END_ARRAY:
          stackSize--;
          count--;
          break;
        case PEEKED_END_OBJECT:
          if (count == 0) {
            pathNames[stackSize - 1] = null;
          }
          stackSize--;
          count--;
          break;
        case PEEKED_STRING:
          skipString();
          break;
        case PEEKED_NAME:
          skipString();
          if (count == 0) {
            pathNames[stackSize - 1] = "<skipped>";
          }
          break;
        case PEEKED_NUMBER:
          pos += peekedNumberLength;
          break;
        case PEEKED_EOF:
          return;
        default:
          break;
      }
      peeked = PEEKED_NONE;
    } while (count > 0);
    pathIndices[stackSize - 1]++;
  }

  @Override
  public void close() throws IOException {
    peeked = PEEKED_NONE;
    stack[0] = CLOSED;
    stackSize = 1;
    if (in != null) {
      in.close();
    }
  }

  @Override
  public String getPath() {
    return path(false);
  }

  @Override
  public String getPreviousPath() {
    return path(true);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + locationString();
  }

  /**
   * Reads the text of a string or number for a conversion to {@code long} or {@code int}, as Gson
   * does, which rejects a string with non-ASCII characters as malformed.
   */
  private String bufferNumberText(int p, String expected) throws IOException {
    if (p == PEEKED_NUMBER) {
      peekedString = takeNumber();
    } else if (p == PEEKED_STRING) {
      String text = readString();
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) >= 0x80) {
          throw new MalformedJsonException("String contains non-ASCII characters: " + text + locationString());
        }
      }
      peekedString = text;
    } else {
      throw unexpected(expected);
    }
    return peekedString;
  }

  private String takeNumber() {
    String number = new String(buffer, pos, peekedNumberLength, StandardCharsets.ISO_8859_1);
    pos += peekedNumberLength;
    return number;
  }

  private int peekInternal() throws IOException {
    int p = peeked;
    return p == PEEKED_NONE ? doPeek() : p;
  }

  private int doPeek() throws IOException {
    int peekStack = stack[stackSize - 1];
    if (peekStack == EMPTY_ARRAY) {
      stack[stackSize - 1] = NONEMPTY_ARRAY;
    } else if (peekStack == NONEMPTY_ARRAY) {
      int c = nextNonWhitespace(true);
      if (c == ']') {
        return peeked = PEEKED_END_ARRAY;
      } else if (c != ',') {
        throw syntaxError(c == ';' ? LENIENT_ONLY : "Unterminated array");
      }
    } else if (peekStack == EMPTY_OBJECT || peekStack == NONEMPTY_OBJECT) {
      stack[stackSize - 1] = DANGLING_NAME;
      if (peekStack == NONEMPTY_OBJECT) {
        int c = nextNonWhitespace(true);
        if (c == '}') {
          return peeked = PEEKED_END_OBJECT;
        } else if (c != ',') {
          throw syntaxError(c == ';' ? LENIENT_ONLY : "Unterminated object");
        }
      }
      int c = nextNonWhitespace(true);
      if (c == '"') {
        return peeked = PEEKED_NAME;
      } else if (c == '}' && peekStack != NONEMPTY_OBJECT) {
        return peeked = PEEKED_END_OBJECT;
      }
      throw syntaxError(c == '}' ? "Expected name" : LENIENT_ONLY);
    } else if (peekStack == DANGLING_NAME) {
      stack[stackSize - 1] = NONEMPTY_OBJECT;
      int c = nextNonWhitespace(true);
      if (c != ':') {
        throw syntaxError(c == '=' ? LENIENT_ONLY : "Expected ':'");
      }
    } else if (peekStack == EMPTY_DOCUMENT) {
      stack[stackSize - 1] = NONEMPTY_DOCUMENT;
    } else if (peekStack == NONEMPTY_DOCUMENT) {
      if (nextNonWhitespace(false) == -1) {
        return peeked = PEEKED_EOF;
      }
      pos--;
      throw syntaxError(LENIENT_ONLY);
    } else if (peekStack == CLOSED) {
      throw new IllegalStateException("JsonReader is closed");
    }
    int c = nextNonWhitespace(true);
    switch (c) {
      case ']':
        if (peekStack == EMPTY_ARRAY) {
          return peeked = PEEKED_END_ARRAY;
        }
        throw syntaxError("Unexpected value");
      case '"':
        return peeked = PEEKED_STRING;
      case '[':
        return peeked = PEEKED_BEGIN_ARRAY;
      case '{':
        return peeked = PEEKED_BEGIN_OBJECT;
      case 't':
        return peekKeyword("true", PEEKED_TRUE);
      case 'f':
        return peekKeyword("false", PEEKED_FALSE);
      case 'n':
        return peekKeyword("null", PEEKED_NULL);
      case 'T':
      case 'F':
      case 'N':
        if (getStrictness() == Strictness.STRICT) {
          break;
        }
        if (c == 'T') {
          return peekKeyword("true", PEEKED_TRUE);
        }
        return c == 'F' ? peekKeyword("false", PEEKED_FALSE) : peekKeyword("null", PEEKED_NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          pos--;
          return peekNumber();
        }
    }
    pos--;
    throw syntaxError(isDelimiter(c) ? "Expected value" : LENIENT_ONLY);
  }

  /** Matches a keyword whose first character was just read, upper case allowed unless strict. */
  private int peekKeyword(String keyword, int token) throws IOException {
    pos--;
    int length = keyword.length();
    if (!require(length)) {
      throw syntaxError(limit - pos == 0 ? "Expected value" : LENIENT_ONLY);
    }
    boolean upperAllowed = getStrictness() != Strictness.STRICT;
    for (int i = 0; i < length; i++) {
      int b = buffer[pos + i];
      char expected = keyword.charAt(i);
      if (b != expected && !(upperAllowed && b == Character.toUpperCase(expected))) {
        throw syntaxError(LENIENT_ONLY);
      }
    }
    pos += length;
    requireDelimiterAfterLiteral();
    return peeked = token;
  }

  /** Reads a number at {@code pos} as Gson does: a {@code long} where it fits, its text otherwise. */
  private int peekNumber() throws IOException {
    long value = 0;
    boolean negative = false;
    boolean fitsInLong = true;
    int last = NUMBER_NONE;
    int i = 0;
    while (true) {
      if (pos + i == limit && !require(i + 1)) {
        break;
      }
      if (i > LONGEST_NUMBER) {
        throw syntaxError(LENIENT_ONLY);
      }
      int c = buffer[pos + i];
      if (c == '-' && last == NUMBER_NONE) {
        negative = true;
        last = NUMBER_SIGN;
      } else if ((c == '-' || c == '+') && last == NUMBER_EXPONENT_E) {
        last = NUMBER_EXPONENT_SIGN;
      } else if ((c == 'e' || c == 'E') && (last == NUMBER_DIGIT || last == NUMBER_FRACTION_DIGIT)) {
        last = NUMBER_EXPONENT_E;
      } else if (c == '.' && last == NUMBER_DIGIT) {
        last = NUMBER_DECIMAL_POINT;
      } else if (c >= '0' && c <= '9') {
        if (last == NUMBER_NONE || last == NUMBER_SIGN) {
          value = -(c - '0');
          last = NUMBER_DIGIT;
        } else if (last == NUMBER_DIGIT) {
          if (value == 0) {
            throw syntaxError(LENIENT_ONLY);
          }
          long newValue = value * 10 - (c - '0');
          fitsInLong &= value > Long.MIN_VALUE / 10 || (value == Long.MIN_VALUE / 10 && newValue < value);
          value = newValue;
        } else if (last == NUMBER_DECIMAL_POINT) {
          last = NUMBER_FRACTION_DIGIT;
        } else if (last == NUMBER_EXPONENT_E || last == NUMBER_EXPONENT_SIGN) {
          last = NUMBER_EXPONENT_DIGIT;
        }
      } else if (isDelimiter(c)) {
        break;
      } else {
        throw syntaxError(LENIENT_ONLY);
      }
      i++;
    }
    if (i > LONGEST_NUMBER) {
      throw syntaxError(LENIENT_ONLY);
    }
    if (last == NUMBER_DIGIT && fitsInLong && (value != Long.MIN_VALUE || negative) && (value != 0 || !negative)) {
      peekedLong = negative ? value : -value;
      pos += i;
      return peeked = PEEKED_LONG;
    } else if (last == NUMBER_DIGIT || last == NUMBER_FRACTION_DIGIT || last == NUMBER_EXPONENT_DIGIT) {
      peekedNumberLength = i;
      return peeked = PEEKED_NUMBER;
    }
    throw syntaxError(LENIENT_ONLY);
  }

  /** Fails unless what follows a keyword ends it: a structural character, whitespace or the end. */
  private void requireDelimiterAfterLiteral() throws IOException {
    if ((pos < limit || require(1)) && !isDelimiter(buffer[pos])) {
      throw syntaxError(LENIENT_ONLY);
    }
  }

  private static boolean isDelimiter(int c) {
    switch (c) {
      case '{':
      case '}':
      case '[':
      case ']':
      case ':':
      case ',':
      case ' ':
      case '\t':
      case '\f':
      case '\r':
      case '\n':
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns the index of the closing quote of the string at {@code pos} if it is at most {@code
   * longest} bytes of ASCII or UTF-8 without escapes or control characters, loading it into the
   * buffer; -1 otherwise.
   */
  private int plainStringEnd(int longest) throws IOException {
    int offset = 0;
    while (true) {
      byte[] bytes = buffer;
      int start = pos;
      int end = Math.min(limit, start + longest + 1);
      int p = plainTextEnd(start + offset, end);
      if (p < end) {
        return bytes[p] == '"' ? p : -1;
      }
      offset = p - start;
      if (offset > longest || !require(offset + 1)) {
        return -1;
      }
    }
  }

  /**
   * Returns the index of the first byte from {@code p} that ends a run of plain text in a string
   * (see {@link #ENDS_PLAIN_TEXT}), or {@code end} if none comes before it. Eight bytes at a time
   * are tested together: a byte is flagged where it is a quote, a backslash or below 0x20, and the
   * first flag is exact, since borrows carry only towards later bytes.
   */
  private int plainTextEnd(int p, int end) {
    ByteBuffer view = bufferView;
    while (p + 8 <= end) {
      long word = view.getLong(p);
      long quote = word ^ QUOTES;
      long backslash = word ^ BACKSLASHES;
      long flags = ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (word - SPACES) & ~word) & HIGH_BITS;
      if (flags != 0) {
        return p + (Long.numberOfTrailingZeros(flags) >>> 3);
      }
      p += 8;
    }
    byte[] bytes = buffer;
    while (p < end && !ENDS_PLAIN_TEXT[bytes[p] & 0xff]) {
      p++;
    }
    return p;
  }

  /** Reads the string at {@code pos} to its closing quote, which it consumes. */
  private String readString() throws IOException {
    byte[] bytes = buffer;
    int l = limit;
    int p = plainTextEnd(pos, l);
    if (p < l && bytes[p] == '"') {
      String result = utf8(bytes, pos, p - pos);
      pos = p + 1;
      return result;
    }
    return readStringInParts(getStrictness() == Strictness.STRICT);
  }

  /** Reads a string with escapes or across buffer refills, decoding each run of raw bytes whole. */
  private String readStringInParts(boolean strict) throws IOException {
    text.setLength(0);
    int runLength = 0;
    while (true) {
      if (pos == limit && !require(1)) {
        throw syntaxError("Unterminated string");
      }
      byte b = buffer[pos++];
      if (b == '"') {
        appendRun(runLength);
        return text.toString();
      } else if (b == '\\') {
        appendRun(runLength);
        runLength = 0;
        text.append(readEscapeCharacter());
      } else if (strict && b >= 0 && b < 0x20) {
        pos--;
        throw syntaxError("Unescaped control characters (\\u0000-\\u001F) are not allowed in strict mode");
      } else {
        if (runLength == run.length) {
          run = Arrays.copyOf(run, runLength * 2);
        }
        run[runLength++] = b;
      }
    }
  }

  private void appendRun(int runLength) {
    if (runLength > 0) {
      text.append(utf8(run, 0, runLength));
    }
  }

  private void skipString() throws IOException {
    while (true) {
      if (pos == limit && !require(1)) {
        throw syntaxError("Unterminated string");
      }
      byte b = buffer[pos++];
      if (b == '"') {
        return;
      } else if (b == '\\') {
        readEscapeCharacter();
      }
    }
  }

  private char readEscapeCharacter() throws IOException {
    if (pos == limit && !require(1)) {
      throw syntaxError("Unterminated escape sequence");
    }
    byte escaped = buffer[pos++];
    switch (escaped) {
      case 'u':
        if (!require(4)) {
          throw syntaxError("Unterminated escape sequence");
        }
        int result = 0;
        for (int i = pos; i < pos + 4; i++) {
          int digit = Character.digit(buffer[i], 16);
          if (digit < 0) {
            throw syntaxError("Malformed Unicode escape \\u" + utf8(buffer, pos, 4));
          }
          result = (result << 4) + digit;
        }
        pos += 4;
        return (char) result;
      case 't':
        return '\t';
      case 'b':
        return '\b';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case '\n':
        if (getStrictness() == Strictness.STRICT) {
          throw syntaxError("Cannot escape a newline character in strict mode");
        }
        return '\n';
      case '\'':
        if (getStrictness() == Strictness.STRICT) {
          throw syntaxError("Invalid escaped character \"'\" in strict mode");
        }
        return '\'';
      case '"':
      case '\\':
      case '/':
        return (char) escaped;
      default:
        throw syntaxError("Invalid escape sequence");
    }
  }

  /**
   * Skips whitespace and returns the next byte (0 to 255), consumed; at the end of the input,
   * -1, or an {@link EOFException} if {@code throwOnEof}.
   */
  private int nextNonWhitespace(boolean throwOnEof) throws IOException {
    while (pos < limit || require(1)) {
      int c = buffer[pos++] & 0xff;
      if (c > ' ') {
        return c;
      } else if (c == '\n') {
        lineNumber++;
        lineStart = bufferStart + pos;
      } else if (c != ' ' && c != '\r' && c != '\t') {
        return c;
      }
    }
    if (throwOnEof) {
      throw new EOFException("End of input" + locationString());
    }
    return -1;
  }

  /**
   * Makes at least {@code minimum} bytes available from {@code pos}, moving them to the start of
   * the buffer and growing it if needed.
   *
   * @return false if the input ends first
   */
  private boolean require(int minimum) throws IOException {
    if (limit - pos >= minimum) {
      return true;
    }
    if (!bomChecked) {
      skipByteOrderMark();
      if (limit - pos >= minimum) {
        return true;
      }
    }
    if (in == null) {
      // The array is the whole document: nothing more will come, and it must stay as it is.
      return false;
    }
    if (pos > 0) {
      bufferStart += pos;
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (minimum > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(minimum, buffer.length * 2));
      bufferView = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
    }
    while (limit < minimum) {
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read == -1) {
        return false;
      }
      limit += read;
    }
    return true;
  }

  /** Reads the first three bytes, or all there are, and skips them if they are a byte order mark. */
  private void skipByteOrderMark() throws IOException {
    bomChecked = true;
    int read = 0;
    while (in != null && limit < 3 && read != -1) {
      read = in.read(buffer, limit, buffer.length - limit);
      limit += Math.max(read, 0);
    }
    if (limit >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf) {
      pos = 3;
      lineStart = 3;
    }
  }

  private void push(int scope) throws MalformedJsonException {
    if (stackSize - 1 >= getNestingLimit()) {
      throw new MalformedJsonException("Nesting limit " + getNestingLimit() + " reached" + locationString());
    }
    if (stackSize == stack.length) {
      int newLength = stackSize * 2;
      stack = Arrays.copyOf(stack, newLength);
      pathIndices = Arrays.copyOf(pathIndices, newLength);
      pathNames = Arrays.copyOf(pathNames, newLength);
      lastMembers = Arrays.copyOf(lastMembers, newLength);
    }
    lastMembers[stackSize] = MemberNames.UNDECLARED;
    stack[stackSize++] = scope;
  }

  private String path(boolean previous) {
    StringBuilder result = new StringBuilder().append('$');
    for (int i = 0; i < stackSize; i++) {
      int scope = stack[i];
      if (scope == EMPTY_ARRAY || scope == NONEMPTY_ARRAY) {
        int index = pathIndices[i];
        if (previous && index > 0 && i == stackSize - 1) {
          index--;
        }
        result.append('[').append(index).append(']');
      } else if (scope == EMPTY_OBJECT || scope == DANGLING_NAME || scope == NONEMPTY_OBJECT) {
        result.append('.');
        if (pathNames[i] != null) {
          result.append(pathNames[i]);
        }
      }
    }
    return result.toString();
  }

  private String locationString() {
    long column = bufferStart + pos - lineStart + 1;
    return " at line " + (lineNumber + 1) + " column " + column + " path " + getPath();
  }

  private MalformedJsonException syntaxError(String message) {
    return new MalformedJsonException(message + locationString());
  }

  private IllegalStateException unexpected(String expected) throws IOException {
    return new IllegalStateException("Expected " + expected + " but was " + peek() + locationString());
  }

  private static String utf8(byte[] bytes, int start, int length) {
    return new String(bytes, start, length, StandardCharsets.UTF_8);
  }
}
