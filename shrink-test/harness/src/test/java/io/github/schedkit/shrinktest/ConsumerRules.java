package io.github.schedkit.shrinktest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The consumer rules shipped inside a set of jars, chosen the way the Android Gradle plugin
 * chooses them for R8: a jar with a {@code META-INF/com.android.tools/} directory contributes the
 * files of its subdirectories that target R8 at {@link #R8_VERSION}, and its
 * {@code META-INF/proguard/} files are ignored; any other jar contributes the files in
 * {@code META-INF/proguard/}.
 */
final class ConsumerRules {
  /** The R8 version whose targeted rules are chosen (the one in Android Gradle plugin 8.9). */
  static final String R8_VERSION = "8.9.35";

  private static final String TARGETED = "META-INF/com.android.tools/";
  private static final String LEGACY = "META-INF/proguard/";

  private final List<RuleFile> files;

  private ConsumerRules(List<RuleFile> files) {
    this.files = List.copyOf(files);
  }

  /**
   * Collects the rules from jars.
   *
   * @param jars the jars, in classpath order
   * @return their rules, in the same order
   * @throws UncheckedIOException if a jar cannot be read
   */
  static ConsumerRules collectFrom(List<Path> jars) {
    List<RuleFile> files = new ArrayList<>();
    for (Path jar : jars) {
      files.addAll(rulesIn(jar));
    }
    return new ConsumerRules(files);
  }

  /**
   * Returns the rule files.
   *
   * @return the files, in classpath order
   */
  List<RuleFile> files() {
    return files;
  }

  /**
   * Returns these rules without the directives of one file that start with the given text.
   *
   * @param fileName the rule file's name, such as {@code jicoo-api.pro}
   * @param directiveStart the directive's first line, or its beginning
   * @return the rules without it
   * @throws IllegalArgumentException if no such directive exists, so an ablation cannot
   *     silently remove nothing
   */
  ConsumerRules without(String fileName, String directiveStart) {
    return map(
        file -> file.name().equals(fileName) && file.contains(directiveStart) ? file.without(directiveStart) : file,
        "no rule in " + fileName + " starts with " + directiveStart);
  }

  /**
   * Returns these rules with an attribute taken out of every file's {@code -keepattributes}.
   *
   * @param attribute the attribute, such as {@code Signature}
   * @return the rules without it
   * @throws IllegalArgumentException if no file keeps that attribute
   */
  ConsumerRules withoutAttribute(String attribute) {
    return map(file -> file.withoutAttribute(attribute), "no rule file keeps the attribute " + attribute);
  }

  private ConsumerRules map(UnaryOperator<RuleFile> change, String nothingChanged) {
    List<RuleFile> changed = files.stream().map(change).toList();
    if (changed.equals(files)) {
      throw new IllegalArgumentException(nothingChanged);
    }
    return new ConsumerRules(changed);
  }

  private static List<RuleFile> rulesIn(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries = Collections.list(file.entries());
      boolean targeted = entries.stream().anyMatch(entry -> entry.getName().startsWith(TARGETED));
      List<RuleFile> rules = new ArrayList<>();
      for (JarEntry entry : entries) {
        if (!entry.isDirectory() && (targeted ? isForR8(entry.getName()) : isLegacy(entry.getName()))) {
          String text = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
          rules.add(new RuleFile(jar.getFileName().toString(), entry.getName(), text));
        }
      }
      return rules;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the consumer rules in " + jar, e);
    }
  }

  private static boolean isLegacy(String name) {
    return name.startsWith(LEGACY) && name.indexOf('/', LEGACY.length()) < 0;
  }

  private static boolean isForR8(String name) {
    String[] parts = name.substring(TARGETED.length()).split("/");
    return parts.length == 2
        && TargetedRulesDirectory.parse(parts[0])
            .map(directory -> directory.appliesTo("r8", R8_VERSION))
            .orElse(false);
  }
}
