package io.github.schedkit.shrinktest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the shrink test works on: the app jar, the jars of its runtime classpath (the schedkit
 * modules and everything they pull in), and a directory for ProGuard's output. Failsafe passes
 * their locations as system properties.
 *
 * @param appJar the app
 * @param libraries the app's runtime classpath, in Maven's order
 * @param workDir where each ProGuard run writes its configuration and output
 */
record ShrinkInputs(Path appJar, List<Path> libraries, Path workDir) {

  /**
   * Reads the locations from the system properties {@code shrink.app.jar},
   * {@code shrink.app.classpath} (a file holding the classpath) and {@code shrink.work.dir}.
   *
   * @return the inputs
   * @throws IllegalStateException if a property is missing or names a file that does not exist
   */
  static ShrinkInputs fromSystemProperties() {
    Path appJar = existing("shrink.app.jar");
    List<Path> libraries = new ArrayList<>();
    for (String entry : read(existing("shrink.app.classpath")).trim().split(Pattern.quote(File.pathSeparator))) {
      libraries.add(Path.of(entry));
    }
    return new ShrinkInputs(appJar, List.copyOf(libraries), Path.of(property("shrink.work.dir")));
  }

  /**
   * Returns every input jar: the app first, then its runtime classpath.
   *
   * @return the jars
   */
  List<Path> allJars() {
    List<Path> jars = new ArrayList<>();
    jars.add(appJar);
    jars.addAll(libraries);
    return jars;
  }

  private static Path existing(String name) {
    Path path = Path.of(property(name));
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(name + " names " + path + ", which does not exist: build the shrink-test app first");
    }
    return path;
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set: run the shrink test through Maven (./mvnw verify)");
    }
    return value;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
