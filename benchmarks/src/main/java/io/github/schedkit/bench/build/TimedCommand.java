package io.github.schedkit.bench.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command in a directory, its output going to this process's, and times it. */
final class TimedCommand {
  private static final long TIMEOUT_MINUTES = 30;

  private TimedCommand() {}

  /**
   * Runs the command and returns its wall time.
   *
   * @param directory where to run it
   * @param command the command and its arguments
   * @return the wall time in milliseconds
   * @throws IOException if it cannot start
   * @throws InterruptedException if interrupted while waiting
   * @throws IllegalStateException if it fails or runs past the time limit
   */
  static long run(Path directory, List<String> command) throws IOException, InterruptedException {
    System.out.println("[build cost] " + String.join(" ", command));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).inheritIO();
    Map<String, String> environment = builder.environment();
    // The outer Maven's settings must not leak into the measured build (its project directory above all).
    environment.keySet().removeIf(name -> name.startsWith("MAVEN_") && !name.equals("MAVEN_USER_HOME"));
    long started = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish within " + TIMEOUT_MINUTES + " minutes");
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue());
    }
    return millis;
  }
}
