package io.github.schedkit.shrinktest;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A directory of targeted shrinker rules in a jar, under {@code META-INF/com.android.tools/}: its
 * name says which tool the rules are for and, optionally, for which of its versions, such as
 * {@code r8}, {@code r8-from-1.6.0}, {@code r8-upto-8.0.0} or {@code proguard-from-7.0.0-upto-8.0.0}.
 * The lower bound is inclusive and the upper bound exclusive.
 *
 * @param tool {@code r8} or {@code proguard}
 * @param from the first version the rules apply to, or {@code null} for any
 * @param upto the first version they no longer apply to, or {@code null} for none
 */
record TargetedRulesDirectory(String tool, String from, String upto) {
  private static final String VERSION = "(\\d+(?:\\.\\d+)*)";
  private static final Pattern NAME =
      Pattern.compile("(r8|proguard)(?:-from-" + VERSION + ")?(?:-upto-" + VERSION + ")?");

  /**
   * Parses a directory name.
   *
   * @param name the directory's name, such as {@code r8-from-1.6.0}
   * @return the directory, or empty if the name does not follow the convention
   */
  static Optional<TargetedRulesDirectory> parse(String name) {
    Matcher matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new TargetedRulesDirectory(matcher.group(1), matcher.group(2), matcher.group(3)));
  }

  /**
   * Tells whether the rules apply to a version of a tool.
   *
   * @param otherTool {@code r8} or {@code proguard}
   * @param version the tool's version, such as {@code 8.9.35}
   * @return whether they apply
   */
  boolean appliesTo(String otherTool, String version) {
    return tool.equals(otherTool)
        && (from == null || compare(version, from) >= 0)
        && (upto == null || compare(version, upto) < 0);
  }

  private static int compare(String left, String right) {
    return Arrays.compare(numbers(left), numbers(right));
  }

  private static int[] numbers(String version) {
    return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
  }
}
