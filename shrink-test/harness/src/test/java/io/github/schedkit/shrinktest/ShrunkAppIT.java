package io.github.schedkit.shrinktest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shrink test. ProGuard shrinks, optimizes and obfuscates the app together with schedkit and
 * every library it pulls in, using only the consumer rules those jars ship (collected the way R8
 * collects them) and one rule keeping the app's main class. The shrunk app must then decode and
 * send exactly what the unshrunk app does. The ablation tests take rules out and show that the
 * shrunk app then breaks, so this test notices when a rule the SDK needs goes missing.
 */
class ShrunkAppIT {
  private static final List<String> EXPECTED_OUTPUT =
      TestResources.read("expected-output.txt").lines().toList();
  private static final List<String> EXPECTED_REQUESTS =
      TestResources.read("expected-requests.txt").lines().toList();

  /** Gson's rules keeping the fields (and no-argument constructors) of classes using @SerializedName. */
  private static final String GSON_SERIALIZED_NAME_RULES = "-if class *";
  /** Gson's rule keeping the no-argument constructor of every TypeAdapterFactory, for @JsonAdapter. */
  private static final String GSON_FACTORY_RULE = "-keepclassmembers class * implements com.google.gson.TypeAdapterFactory";

  private static ShrinkInputs inputs;
  private static ConsumerRules shipped;
  private static ProGuardShrinker proguard;
  private static CannedApiServer server;

  @BeforeAll
  static void collectInputsAndStartServer() throws Exception {
    inputs = ShrinkInputs.fromSystemProperties();
    shipped = ConsumerRules.collectFrom(inputs.allJars());
    proguard = new ProGuardShrinker(inputs);
    server = CannedApiServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void forgetEarlierRequests() {
    server.takeRequests();
  }

  @Test
  void theRulesOfEverySchedkitModuleAreCollected() {
    List<String> names = shipped.files().stream().map(RuleFile::name).toList();
    assertTrue(
        names.containsAll(List.of("schedkit-core.pro", "jicoo-api.pro", "cronofy-api.pro", "gson.pro", "retrofit2.pro")),
        "collected rule files: " + names);
  }

  @Test
  void unshrunkAppPrintsTheExpectedValues() throws Exception {
    assertWorks(AppLauncher.run(inputs.allJars(), server.baseUrl()));
  }

  @Test
  void appShrunkWithTheShippedRulesWorks() throws Exception {
    Path shrunk = proguard.shrink("shipped-rules", shipped);

    try (JarFile jar = new JarFile(shrunk.toFile())) {
      assertNull(jar.getEntry("io/github/schedkit/core/ApiCall.class"), "schedkit's classes were not obfuscated");
      long classes = jar.stream().filter(entry -> entry.getName().endsWith(".class")).count();
      System.out.printf("shrink-test: the shrunk app is %,d bytes, %,d classes%n", Files.size(shrunk), classes);
    }
    assertWorks(AppLauncher.run(List.of(shrunk), server.baseUrl()));
  }

  @Test
  void schedkitsRulesAloneKeepTheModelsWorking() throws Exception {
    // As with a Gson older than 2.11, which ships no rules for models or adapter factories.
    ConsumerRules withoutGsons =
        shipped.without("gson.pro", GSON_SERIALIZED_NAME_RULES).without("gson.pro", GSON_FACTORY_RULE);

    assertWorks(AppLauncher.run(List.of(proguard.shrink("without-gson-model-rules", withoutGsons)), server.baseUrl()));
  }

  @Test
  void schedkitsRuleKeepsTheConstructorGsonCreatesTheModelFactoriesWith() throws Exception {
    // The models have generated adapters and need no rule; Gson creates each API's ModelTypeAdapters
    // (named in the models' @JsonAdapter) through its no-argument constructor, which nothing calls.
    ConsumerRules withoutGsons =
        shipped.without("gson.pro", GSON_SERIALIZED_NAME_RULES).without("gson.pro", GSON_FACTORY_RULE);
    ConsumerRules withoutAny =
        withoutGsons
            .without("jicoo-api.pro", "-keep,allowobfuscation class io.github.schedkit.jicoo.model.ModelTypeAdapters")
            .without("cronofy-api.pro", "-keep,allowobfuscation class io.github.schedkit.cronofy.model.ModelTypeAdapters");

    Path kept = proguard.shrink("factory-rule", withoutGsons);
    Path removed = proguard.shrink("without-factory-rules", withoutAny);

    for (String factory : List.of("io.github.schedkit.jicoo.model.ModelTypeAdapters",
        "io.github.schedkit.cronofy.model.ModelTypeAdapters")) {
      assertTrue(ShrunkClasses.hasNoArgumentConstructor(kept, factory), factory + " lost its constructor");
      // Gson then falls back to allocating it without a constructor, which R8's full mode does not survive.
      assertFalse(ShrunkClasses.hasNoArgumentConstructor(removed, factory), factory + " kept its constructor anyway");
    }
  }

  @Test
  void withoutGenericSignaturesTheShrunkAppFails() throws Exception {
    ConsumerRules withoutSignatures = shipped.withoutAttribute("Signature");

    AppLauncher.Result result =
        AppLauncher.run(List.of(proguard.shrink("without-signatures", withoutSignatures)), server.baseUrl());

    assertFails(result);
    assertTrue(result.output().contains("ApiCall return types must be parameterized"), result.output());
    assertEquals(List.of(), server.takeRequests());
  }

  private static void assertWorks(AppLauncher.Result result) {
    assertEquals(0, result.exitCode(), result.output());
    assertEquals(EXPECTED_OUTPUT, result.output().lines().toList());
    assertEquals(EXPECTED_REQUESTS, server.takeRequests());
  }

  private static void assertFails(AppLauncher.Result result) {
    assertNotEquals(0, result.exitCode(), "the shrunk app still worked:\n" + result.output());
    assertFalse(result.output().lines().toList().containsAll(EXPECTED_OUTPUT), result.output());
  }
}
