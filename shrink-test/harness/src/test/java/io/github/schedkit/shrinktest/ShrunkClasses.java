package io.github.schedkit.shrinktest;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Looks at the classes of a shrunk jar by their original names, through ProGuard's mapping beside it. */
final class ShrunkClasses {
  private ShrunkClasses() {}

  /**
   * Tells whether a class kept its no-argument constructor.
   *
   * @param shrunk the shrunk jar, with {@code mapping.txt} beside it
   * @param original the class's name before obfuscation
   * @return {@code true} if the class has a no-argument constructor
   * @throws IOException if the mapping cannot be read
   * @throws ClassNotFoundException if the class was removed
   */
  static boolean hasNoArgumentConstructor(Path shrunk, String original) throws IOException, ClassNotFoundException {
    String obfuscated = obfuscatedName(shrunk.resolveSibling("mapping.txt"), original);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {shrunk.toUri().toURL()}, null)) {
      Class<?> type = Class.forName(obfuscated, false, loader);
      try {
        type.getDeclaredConstructor();
        return true;
      } catch (NoSuchMethodException e) {
        return false;
      }
    }
  }

  private static String obfuscatedName(Path mapping, String original) throws IOException {
    List<String> lines = Files.readAllLines(mapping);
    String prefix = original + " -> ";
    for (String line : lines) {
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length(), line.length() - 1);
      }
    }
    throw new IllegalStateException(original + " is not in " + mapping);
  }
}
