package io.github.schedkit.generator;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a spec description (CommonMark-ish text) into Javadoc text: code spans become
 * {@code {@code ...}}, the HTML specials are escaped outside them, paragraphs become
 * {@code <p>}, and the maintainers' marker "Unverified" reads as a note for users. Templates use it
 * as the lambda {@code {{#lambda.javadoc}}...{{/lambda.javadoc}}} around unescaped text.
 */
final class JavadocText implements Mustache.Lambda {
  /** How the spec's "Unverified" marker reads in the generated Javadoc. */
  static final String UNVERIFIED_NOTE = "Not confirmed by the public documentation";

  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern UNVERIFIED = Pattern.compile("\\bUnverified\\b");

  @Override
  public void execute(Template.Fragment fragment, Writer out) throws IOException {
    out.write(of(fragment.execute()));
  }

  /**
   * Converts a description to Javadoc text.
   *
   * @param description the spec's text
   * @return the text, safe to place in a Javadoc comment
   */
  static String of(String description) {
    String text = UNVERIFIED.matcher(description.trim()).replaceAll(UNVERIFIED_NOTE)
        .replaceAll("\\s*\\n\\s*\\n\\s*", " <p>")
        .replaceAll("\\s*\\n\\s*", " ");
    StringBuilder javadoc = new StringBuilder();
    Matcher code = CODE_SPAN.matcher(text);
    int from = 0;
    while (code.find()) {
      javadoc.append(escape(text.substring(from, code.start()))).append(codeSpan(code.group(1)));
      from = code.end();
    }
    return javadoc.append(escape(text.substring(from))).toString().replace("*/", "*&#47;");
  }

  /**
   * The lambda {@code {{#lambda.clause}}...{{/lambda.clause}}}: the end of a sentence that names
   * something, as in "Returns {@code x}" + clause: {@code ": "} and the text as Javadoc, or just
   * {@code "."} when the text is empty.
   */
  static final class Clause implements Mustache.Lambda {
    @Override
    public void execute(Template.Fragment fragment, Writer out) throws IOException {
      String text = fragment.execute().trim();
      out.write(text.isEmpty() ? "." : ": " + of(text));
    }
  }

  /** A code span: {@code {@code ...}} when its braces balance (Javadoc needs that), else HTML. */
  private static String codeSpan(String code) {
    int depth = 0;
    for (char c : code.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        break;
      }
    }
    return depth == 0
        ? "{@code " + code + "}"
        : "<code>" + escape(code).replace("{", "&#123;").replace("}", "&#125;").replace("@", "&#64;") + "</code>";
  }

  /** Text outside code spans: the three HTML specials, and <p> kept as the paragraph mark. */
  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("&lt;p&gt;", "<p>");
  }
}
