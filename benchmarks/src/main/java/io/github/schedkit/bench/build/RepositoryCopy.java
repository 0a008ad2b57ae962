package io.github.schedkit.bench.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away copy of the working tree (the files git tracks or would track, as they are now, no
 * build output), so builds can be timed and the spec edited without touching the real tree. The
 * installed node tools are linked, not copied.
 */
final class RepositoryCopy implements AutoCloseable {
  private final Path directory;

  private RepositoryCopy(Path directory) {
    this.directory = directory;
  }

  /**
   * Copies the working tree of a repository.
   *
   * @param root the repository root
   * @return the copy
   * @throws IOException if git or the copy fails
   * @throws InterruptedException if interrupted while git runs
   */
  static RepositoryCopy of(Path root) throws IOException, InterruptedException {
    Path copy = Files.createTempDirectory("schedkit-build-cost-");
    for (String file : trackedFiles(root)) {
      Path source = root.resolve(file);
      if (Files.isRegularFile(source)) {
        Path target = copy.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    Path nodeModules = root.resolve("node_modules");
    if (Files.isDirectory(nodeModules)) {
      Files.createSymbolicLink(copy.resolve("node_modules"), nodeModules.toAbsolutePath());
    }
    return new RepositoryCopy(copy);
  }

  /**
   * Returns the copy's root.
   *
   * @return the directory
   */
  Path directory() {
    return directory;
  }

  /**
   * Replaces one line of a file of the copy.
   *
   * @param file the file, relative to the copy's root
   * @param line the whole line to replace
   * @param replacement the new line
   * @throws IOException if the file cannot be read or written
   * @throws IllegalStateException if the file has no such line
   */
  void replaceLine(String file, String line, String replacement) throws IOException {
    Path path = directory.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
    int index = lines.indexOf(line);
    if (index < 0) {
      throw new IllegalStateException(file + " has no line \"" + line + "\" to change for the build-cost run");
    }
    lines.set(index, replacement);
    Files.write(path, lines, StandardCharsets.UTF_8);
  }

  /** Deletes the copy; the linked node tools are left alone. */
  @Override
  public void close() throws IOException {
    Files.walkFileTree(
        directory,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static List<String> trackedFiles(Path root) throws IOException, InterruptedException {
    Process git =
        new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
            .directory(root.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String listing;
    try (InputStream out = git.getInputStream()) {
      listing = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (git.waitFor() != 0) {
      throw new UncheckedIOException(new IOException("git ls-files failed in " + root));
    }
    List<String> files = new ArrayList<>();
    for (String name : listing.split("\0")) {
      if (!name.isEmpty()) {
        files.add(name);
      }
    }
    return files;
  }
}
