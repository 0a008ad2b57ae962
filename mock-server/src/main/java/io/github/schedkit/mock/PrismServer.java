package io.github.schedkit.mock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A Prism mock server for one spec, run from the repository's {@code node_modules} (installed by
 * the build with {@code npm ci}; no Docker, no global install). Prism answers every operation with
 * the spec's examples and rejects requests the spec does not allow (HTTP 422); with {@code
 * --errors} it also turns responses that violate the spec into HTTP 500.
 *
 * <p>Started as {@code node .../prism-cli/dist/index.js mock} on a free loopback port (not
 * through {@code npx}, which leaves Prism running when killed) and stopped, with its process
 * tree, by {@link #close()} or at JVM exit.
 */
public final class PrismServer implements AutoCloseable {
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  private static final String READY = "Prism is listening";

  private final Process process;
  private final int port;
  private final List<String> log = new ArrayList<>();
  private final Thread shutdownHook;

  private PrismServer(Process process, int port) {
    this.process = process;
    this.port = port;
    this.shutdownHook = new Thread(this::stop, "prism-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts Prism on a spec of the repository, found from the working directory upwards.
   *
   * @param specFile the spec's file name in {@code spec/}, such as {@code jicoo.yaml}
   * @return the running server
   */
  public static PrismServer start(String specFile) {
    Path root = repositoryRoot();
    return start(
        root.resolve("node_modules/@stoplight/prism-cli/dist/index.js"),
        root.resolve("spec").resolve(specFile));
  }

  /**
   * Starts Prism.
   *
   * @param prismCli Prism's {@code dist/index.js}
   * @param spec the OpenAPI document to mock
   * @return the running server
   */
  public static PrismServer start(Path prismCli, Path spec) {
    if (!Files.isRegularFile(prismCli)) {
      throw new IllegalStateException(
          "Prism is not installed at "
              + prismCli
              + ": run `npm ci` in the repository root (the Maven build does this on a fresh clone)");
    }
    if (!Files.isRegularFile(spec)) {
      throw new IllegalStateException("no spec at " + spec);
    }
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                "node",
                prismCli.toString(),
                "mock",
                spec.toString(),
                "--host",
                "127.0.0.1",
                "--port",
                Integer.toString(port),
                "--errors")
            .redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start node; is Node.js installed and on PATH?", e);
    }
    PrismServer server = new PrismServer(process, port);
    server.awaitReady();
    return server;
  }

  /**
   * Returns the server's base URL.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * Returns what Prism has printed so far, for diagnosing a failed test.
   *
   * @return the log lines
   */
  public List<String> log() {
    synchronized (log) {
      return new ArrayList<>(log);
    }
  }

  /** Stops Prism and its child processes. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run; nothing left to do.
    }
  }

  private void stop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitReady() {
    CountDownLatch ready = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  synchronized (log) {
                    log.add(line);
                  }
                  if (line.contains(READY)) {
                    ready.countDown();
                  }
                }
              } catch (IOException closed) {
                // The process ended; awaitReady reports it.
              }
            },
            "prism-log");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    try {
      while (!ready.await(100, TimeUnit.MILLISECONDS)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          stop();
          throw new IllegalStateException(
              "Prism did not start (" + (process.isAlive() ? "timed out" : "exited") + "):\n"
                  + String.join("\n", log()));
        }
      }
    } catch (InterruptedException e) {
      stop();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting Prism", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  private static Path repositoryRoot() {
    String configured = System.getProperty("schedkit.root");
    if (configured != null) {
      return Paths.get(configured);
    }
    Path dir = Paths.get("").toAbsolutePath();
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.isDirectory(candidate.resolve("spec")) && Files.isRegularFile(candidate.resolve("package.json"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "cannot find the schedkit repository (a folder with spec/ and package.json) above " + dir);
  }
}
