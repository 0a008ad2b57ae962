package io.github.schedkit.shrinktest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the text resources next to these classes: canned responses and expected results. */
final class TestResources {
  private TestResources() {}

  /**
   * Reads a resource of this package.
   *
   * @param name the resource's name, such as {@code jicoo-booking.json}
   * @return its text
   * @throws IllegalStateException if it does not exist
   */
  static String read(String name) {
    try (InputStream in = TestResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read test resource " + name, e);
    }
  }
}
