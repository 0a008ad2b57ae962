package io.github.schedkit.shrinktest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Runs the app's main class in a separate JVM and collects what it printed. */
final class AppLauncher {
  private static final String MAIN_CLASS = "io.github.schedkit.shrinktest.ShrinkApp";
  /** A guard against a hung app, not a measurement: the app normally ends within seconds. */
  private static final long GUARD_MINUTES = 2;

  private AppLauncher() {}

  /**
   * What a run of the app produced.
   *
   * @param exitCode the JVM's exit code
   * @param output standard output and standard error, interleaved
   */
  record Result(int exitCode, String output) {}

  /**
   * Runs the app.
   *
   * @param classpath the jars to run it from: the shrunk jar alone, or the app and its libraries
   * @param baseUrl the server the app calls
   * @return what it produced
   * @throws IOException if the JVM cannot be started
   * @throws InterruptedException if interrupted while waiting for it
   */
  static Result run(List<Path> classpath, String baseUrl) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String path = classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    Process process =
        new ProcessBuilder(java, "-cp", path, MAIN_CLASS, baseUrl).redirectErrorStream(true).start();
    CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    if (!process.waitFor(GUARD_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException("the app did not end within " + GUARD_MINUTES + " minutes; it printed:\n" + output.getNow(""));
    }
    try {
      return new Result(process.exitValue(), output.get());
    } catch (ExecutionException e) {
      throw new IOException("cannot read the app's output", e.getCause());
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
