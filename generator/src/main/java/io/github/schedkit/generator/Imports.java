package io.github.schedkit.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies the imports of a generated Java source: each import once, none the code does not use,
 * none of the file's own package. The templates import what a model may need; this keeps what
 * one model does need.
 */
final class Imports {
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+)(\\.\\*)?;\\n", Pattern.MULTILINE);
  /** Comments and string literals: a name there is not a use, except in a Javadoc link. */
  private static final Pattern NOT_CODE =
      Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);
  private static final Pattern LINK = Pattern.compile("\\{@link(?:plain)?\\s+([\\w.]+)");

  private Imports() {}

  /**
   * Returns the source with its imports tidied, in their first order.
   *
   * @param source a Java source file
   * @return the source without duplicate, unused or same-package imports
   */
  static String tidy(String source) {
    Matcher pkg = PACKAGE.matcher(source);
    String ownPackage = pkg.find() ? pkg.group(1) : "";
    Matcher imports = IMPORT.matcher(source);
    List<int[]> spans = new ArrayList<>();
    Set<String> kept = new LinkedHashSet<>();
    List<String> found = new ArrayList<>();
    while (imports.find()) {
      spans.add(new int[] {imports.start(), imports.end()});
      found.add(imports.group(1) + (imports.group(2) == null ? "" : ".*"));
    }
    if (spans.isEmpty()) {
      return source;
    }
    StringBuilder body = new StringBuilder(source);
    for (int i = spans.size() - 1; i >= 0; i--) {
      body.delete(spans.get(i)[0], spans.get(i)[1]);
    }
    String rest = body.substring(spans.get(0)[0]);
    StringBuilder code = new StringBuilder(NOT_CODE.matcher(rest).replaceAll(" "));
    Matcher links = LINK.matcher(rest);
    while (links.find()) {
      code.append(' ').append(links.group(1));
    }
    for (String name : found) {
      String owner = name.substring(0, name.lastIndexOf('.'));
      String simple = name.substring(name.lastIndexOf('.') + 1);
      boolean used = simple.equals("*") || Pattern.compile("\\b" + Pattern.quote(simple) + "\\b").matcher(code).find();
      if (used && !owner.equals(ownPackage)) {
        kept.add(name);
      }
    }
    StringBuilder block = new StringBuilder();
    for (String name : kept) {
      block.append("import ").append(name).append(";\n");
    }
    body.insert(spans.get(0)[0], block);
    return body.toString();
  }
}
