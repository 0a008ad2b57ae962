package io.github.schedkit.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the benchmark run was asked to do, from the system properties the {@code benchmarks}
 * module's build passes (see its {@code pom.xml}).
 *
 * @param quick a short run that checks the harness end to end; its numbers mean little
 * @param sections the sections to run: {@code percall}, {@code decode}, {@code pagination},
 *     {@code footprint}, {@code build}
 * @param root the repository root (for the build-cost section's copy)
 * @param report where to write the Markdown results
 * @param localRepository the local Maven repository (jars outside it were built by the reactor)
 * @param schedkitClasspath the runtime classpath file of an application using jicoo-api
 * @param stockClasspath the runtime classpath file of the stock client's generated pom.xml
 * @param stockRetrofit3Classpath the same with Retrofit raised to schedkit's version
 * @param stockJar the stock client's classes jar
 */
public record Settings(
    boolean quick,
    Set<String> sections,
    Path root,
    Path report,
    Path localRepository,
    Path schedkitClasspath,
    Path stockClasspath,
    Path stockRetrofit3Classpath,
    Path stockJar) {

  /** Every section, in the order they run. */
  public static final Set<String> ALL_SECTIONS =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(List.of("percall", "decode", "pagination", "footprint", "build")));

  /**
   * Reads the settings from system properties.
   *
   * @return the settings
   * @throws IllegalArgumentException if a property is missing or names an unknown section
   */
  public static Settings fromSystemProperties() {
    String sectionList = System.getProperty("benchmarks.sections", "all").trim();
    Set<String> sections =
        sectionList.equals("all") || sectionList.isEmpty()
            ? ALL_SECTIONS
            : new LinkedHashSet<>(Arrays.asList(sectionList.split("\\s*,\\s*")));
    for (String section : sections) {
      if (!ALL_SECTIONS.contains(section)) {
        throw new IllegalArgumentException(
            "benchmarks.sections names an unknown section \"" + section + "\"; known: " + ALL_SECTIONS);
      }
    }
    return new Settings(
        Boolean.getBoolean("benchmarks.quick"),
        sections,
        path("benchmarks.root"),
        path("benchmarks.report"),
        path("benchmarks.localRepository"),
        path("benchmarks.footprint.schedkit"),
        path("benchmarks.footprint.stock"),
        path("benchmarks.footprint.stockRetrofit3"),
        path("benchmarks.stockJar"));
  }

  /**
   * Tells whether a section is to run.
   *
   * @param section the section name
   * @return {@code true} if it runs
   */
  public boolean runs(String section) {
    return sections.contains(section);
  }

  private static Path path(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "system property " + property + " is not set: run the benchmarks through their Maven build (see BENCHMARKS.md)");
    }
    return Path.of(value);
  }
}
