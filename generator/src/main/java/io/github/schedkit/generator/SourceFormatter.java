package io.github.schedkit.generator;

import com.google.googlejavaformat.java.Formatter;
import com.google.googlejavaformat.java.FormatterException;

/**
 * Formats a generated Java source the way google-java-format does: Google Java Style, lines of at
 * most 100 characters where they can be broken (Javadoc and long strings are reflowed), imports
 * sorted, and unused or duplicate imports removed. The templates then write what reads clearly in
 * a template, and every generated file still reads like hand-formatted code.
 *
 * <p>google-java-format uses javac's internals: the JVM that generates needs the
 * {@code --add-exports} of {@code .mvn/jvm.config}.
 */
final class SourceFormatter {
  private static final Formatter FORMATTER = new Formatter();

  private SourceFormatter() {}

  /**
   * Formats a source.
   *
   * @param name the file's name, for the error
   * @param source the source, as the templates wrote it
   * @return the formatted source
   * @throws IllegalStateException if the source is not valid Java, which is a template's fault
   */
  static String format(String name, String source) {
    try {
      return FORMATTER.formatSourceAndFixImports(source);
    } catch (FormatterException e) {
      throw new IllegalStateException(
          "the templates generated " + name + ", which is not valid Java: " + e.getMessage(), e);
    }
  }
}
