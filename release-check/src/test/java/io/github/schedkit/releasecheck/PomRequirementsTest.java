package io.github.schedkit.releasecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PomRequirementsTest {
  static final String COMPLETE =
      """
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>io.github.schedkit</groupId>
        <artifactId>jicoo-api</artifactId>
        <version>1.0.0</version>
        <name>schedkit Jicoo client</name>
        <description>A client.</description>
        <url>https://github.com/schedkit/schedkit</url>
        <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
        <developers><developer><name>The schedkit authors</name></developer></developers>
        <scm>
          <url>https://github.com/schedkit/schedkit</url>
          <connection>scm:git:https://github.com/schedkit/schedkit.git</connection>
          <developerConnection>scm:git:ssh://git@github.com/schedkit/schedkit.git</developerConnection>
        </scm>
      </project>
      """;

  @TempDir Path dir;

  @Test
  void aCompletePomPasses() throws IOException {
    assertEquals(List.of(), PomRequirements.problems(pom(COMPLETE), "jicoo-api"));
  }

  @Test
  void eachMissingElementIsNamed() throws IOException {
    Path pom =
        pom(COMPLETE
            .replace("<description>A client.</description>", "")
            .replaceAll("(?s)<licenses>.*</licenses>", "")
            .replace("<name>The schedkit authors</name>", "<id>schedkit</id>")
            .replace("<connection>scm:git:https://github.com/schedkit/schedkit.git</connection>", ""));

    assertEquals(
        List.of(
            pom + " lacks <description>",
            pom + " lacks <licenses><license>",
            pom + " lacks <developers><developer><name>",
            pom + " lacks <scm><connection>"),
        PomRequirements.problems(pom, "jicoo-api"));
  }

  @Test
  void whatFlatteningShouldHaveRemovedIsReported() throws IOException {
    Path pom =
        pom(COMPLETE
            .replace("<modelVersion>4.0.0</modelVersion>", "<modelVersion>4.0.0</modelVersion><parent><artifactId>schedkit-parent</artifactId></parent>")
            .replace("<version>1.0.0</version>", "<version>${revision}</version>")
            .replace("<url>https://github.com/schedkit/schedkit</url>\n  <licenses>", "<url>https://github.com/schedkit/schedkit/jicoo-api</url>\n  <licenses>")
            .replace("schedkit.git</connection>", "schedkit.git/jicoo-api</connection>"));

    assertEquals(
        List.of(
            pom + " still contains unresolved ${...} expressions",
            pom + " refers to a parent POM, which is not published",
            pom + " has a module path appended to <scm><connection>: scm:git:https://github.com/schedkit/schedkit.git/jicoo-api",
            pom + " has a module path appended to <url>: https://github.com/schedkit/schedkit/jicoo-api"),
        PomRequirements.problems(pom, "jicoo-api"));
  }

  @Test
  void aPomOfAnotherArtifactOrNotXmlIsReported() throws IOException {
    assertEquals(
        List.of(pom(COMPLETE) + " describes artifact jicoo-api, not cronofy-api"),
        PomRequirements.problems(pom(COMPLETE), "cronofy-api"));
    Path broken = pom("<project>");
    assertEquals(1, PomRequirements.problems(broken, "jicoo-api").size());
  }

  @Test
  void packagingDefaultsToJar() throws IOException {
    assertEquals("jar", PomRequirements.packaging(pom(COMPLETE)));
    assertEquals("pom", PomRequirements.packaging(pom(COMPLETE.replace("<name>", "<packaging>pom</packaging><name>"))));
  }

  private Path pom(String text) throws IOException {
    return Files.writeString(dir.resolve("pom.xml"), text);
  }
}
