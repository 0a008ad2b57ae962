package io.github.schedkit.releasecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedArtifactsCheckTest {
  private static final List<String> ARTIFACTS = List.of("schedkit-bom", "jicoo-api");

  @TempDir Path repository;
  private Path jicoo;

  @BeforeEach
  void stageACompleteRelease() throws IOException {
    Path bom = Files.createDirectories(repository.resolve("io/github/schedkit/schedkit-bom/1.0.0"));
    Files.writeString(
        bom.resolve("schedkit-bom-1.0.0.pom"),
        PomRequirementsTest.COMPLETE
            .replace("jicoo-api", "schedkit-bom")
            .replace("<name>", "<packaging>pom</packaging><name>"));
    jicoo = Files.createDirectories(repository.resolve("io/github/schedkit/jicoo-api/1.0.0"));
    Files.writeString(jicoo.resolve("jicoo-api-1.0.0.pom"), PomRequirementsTest.COMPLETE);
    jar(jicoo.resolve("jicoo-api-1.0.0.jar"), "io/github/schedkit/jicoo/JicooClient.class", "META-INF/proguard/jicoo-api.pro");
    jar(jicoo.resolve("jicoo-api-1.0.0-sources.jar"), "io/github/schedkit/jicoo/JicooClient.java");
    jar(jicoo.resolve("jicoo-api-1.0.0-javadoc.jar"), "index.html");
  }

  @Test
  void aCompleteReleasePasses() {
    assertEquals(List.of(), PublishedArtifactsCheck.problems(repository, ARTIFACTS, "1.0.0"));
  }

  @Test
  void aMissingJarIsReported() throws IOException {
    Files.delete(jicoo.resolve("jicoo-api-1.0.0-javadoc.jar"));

    assertOnlyProblem("missing " + jicoo.resolve("jicoo-api-1.0.0-javadoc.jar"));
  }

  @Test
  void aJarWithoutItsConsumerRulesIsReported() throws IOException {
    jar(jicoo.resolve("jicoo-api-1.0.0.jar"), "io/github/schedkit/jicoo/JicooClient.class");

    assertOnlyProblem(jicoo.resolve("jicoo-api-1.0.0.jar") + " lacks META-INF/proguard/jicoo-api.pro");
  }

  @Test
  void kotlinSourcesCountAsSources() throws IOException {
    jar(jicoo.resolve("jicoo-api-1.0.0-sources.jar"), "io/github/schedkit/kotlin/Await.kt");

    assertEquals(List.of(), PublishedArtifactsCheck.problems(repository, ARTIFACTS, "1.0.0"));
  }

  @Test
  void aSourcesJarWithoutSourcesIsReported() throws IOException {
    jar(jicoo.resolve("jicoo-api-1.0.0-sources.jar"), "META-INF/MANIFEST.MF");

    assertOnlyProblem(jicoo.resolve("jicoo-api-1.0.0-sources.jar") + " lacks Java or Kotlin sources");
  }

  @Test
  void anUnpublishedOrMissingArtifactIsReported() throws IOException {
    Path examples = Files.createDirectories(repository.resolve("io/github/schedkit/schedkit-examples/1.0.0"));

    assertEquals(
        List.of(
            examples.getParent() + " is not a published artifact",
            "missing " + repository.resolve("io/github/schedkit/cronofy-api/1.0.0")),
        PublishedArtifactsCheck.problems(repository, List.of("schedkit-bom", "jicoo-api", "cronofy-api"), "1.0.0"));
  }

  @Test
  void onlyTheCheckedVersionCounts() throws IOException {
    Files.createDirectories(repository.resolve("io/github/schedkit/jicoo-api/0.9.0"));

    assertEquals(List.of(), PublishedArtifactsCheck.problems(repository, ARTIFACTS, "1.0.0"));
    assertEquals(
        List.of(
            "missing " + repository.resolve("io/github/schedkit/schedkit-bom/0.9.0"),
            "missing " + repository.resolve("io/github/schedkit/jicoo-api/0.9.0/jicoo-api-0.9.0.pom")),
        PublishedArtifactsCheck.problems(repository, ARTIFACTS, "0.9.0"));
  }

  private void assertOnlyProblem(String problem) {
    assertEquals(List.of(problem), PublishedArtifactsCheck.problems(repository, ARTIFACTS, "1.0.0"));
  }

  private static void jar(Path jar, String... entries) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (String entry : entries) {
        out.putNextEntry(new ZipEntry(entry));
        out.closeEntry();
      }
    }
  }
}
