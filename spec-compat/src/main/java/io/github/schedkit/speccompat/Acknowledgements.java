package io.github.schedkit.speccompat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code spec/breaking-changes.yaml}: the breaking changes since the last release that are
 * meant, each with the spec, the operation and why. The file holds one key, {@code acknowledged},
 * with a list of entries:
 *
 * <pre>
 * acknowledged:
 *   - spec: cronofy.yaml
 *     operation: GET /v1/events
 *     why: Cronofy no longer sends cancelled events.
 * </pre>
 */
final class Acknowledgements {
  private static final List<String> KEYS = List.of("spec", "operation", "why");

  private Acknowledgements() {}

  /**
   * Reads the file.
   *
   * @param file the acknowledgements file
   * @return its entries, in order
   * @throws AcknowledgementsFormatException if it is not valid YAML or an entry is incomplete
   * @throws UncheckedIOException if it cannot be read
   */
  static List<Acknowledgement> read(Path file) {
    Object root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (YAMLException e) {
      throw new AcknowledgementsFormatException(file + " is not valid YAML: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (!(root instanceof Map<?, ?> map) || !(map.get("acknowledged") instanceof List<?> entries)) {
      throw new AcknowledgementsFormatException(file + " needs a list under the key 'acknowledged' (it may be empty: [])");
    }
    List<Acknowledgement> acknowledgements = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      acknowledgements.add(entry(file, i + 1, entries.get(i)));
    }
    return acknowledgements;
  }

  private static Acknowledgement entry(Path file, int number, Object entry) {
    if (!(entry instanceof Map<?, ?> fields)) {
      throw new AcknowledgementsFormatException(file + ": entry " + number + " is not a map of " + KEYS);
    }
    for (Object key : fields.keySet()) {
      if (!KEYS.contains(key)) {
        throw new AcknowledgementsFormatException(file + ": entry " + number + " has an unknown key '" + key + "'; the keys are " + KEYS);
      }
    }
    List<String> values = new ArrayList<>();
    for (String key : KEYS) {
      if (!(fields.get(key) instanceof String value) || value.isBlank()) {
        throw new AcknowledgementsFormatException(file + ": entry " + number + " needs a non-empty '" + key + "'");
      }
      values.add(value.trim());
    }
    return new Acknowledgement(values.get(0), values.get(1), values.get(2));
  }
}
