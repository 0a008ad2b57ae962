package io.github.schedkit.core.errors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The part of a response body that an exception message may quote: at most {@value #MAX_CHARS}
 * characters from its start, with whitespace runs collapsed and with everything that may identify
 * a person or a resource masked as {@value #MASK} before cutting:
 *
 * <ul>
 *   <li>every double-quoted string (JSON strings, HTML attribute values) except a single short
 *       word of letters, digits, {@code _}, {@code .} and {@code -} with fewer than {@value
 *       #MAX_DIGITS_KEPT} digits (a code such as {@code invalid_grant} or {@code errors.required});
 *   <li>every e-mail address;
 *   <li>every word with {@value #MAX_DIGITS_KEPT} or more digits (identifiers, tokens, phone
 *       numbers, timestamps).
 * </ul>
 *
 * <p>The full body stays available from the exception's accessor ({@link ApiException#body()},
 * {@link ResponseDecodingException#body()}).
 */
public final class BodyExcerpt {
  /** The longest excerpt, in characters, not counting the ellipsis. */
  public static final int MAX_CHARS = 60;

  /** What replaces a masked value. */
  public static final String MASK = "█";

  /** Words with at least this many digits are masked. */
  static final int MAX_DIGITS_KEPT = 4;

  /** A double-quoted string, possibly cut off at the end of the text. */
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*(?:\"|\\\\?$)");

  private static final Pattern CODE_WORD = Pattern.compile("[A-Za-z0-9_.\\-]{1,40}");

  private static final Pattern EMAIL = Pattern.compile("[^\\s\"'<>(),;:]+@[^\\s\"'<>(),;:]+");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_+\\-.:/]+");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private BodyExcerpt() {}

  /**
   * Returns the redacted, bounded excerpt of a body, ending with {@code …} when it was cut.
   *
   * @param body the response body, may be {@code null}
   * @return the excerpt, empty when the body is empty or {@code null}
   */
  public static String of(@Nullable String body) {
    if (body == null) {
      return "";
    }
    // Redact a generous prefix, so a value cut at the limit is still recognised and masked whole.
    String prefix = body.length() > MAX_CHARS * 8 ? body.substring(0, MAX_CHARS * 8) : body;
    String redacted = redact(WHITESPACE.matcher(prefix).replaceAll(" ").trim());
    boolean cut = redacted.length() > MAX_CHARS || prefix.length() < body.length();
    String kept = redacted.length() > MAX_CHARS ? redacted.substring(0, MAX_CHARS) : redacted;
    return cut && !kept.isEmpty() ? kept + "…" : kept;
  }

  /**
   * Returns the excerpt in double quotes, as messages show it: {@code "<!DOCTYPE html><html>…"}.
   *
   * @param body the response body, may be {@code null}
   * @return the quoted excerpt, or empty when the body is empty
   */
  public static String quoted(@Nullable String body) {
    String excerpt = of(body);
    return excerpt.isEmpty() ? "" : "\"" + excerpt + "\"";
  }

  /**
   * Masks the quoted strings (other than code words), e-mail addresses and digit-heavy words of a
   * text, without cutting it. Used for library messages that may quote a value from the body.
   *
   * @param text the text
   * @return the text with those values replaced by {@value #MASK}
   */
  public static String redact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    Matcher quoted = QUOTED.matcher(text);
    int at = 0;
    while (quoted.find()) {
      out.append(redactWords(text.substring(at, quoted.start())));
      String literal = quoted.group();
      boolean closed = literal.length() > 1 && literal.endsWith("\"");
      String content = literal.substring(1, closed ? literal.length() - 1 : literal.length());
      out.append('"').append(isCode(content) ? content : MASK).append(closed ? "\"" : "");
      at = quoted.end();
    }
    return out.append(redactWords(text.substring(at))).toString();
  }

  private static String redactWords(String text) {
    String withoutEmails = EMAIL.matcher(text).replaceAll(MASK);
    Matcher word = WORD.matcher(withoutEmails);
    StringBuffer out = new StringBuffer(withoutEmails.length());
    while (word.find()) {
      word.appendReplacement(out, digits(word.group()) >= MAX_DIGITS_KEPT ? MASK : Matcher.quoteReplacement(word.group()));
    }
    word.appendTail(out);
    return out.toString();
  }

  private static boolean isCode(String content) {
    return CODE_WORD.matcher(content).matches() && digits(content) < MAX_DIGITS_KEPT;
  }

  private static int digits(String word) {
    int count = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}
