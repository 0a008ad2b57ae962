package io.github.schedkit.shrinktest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import proguard.Configuration;
import proguard.ConfigurationParser;
import proguard.ProGuard;

/**
 * Shrinks, optimizes and obfuscates the app with ProGuard, in this JVM, the way an app build
 * would: the app and its runtime classpath are the program, the JDK's platform modules are the
 * library, and the only rules are the consumer rules given plus one keeping the app's entry point.
 */
final class ProGuardShrinker {
  /** The app's entry point: the one rule the app adds itself. */
  private static final String APP_RULE =
      "-keep public class io.github.schedkit.shrinktest.ShrinkApp { public static void main(java.lang.String[]); }";

  /**
   * The library is the JDK's instead of Android's {@code android.jar}: the Android classes that
   * Retrofit and OkHttp use only when running on Android are absent, which is no defect of the
   * rules. Nothing else is excused.
   */
  private static final String PLATFORM_RULE = "-dontwarn android.**";

  /**
   * Works around a ProGuard optimizer bug that writes unverifiable code for Kotlin multi-file
   * classes such as Okio's ({@code VerifyError: Bad return type}):
   * https://github.com/Guardsquare/proguard/issues/533. R8 does not have it.
   */
  private static final String TOOL_RULE = "-optimizations !method/specialization/returntype";

  /** The library: the JDK modules whose APIs Android's platform provides too (android.jar is not on Maven Central). */
  private static final List<String> PLATFORM_MODULES = List.of("java.base", "java.logging", "java.sql");

  private static final String LIBRARY_FILTER = "(!META-INF/versions/**,!module-info.class,!META-INF/MANIFEST.MF)";
  private static final String JMOD_FILTER = "(!**.jar;!module-info.class)";

  private final ShrinkInputs inputs;

  /**
   * Creates a shrinker for the inputs.
   *
   * @param inputs the app, its runtime classpath and the work directory
   */
  ProGuardShrinker(ShrinkInputs inputs) {
    this.inputs = inputs;
  }

  /**
   * Runs ProGuard with the given consumer rules.
   *
   * @param variant names the run's directory under the work directory, where the configuration,
   *     the rule files, the mapping and the shrunk jar are kept for inspection
   * @param rules the consumer rules
   * @return the shrunk app jar
   * @throws Exception if ProGuard fails
   */
  Path shrink(String variant, ConsumerRules rules) throws Exception {
    Path dir = inputs.workDir().resolve(variant);
    deleteRecursively(dir);
    Path output = dir.resolve("app-shrunk.jar");
    Path configFile = dir.resolve("proguard.pro");
    Files.createDirectories(dir);
    Files.writeString(configFile, configuration(dir, output, rules));

    Configuration configuration = new Configuration();
    try (ConfigurationParser parser = new ConfigurationParser(configFile.toFile(), System.getProperties())) {
      parser.parse(configuration);
    }
    new ProGuard(configuration).execute();
    return output;
  }

  /** Writes the rule files to {@code dir/consumer-rules/} and returns the configuration including them. */
  private String configuration(Path dir, Path output, ConsumerRules rules) throws IOException {
    StringBuilder config = new StringBuilder();
    config.append("-injars ").append(quote(inputs.appJar())).append('\n');
    for (Path library : inputs.libraries()) {
      config.append("-injars ").append(quote(library)).append(LIBRARY_FILTER).append('\n');
    }
    config.append("-outjars ").append(quote(output)).append('\n');
    for (Path module : platformModules()) {
      config.append("-libraryjars ").append(quote(module)).append(JMOD_FILTER).append('\n');
    }
    config.append("-printmapping ").append(quote(dir.resolve("mapping.txt"))).append('\n');
    config.append(TOOL_RULE).append('\n');
    config.append(PLATFORM_RULE).append('\n');
    config.append(APP_RULE).append('\n');
    Path rulesDir = Files.createDirectories(dir.resolve("consumer-rules"));
    List<RuleFile> files = rules.files();
    for (int i = 0; i < files.size(); i++) {
      RuleFile file = files.get(i);
      Path copy = rulesDir.resolve(String.format("%02d-%s-%s", i, file.jar(), file.name()));
      Files.writeString(copy, file.text());
      config.append("-include ").append(quote(copy)).append('\n');
    }
    return config.toString();
  }

  /**
   * Returns the platform modules for ProGuard's library: the JDK's {@code jmods/} files, or, on a
   * JDK built without them (such as Temurin 24 and later), the modules' classes copied once from
   * the runtime image ({@code jrt:/}) into the work directory.
   */
  private List<Path> platformModules() throws IOException {
    Path jmods = Path.of(System.getProperty("java.home"), "jmods");
    List<Path> modules = new ArrayList<>();
    for (String module : PLATFORM_MODULES) {
      Path jmod = jmods.resolve(module + ".jmod");
      modules.add(Files.isRegularFile(jmod) ? jmod : fromRuntimeImage(module));
    }
    return modules;
  }

  private Path fromRuntimeImage(String module) throws IOException {
    Path target = inputs.workDir().resolve("platform").resolve(module);
    if (Files.isDirectory(target)) {
      return target;
    }
    Path staging = Files.createDirectories(target.resolveSibling(module + ".partial"));
    Path source = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("modules", module);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = staging.resolve(source.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return Files.move(staging, target);
  }

  private static String quote(Path path) {
    return "'" + path.toAbsolutePath() + "'";
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
