package io.github.schedkit.releasecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks what Maven Central would receive for each published module, in a directory laid out like
 * a Maven repository: the POM (see {@link PomRequirements}), and for jar modules the jar, sources
 * and javadoc jars (see {@link JarRequirements}) of the version being released, and no artifact
 * of the group that is not published. {@code ./mvnw verify} runs it on this build's staged
 * artifacts; {@code scripts/check-central-bundle.sh} runs it on the unzipped release bundle.
 */
public final class PublishedArtifactsCheck {
  /** The artifact id of every published module. */
  static final List<String> PUBLISHED = List.of("schedkit-bom", "schedkit-core", "jicoo-api", "cronofy-api", "schedkit-kotlin");

  private static final String GROUP_PATH = "io/github/schedkit";

  private PublishedArtifactsCheck() {}

  /**
   * Runs the check and exits with status 1 if anything is wrong.
   *
   * @param args the repository directory and the version
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: PublishedArtifactsCheck <repository-dir> <version>");
      System.exit(2);
    }
    Path repository = Path.of(args[0]);
    List<String> problems = problems(repository, PUBLISHED, args[1]);
    if (problems.isEmpty()) {
      System.out.println("published artifacts: OK (" + String.join(", ", PUBLISHED) + " " + args[1] + " in " + repository + ")");
      return;
    }
    problems.forEach(problem -> System.out.println("FAIL: " + problem));
    System.out.println("published artifacts: " + problems.size() + " problem(s)");
    System.exit(1);
  }

  /**
   * Checks a repository directory.
   *
   * @param repository the directory, laid out like a Maven repository
   * @param artifactIds the artifact id of every published module
   * @param version the version to check
   * @return the problems found; empty if there are none
   */
  static List<String> problems(Path repository, List<String> artifactIds, String version) {
    Path group = repository.resolve(GROUP_PATH);
    List<String> problems = new ArrayList<>();
    for (String unexpected : subdirectories(group)) {
      if (!artifactIds.contains(unexpected)) {
        problems.add(group.resolve(unexpected) + " is not a published artifact");
      }
    }
    for (String artifactId : artifactIds) {
      Path directory = group.resolve(artifactId).resolve(version);
      if (Files.isDirectory(directory)) {
        problems.addAll(artifactProblems(directory, artifactId, version));
      } else {
        problems.add("missing " + directory);
      }
    }
    return problems;
  }

  private static List<String> artifactProblems(Path directory, String artifactId, String version) {
    Path pom = directory.resolve(artifactId + "-" + version + ".pom");
    if (!Files.isRegularFile(pom)) {
      return List.of("missing " + pom);
    }
    List<String> problems = new ArrayList<>(PomRequirements.problems(pom, artifactId));
    if (!PomRequirements.packaging(pom).equals("pom")) {
      problems.addAll(JarRequirements.problems(directory, artifactId, version));
    }
    return problems;
  }

  private static List<String> subdirectories(Path directory) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(directory)) {
      return children.filter(Files::isDirectory).map(child -> child.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + directory, e);
    }
  }
}
