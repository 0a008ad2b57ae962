package io.github.schedkit.shrinktest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One file of consumer rules found in a jar, with what the ablation tests need: taking one rule
 * (a directive with its member block) or one kept attribute out of it.
 *
 * @param jar the jar's file name
 * @param entry the file's path inside the jar, such as {@code META-INF/proguard/gson.pro}
 * @param text the rules
 */
record RuleFile(String jar, String entry, String text) {

  /**
   * Returns the file's name inside the jar.
   *
   * @return the name, such as {@code gson.pro}
   */
  String name() {
    return entry.substring(entry.lastIndexOf('/') + 1);
  }

  /**
   * Tells whether the file holds a directive that starts with the given text.
   *
   * @param directiveStart the directive's first line, or its beginning
   * @return whether it does
   */
  boolean contains(String directiveStart) {
    return directives().stream().anyMatch(directive -> directive.startsWith(directiveStart));
  }

  /**
   * Returns this file without the directives that start with the given text.
   *
   * @param directiveStart the directive's first line, or its beginning, such as
   *     {@code -keep class io.github.schedkit.jicoo.model.**}
   * @return the file without them
   */
  RuleFile without(String directiveStart) {
    String kept =
        directives().stream()
            .filter(directive -> !directive.startsWith(directiveStart))
            .collect(Collectors.joining("\n"));
    return new RuleFile(jar, entry, kept);
  }

  /**
   * Returns this file with an attribute taken out of every {@code -keepattributes} directive.
   *
   * @param attribute the attribute, such as {@code Signature}
   * @return the file without it
   */
  RuleFile withoutAttribute(String attribute) {
    List<String> lines = new ArrayList<>();
    boolean changed = false;
    for (String line : text.split("\n")) {
      String trimmed = line.trim();
      List<String> attributes =
          trimmed.startsWith("-keepattributes")
              ? Arrays.stream(trimmed.substring("-keepattributes".length()).split(",")).map(String::trim).toList()
              : List.of();
      if (!attributes.contains(attribute)) {
        lines.add(line);
        continue;
      }
      changed = true;
      List<String> kept = attributes.stream().filter(name -> !name.equals(attribute)).toList();
      if (!kept.isEmpty()) {
        lines.add("-keepattributes " + String.join(",", kept));
      }
    }
    return changed ? new RuleFile(jar, entry, String.join("\n", lines)) : this;
  }

  /**
   * Splits the file into its directives: each starts on a line beginning with {@code -} outside
   * a member block and runs to the next one; an {@code -if} and the rule it guards are one
   * directive. Comments go with the directive before them.
   */
  private List<String> directives() {
    List<String> directives = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    boolean guarded = false;
    for (String line : text.split("\n")) {
      String code = (line.contains("#") ? line.substring(0, line.indexOf('#')) : line).trim();
      if (depth == 0 && code.startsWith("-")) {
        if (current.length() > 0 && !guarded) {
          directives.add(current.toString().trim());
          current.setLength(0);
        }
        guarded = code.startsWith("-if ");
      }
      current.append(line.trim()).append('\n');
      depth += count(code, '{') - count(code, '}');
    }
    if (current.length() > 0) {
      directives.add(current.toString().trim());
    }
    return directives;
  }

  private static int count(String text, char c) {
    return (int) text.chars().filter(ch -> ch == c).count();
  }
}
