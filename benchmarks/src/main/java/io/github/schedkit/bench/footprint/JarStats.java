package io.github.schedkit.bench.footprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Size and class count of one jar. Classes are counted once: {@code module-info} and the extra
 * copies a multi-release jar keeps under {@code META-INF/versions/} are left out.
 *
 * @param jar the jar
 * @param bytes its size on disk
 * @param classes the number of classes in it
 */
public record JarStats(Path jar, long bytes, int classes) {
  /**
   * Reads a jar.
   *
   * @param jar the jar
   * @return its size and class count
   * @throws IllegalArgumentException if it is not a jar file (for example a {@code target/classes}
   *     directory, when the build stopped before {@code package})
   * @throws UncheckedIOException if it cannot be read
   */
  public static JarStats of(Path jar) {
    if (!Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
      throw new IllegalArgumentException(
          "the footprint needs packaged jars, but the classpath holds " + jar + ": run the build up to verify");
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      int classes =
          (int)
              zip.stream()
                  .map(ZipEntry::getName)
                  .filter(name -> name.endsWith(".class"))
                  .filter(name -> !name.startsWith("META-INF/"))
                  .filter(name -> !name.endsWith("module-info.class"))
                  .count();
      return new JarStats(jar, Files.size(jar), classes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }
}
