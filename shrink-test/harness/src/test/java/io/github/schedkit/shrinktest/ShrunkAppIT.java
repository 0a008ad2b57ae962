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
  /** Gson's rule keeping the no-argument constructor of every TypeAdapter, for @JsonAdapter. */
  private static final String GSON_TYPE_ADAPTER_RULE = "-keepclassmembers class * extends com.google.gson.TypeAdapter";
  /** schedkit-core's rule keeping the constructors of the adapters @AdaptedBy names. */
  private static final String SCHEDKIT_ADAPTER_CONSTRUCTOR_RULE = GSON_TYPE_ADAPTER_RULE;

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
    assertOnlyReachedModelsAreKept(Files.readString(shrunk.resolveSibling("mapping.txt")));
  }

  @Test
  void schedkitsRulesAloneKeepTheModelsWorking() throws Exception {
    // As with a Gson older than 2.11, which ships no rules for models or adapter factories.
    ConsumerRules withoutGsons =
        shipped.without("gson.pro", GSON_SERIALIZED_NAME_RULES).without("gson.pro", GSON_FACTORY_RULE);

    assertWorks(AppLauncher.run(List.of(proguard.shrink("without-gson-model-rules", withoutGsons)), server.baseUrl()));
  }

  @Test
  void withoutTheAdapterConstructorRulesTheShrunkAppFails() throws Exception {
    // Nothing calls the constructors of the adapters that @AdaptedBy names: Json's Gson creates
    // them reflectively. Gson 2.11+ ships a rule keeping the no-argument one; schedkit-core keeps both.
    ConsumerRules withoutAny =
        shipped
            .without("gson.pro", GSON_TYPE_ADAPTER_RULE)
            .without("schedkit-core.pro", SCHEDKIT_ADAPTER_CONSTRUCTOR_RULE);

    AppLauncher.Result result =
        AppLauncher.run(List.of(proguard.shrink("without-adapter-constructor-rules", withoutAny)), server.baseUrl());

    assertFails(result);
    assertTrue(result.output().contains("names in @AdaptedBy, has neither a public constructor"), result.output());
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

  private static void assertOnlyReachedModelsAreKept(String mapping) {
    for (String used : List.of("io.github.schedkit.jicoo.model.Booking", "io.github.schedkit.cronofy.model.Event")) {
      assertTrue(mapping.contains("\n" + used + " -> "), used + " is missing from the shrunk app");
      assertTrue(mapping.contains("\n" + used + "$GsonAdapter -> "), used + "'s adapter is missing from the shrunk app");
    }
    // The app reads no webhook and no availability.
    for (String unused :
        List.of("io.github.schedkit.jicoo.model.WebhookEvent", "io.github.schedkit.cronofy.model.AvailabilityResponse")) {
      assertFalse(mapping.contains("\n" + unused + " -> "), unused + " was kept, though the app never reaches it");
    }
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
