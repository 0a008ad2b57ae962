package io.github.schedkit.releasecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * What Maven Central requires next to a published jar, and what schedkit's jars must carry: the
 * classes with their R8/ProGuard consumer rules, a sources jar and a javadoc jar.
 */
final class JarRequirements {
  private JarRequirements() {}

  /**
   * Checks the jars of one artifact version.
   *
   * @param directory the version's directory in a repository layout
   * @param artifactId the artifact
   * @param version the version
   * @return the problems found, each naming the file; empty if there are none
   */
  static List<String> problems(Path directory, String artifactId, String version) {
    String base = artifactId + "-" + version;
    List<String> problems = new ArrayList<>();
    String rules = "META-INF/proguard/" + artifactId + ".pro";
    require(problems, directory.resolve(base + ".jar"), "classes", name -> name.endsWith(".class"));
    require(problems, directory.resolve(base + ".jar"), rules, rules::equals);
    require(
        problems,
        directory.resolve(base + "-sources.jar"),
        "Java or Kotlin sources",
        name -> name.endsWith(".java") || name.endsWith(".kt"));
    require(problems, directory.resolve(base + "-javadoc.jar"), "index.html", "index.html"::equals);
    return problems;
  }

  private static void require(List<String> problems, Path jar, String what, Predicate<String> entry) {
    if (!Files.isRegularFile(jar)) {
      problems.add("missing " + jar);
      return;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      if (Collections.list(file.entries()).stream().map(ZipEntry::getName).noneMatch(entry)) {
        problems.add(jar + " lacks " + what);
      }
    } catch (IOException e) {
      problems.add(jar + " cannot be read as a jar: " + e.getMessage());
    }
  }
}
