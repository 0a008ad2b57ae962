package io.github.schedkit.speccompat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Deliberate edits to a copy of a released spec, for the guard's tests. */
final class SpecEdit {
  /** The repository's spec directory (Surefire runs in the module directory). */
  static final Path SPEC_DIR = Path.of("..", "spec");

  private SpecEdit() {}

  /**
   * Writes an edited copy of a released spec.
   *
   * @param spec the spec's file name, such as {@code jicoo.yaml}
   * @param target where to write the copy
   * @param edit changes the parsed spec in place
   * @return the copy
   */
  static Path copyOfReleased(String spec, Path target, Consumer<Map<String, Object>> edit) {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    Map<String, Object> document;
    try (Reader reader = Files.newBufferedReader(SPEC_DIR.resolve("released").resolve(spec), StandardCharsets.UTF_8)) {
      document = yaml.load(reader);
      edit.accept(document);
      Files.createDirectories(target.getParent());
      try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        yaml.dump(document, writer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /**
   * Returns a map inside the spec.
   *
   * @param document the parsed spec
   * @param keys the path to the map, such as {@code "components", "schemas", "Booking"}
   * @return the map, which edits change in place
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> document, String... keys) {
    Map<String, Object> map = document;
    for (String key : keys) {
      map = (Map<String, Object>) map.get(key);
    }
    return map;
  }

  /**
   * Returns a list inside the spec.
   *
   * @param document the parsed spec
   * @param listKey the list's key in the map at {@code keys}
   * @param keys the path to the map holding the list
   * @return the list, which edits change in place
   */
  @SuppressWarnings("unchecked")
  static List<Object> list(Map<String, Object> document, String listKey, String... keys) {
    return (List<Object>) map(document, keys).get(listKey);
  }
}
