package io.github.schedkit.bench.footprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a client puts on an application's runtime classpath: its own jars and the libraries they
 * need, as Maven resolved them.
 *
 * @param own the client's own jars
 * @param dependencies the runtime dependencies
 */
public record Footprint(List<JarStats> own, List<JarStats> dependencies) {
  /**
   * Reads a classpath file written by {@code dependency:build-classpath}.
   *
   * @param classpathFile the file
   * @param extraOwnJar a jar of the client's own that the file does not list, or {@code null}
   * @param localRepository the local Maven repository: listed jars outside it were built by this
   *     reactor, so they are the client's own
   * @return the footprint
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Footprint read(Path classpathFile, Path extraOwnJar, Path localRepository) {
    String classpath;
    try {
      classpath = Files.readString(classpathFile).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the classpath file " + classpathFile + ": build with -Pbenchmarks up to verify", e);
    }
    List<JarStats> own = new ArrayList<>();
    List<JarStats> dependencies = new ArrayList<>();
    if (extraOwnJar != null) {
      own.add(JarStats.of(extraOwnJar));
    }
    Path repository = localRepository.toAbsolutePath().normalize();
    for (String entry : classpath.split(Pattern.quote(java.io.File.pathSeparator))) {
      if (entry.isBlank()) {
        continue;
      }
      Path jar = Path.of(entry).toAbsolutePath().normalize();
      (jar.startsWith(repository) ? dependencies : own).add(JarStats.of(jar));
    }
    return new Footprint(List.copyOf(own), List.copyOf(dependencies));
  }

  /**
   * Returns the total size of all jars.
   *
   * @return bytes
   */
  public long bytes() {
    return ownBytes() + dependencies.stream().mapToLong(JarStats::bytes).sum();
  }

  /**
   * Returns the size of the client's own jars.
   *
   * @return bytes
   */
  public long ownBytes() {
    return own.stream().mapToLong(JarStats::bytes).sum();
  }

  /**
   * Returns the number of classes in all jars.
   *
   * @return the class count
   */
  public int classes() {
    return ownClasses() + dependencies.stream().mapToInt(JarStats::classes).sum();
  }

  /**
   * Returns the number of classes in the client's own jars.
   *
   * @return the class count
   */
  public int ownClasses() {
    return own.stream().mapToInt(JarStats::classes).sum();
  }

  /**
   * Lists the jars, one per line, for the report.
   *
   * @return the listing
   */
  public String listing() {
    StringBuilder out = new StringBuilder();
    for (JarStats jar : own) {
      out.append(String.format(java.util.Locale.ROOT, "  own  %,10d B %5d classes  %s%n", jar.bytes(), jar.classes(), jar.jar().getFileName()));
    }
    for (JarStats jar : dependencies) {
      out.append(String.format(java.util.Locale.ROOT, "  dep  %,10d B %5d classes  %s%n", jar.bytes(), jar.classes(), jar.jar().getFileName()));
    }
    return out.toString();
  }
}
