package io.github.schedkit.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;

/**
 * A module's corpus of documented JSON examples as JUnit dynamic tests: one test per fixture file
 * of a test-resource folder, named after the file, plus a summary test that prints and checks
 * {@code <API> corpus: N examples (R responses, Q requests, P notifications), K marked
 * inconsistent}.
 *
 * <p>A fixture passes when its example goes through the real client path with nothing lost (see
 * {@link FixtureRun} and {@link JsonComparison}). A fixture marked {@code inconsistent} is run
 * too: its failure is reported as an aborted test carrying the reason, and its success fails the
 * test, because the mark must then be removed.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> corpus() {
 *   return Corpus.builder("Cronofy", "corpus/cronofy")
 *       .client(baseUrl -> CronofyClient.builder().baseUrl(baseUrl)...build())
 *       .notifications((fixture, body) -> ...)
 *       .expectAtLeast(5)
 *       .tests();
 * }
 * }</pre>
 */
public final class Corpus {
  private final Builder builder;
  private final List<CorpusFixture> fixtures;

  private Corpus(Builder builder, List<CorpusFixture> fixtures) {
    this.builder = builder;
    this.fixtures = fixtures;
  }

  /**
   * Starts describing a module's corpus.
   *
   * @param apiName the API's name for the summary, such as {@code Cronofy}
   * @param resourceFolder the test-resource folder holding the fixture files, such as {@code
   *     corpus/cronofy}
   * @return a builder
   */
  public static Builder builder(String apiName, String resourceFolder) {
    return new Builder(apiName, resourceFolder);
  }

  /**
   * Returns the summary line.
   *
   * @return such as {@code Cronofy corpus: 5 examples (4 responses, 1 requests, 0 notifications),
   *     0 marked inconsistent}
   */
  public String summary() {
    return builder.apiName + " corpus: " + fixtures.size() + " examples ("
        + count(CorpusFixture.Kind.RESPONSE) + " responses, "
        + count(CorpusFixture.Kind.REQUEST) + " requests, "
        + count(CorpusFixture.Kind.NOTIFICATION) + " notifications), "
        + fixtures.stream().filter(f -> f.inconsistent() != null).count() + " marked inconsistent";
  }

  private long count(CorpusFixture.Kind kind) {
    return fixtures.stream().filter(f -> f.kind() == kind).count();
  }

  private Stream<DynamicTest> tests() {
    Stream<DynamicTest> each =
        fixtures.stream().map(f -> DynamicTest.dynamicTest(f.fileName(), () -> check(f)));
    DynamicTest summary =
        DynamicTest.dynamicTest(
            "summary",
            () -> {
              String line = summary();
              System.out.println(line);
              assertEquals(
                  fixtures.size(),
                  count(CorpusFixture.Kind.RESPONSE) + count(CorpusFixture.Kind.REQUEST)
                      + count(CorpusFixture.Kind.NOTIFICATION),
                  line);
              assertTrue(
                  fixtures.size() >= builder.minimum,
                  line + ": expected at least " + builder.minimum + " examples");
            });
    return Stream.concat(each, Stream.of(summary));
  }

  private void check(CorpusFixture fixture) throws Exception {
    Throwable failure;
    JsonComparison comparison = null;
    try {
      comparison = new FixtureRun(fixture, builder.clientFactory, builder.notificationHook).run();
      failure =
          comparison.equal()
              ? null
              : new AssertionError(
                  fixture.fileName() + " (" + fixture.source() + ", " + fixture.example() + ") lost or changed:\n  "
                      + String.join("\n  ", comparison.differences()));
    } catch (Exception | AssertionError e) {
      failure = e;
    }
    if (comparison != null && !comparison.notes().isEmpty()) {
      System.out.println(fixture.fileName() + ": " + String.join("; ", comparison.notes()));
    }
    if (fixture.inconsistent() != null) {
      if (failure == null) {
        throw new AssertionError(
            fixture.fileName() + " is marked inconsistent (" + fixture.inconsistent()
                + ") but passes: remove the mark");
      }
      String report = fixture.fileName() + " is marked inconsistent (" + fixture.inconsistent() + "); it fails: " + failure;
      System.out.println(report);
      throw new TestAbortedException(report, failure);
    }
    if (failure instanceof Exception) {
      throw new AssertionError(fixture.fileName() + " (" + fixture.source() + ") failed: " + failure, failure);
    }
    if (failure != null) {
      throw (AssertionError) failure;
    }
  }

  /** Describes a module's corpus. */
  public static final class Builder {
    private final String apiName;
    private final String resourceFolder;
    private Function<String, Object> clientFactory;
    private NotificationHook notificationHook;
    private int minimum = 1;

    private Builder(String apiName, String resourceFolder) {
      this.apiName = Objects.requireNonNull(apiName, "apiName");
      this.resourceFolder = Objects.requireNonNull(resourceFolder, "resourceFolder");
    }

    /**
     * Sets how to build the module's client for a local server: with every credential set, so
     * that any operation can run, and without retries.
     *
     * @param clientFactory from the server's base URL to the client
     * @return this builder
     */
    public Builder client(Function<String, Object> clientFactory) {
      this.clientFactory = clientFactory;
      return this;
    }

    /**
     * Sets how the module verifies and parses notification payloads.
     *
     * @param notificationHook the hook
     * @return this builder
     */
    public Builder notifications(NotificationHook notificationHook) {
      this.notificationHook = notificationHook;
      return this;
    }

    /**
     * Sets the number of examples the summary test requires at least.
     *
     * @param minimum the number
     * @return this builder
     */
    public Builder expectAtLeast(int minimum) {
      this.minimum = minimum;
      return this;
    }

    /**
     * Reads every fixture file ({@code *.json}) of the folder, in name order.
     *
     * @return the corpus
     * @throws IOException if the folder cannot be read
     * @throws IllegalArgumentException naming the file of an invalid fixture
     */
    public Corpus load() throws IOException {
      Objects.requireNonNull(clientFactory, "client(..) is required");
      List<CorpusFixture> fixtures = new ArrayList<>();
      for (Path file : files()) {
        fixtures.add(CorpusFixture.read(file));
      }
      return new Corpus(this, fixtures);
    }

    /**
     * Reads the fixtures and returns one test per fixture, and the summary test.
     *
     * @return the tests
     * @throws IOException if the folder cannot be read
     */
    public Stream<DynamicTest> tests() throws IOException {
      return load().tests();
    }

    private List<Path> files() throws IOException {
      URL folder = Thread.currentThread().getContextClassLoader().getResource(resourceFolder);
      if (folder == null) {
        throw new IllegalArgumentException("no test-resource folder " + resourceFolder);
      }
      try (Stream<Path> files = Files.list(Paths.get(folder.toURI()))) {
        return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
      } catch (URISyntaxException e) {
        throw new IOException("bad folder URL " + folder, e);
      }
    }
  }
}
