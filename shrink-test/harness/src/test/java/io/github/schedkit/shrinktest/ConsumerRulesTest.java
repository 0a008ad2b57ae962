package io.github.schedkit.shrinktest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsumerRulesTest {
  @TempDir Path dir;

  @Test
  void aJarWithoutTargetedRulesContributesItsMetaInfProguardFiles() throws IOException {
    Path jar =
        jar("legacy.jar", Map.of(
            "META-INF/proguard/legacy.pro", "-keep class a.A",
            "META-INF/proguard/nested/ignored.pro", "-keep class a.B",
            "META-INF/other.pro", "-keep class a.C"));

    List<RuleFile> files = ConsumerRules.collectFrom(List.of(jar)).files();

    assertEquals(List.of(new RuleFile("legacy.jar", "META-INF/proguard/legacy.pro", "-keep class a.A")), files);
  }

  @Test
  void aJarWithTargetedRulesContributesOnlyThoseForThisR8() throws IOException {
    Path jar =
        jar("targeted.jar", Map.of(
            "META-INF/proguard/legacy.pro", "-keep class a.Legacy",
            "META-INF/com.android.tools/r8/all.pro", "-keep class a.All",
            "META-INF/com.android.tools/r8-from-1.6.0/new.pro", "-keep class a.New",
            "META-INF/com.android.tools/r8-upto-1.6.0/old.pro", "-keep class a.Old",
            "META-INF/com.android.tools/r8-from-8.0.0-upto-9.0.0/r8.pro", "-keep class a.R8",
            "META-INF/com.android.tools/proguard/proguard.pro", "-keep class a.ProGuard"));

    List<String> entries = ConsumerRules.collectFrom(List.of(jar)).files().stream().map(RuleFile::entry).sorted().toList();

    assertEquals(
        List.of(
            "META-INF/com.android.tools/r8-from-1.6.0/new.pro",
            "META-INF/com.android.tools/r8-from-8.0.0-upto-9.0.0/r8.pro",
            "META-INF/com.android.tools/r8/all.pro"),
        entries);
  }

  @Test
  void withoutRemovesADirectiveWithItsMemberBlockAndItsCondition() throws IOException {
    String text =
        String.join("\n",
            "# keep the models",
            "-keep class a.model.** {",
            "  <fields>;",
            "}",
            "-if class a.Api",
            "-keep class a.Impl",
            "-dontwarn b.**");
    ConsumerRules rules = ConsumerRules.collectFrom(List.of(jar("a.jar", Map.of("META-INF/proguard/a.pro", text))));

    String kept = rules.without("a.pro", "-keep class a.model.**").without("a.pro", "-if class a.Api").files().get(0).text();

    assertEquals("# keep the models\n-dontwarn b.**", kept);
  }

  @Test
  void withoutAttributeTakesOneAttributeOutOfEveryKeepattributes() throws IOException {
    ConsumerRules rules =
        ConsumerRules.collectFrom(List.of(
            jar("a.jar", Map.of("META-INF/proguard/a.pro", "-keepattributes Signature, InnerClasses\n-dontwarn c.**")),
            jar("b.jar", Map.of("META-INF/proguard/b.pro", "-keepattributes Signature"))));

    List<String> texts = rules.withoutAttribute("Signature").files().stream().map(RuleFile::text).toList();

    assertEquals(List.of("-keepattributes InnerClasses\n-dontwarn c.**", ""), texts);
  }

  @Test
  void anAblationThatRemovesNothingIsRefused() throws IOException {
    ConsumerRules rules = ConsumerRules.collectFrom(List.of(jar("a.jar", Map.of("META-INF/proguard/a.pro", "-keep class a.A"))));

    assertThrows(IllegalArgumentException.class, () -> rules.without("a.pro", "-keep class a.B"));
    assertThrows(IllegalArgumentException.class, () -> rules.without("b.pro", "-keep class a.A"));
    assertThrows(IllegalArgumentException.class, () -> rules.withoutAttribute("Signature"));
  }

  private Path jar(String name, Map<String, String> entries) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }
}
