package io.github.schedkit.core.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8JsonReader} against Gson's reader over an {@link InputStreamReader}: for every document,
 * the same tokens, values and paths, or the same kind of failure at the same point. The documents
 * are the API modules' example corpora and fuzz seeds, seeded random documents, and mutated and
 * truncated copies of both; the UTF-8 reader runs with small buffers so that tokens straddle
 * refills.
 */
class Utf8JsonReaderDifferentialTest {
  private static final long SEED = 20261206L;
  private static final int GENERATED = 3000;
  private static final int MUTATIONS_PER_DOCUMENT = 8;

  @Test
  void strictReadersAgreeOnCorporaGeneratedAndMutatedDocuments() {
    Random random = new Random(SEED);
    List<byte[]> documents = new ArrayList<>(corpora());
    int fromCorpora = documents.size();
    for (int i = 0; i < GENERATED; i++) {
      documents.add(JsonDocuments.wellFormed(random));
    }
    int cases = 0;
    int failures = 0;
    for (byte[] document : documents) {
      failures += compare(document, Strictness.STRICT, random) ? 0 : 1;
      cases++;
      for (int m = 0; m < MUTATIONS_PER_DOCUMENT; m++) {
        failures += compare(JsonDocuments.mutated(document, random), Strictness.STRICT, random) ? 0 : 1;
        cases++;
      }
    }
    assertTrue(fromCorpora > 100, "corpus documents found: " + fromCorpora);
    assertTrue(cases > 25_000, "cases: " + cases);
    assertTrue(failures > 1_000, "mutated documents that both readers reject: " + failures);
  }

  @Test
  void legacyStrictReadersAgreeOnMutatedDocuments() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 2000; i++) {
      byte[] document = JsonDocuments.wellFormed(random);
      compare(document, Strictness.LEGACY_STRICT, random);
      compare(JsonDocuments.mutated(document, random), Strictness.LEGACY_STRICT, random);
    }
  }

  /**
   * Reads a document with both readers and fails the test if they differ.
   *
   * @return whether the readers read the document to its end
   */
  static boolean compare(byte[] document, Strictness strictness, Random random) {
    long seed = random.nextLong();
    // A small buffer refilled often, the default buffer, or the document's own array (0), as the converter reads bodies.
    int[] sizes = {8 + random.nextInt(40), 8192, 0};
    int bufferSize = sizes[random.nextInt(sizes.length)];
    JsonReader gson = new JsonReader(new InputStreamReader(new ByteArrayInputStream(document), StandardCharsets.UTF_8));
    gson.setStrictness(strictness);
    byte[] original = document.clone();
    Utf8JsonReader utf8 =
        bufferSize == 0 ? new Utf8JsonReader(document) : new Utf8JsonReader(new ByteArrayInputStream(document), bufferSize);
    utf8.setStrictness(strictness);
    List<String> expected = ReaderTrace.of(gson, seed);
    List<String> actual = ReaderTrace.of(utf8, seed);
    int step = 0;
    while (step < expected.size() && step < actual.size() && expected.get(step).equals(actual.get(step))) {
      step++;
    }
    int differs = step;
    assertEquals(
        expected.subList(Math.min(differs, expected.size() - 1), expected.size()).get(0),
        actual.subList(Math.min(differs, actual.size() - 1), actual.size()).get(0),
        () -> "step " + differs + " of document " + describe(document) + " (" + strictness + ", buffer " + bufferSize + ")");
    assertEquals(expected.size(), actual.size());
    assertArrayEquals(original, document, "the reader changed the array it read");
    return !expected.get(expected.size() - 1).startsWith("failed");
  }

  private static String describe(byte[] document) {
    StringBuilder text = new StringBuilder();
    for (byte b : Arrays.copyOf(document, Math.min(document.length, 400))) {
      text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xff));
    }
    return text.toString();
  }

  /** The example bodies and fuzz seeds of the API modules, read from their source folders. */
  private static List<byte[]> corpora() {
    List<byte[]> documents = new ArrayList<>();
    for (String folder : new String[] {"../cronofy-api/src/test/resources", "../jicoo-api/src/test/resources"}) {
      Path root = Paths.get(folder);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
          documents.add(Files.readAllBytes(file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return documents;
  }
}
