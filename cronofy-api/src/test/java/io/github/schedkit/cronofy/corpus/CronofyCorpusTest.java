package io.github.schedkit.cronofy.corpus;

import io.github.schedkit.core.corpus.Corpus;
import io.github.schedkit.core.corpus.CorpusFixture;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.CronofyPushVerifier;
import io.github.schedkit.cronofy.SmartInviteCallbackVerifier;
import io.github.schedkit.cronofy.model.SmartInviteNotification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every documented Cronofy example of {@code src/test/resources/corpus/cronofy/} through the real
 * client path, nothing lost (see {@link Corpus}). Push notifications are signed with a test
 * secret as Cronofy signs them and go through {@link CronofyPushVerifier}; Smart Invite callbacks
 * (fixtures naming {@code SmartInviteNotification}) through {@link SmartInviteCallbackVerifier}.
 */
class CronofyCorpusTest {
  private static final String SECRET = "corpus-client-secret";

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    return Corpus.builder("Cronofy", "corpus/cronofy")
        .client(
            baseUrl ->
                CronofyClient.builder()
                    .baseUrl(baseUrl)
                    .appBaseUrl(baseUrl)
                    .clientId("corpus-client-id")
                    .clientSecret(SECRET)
                    .accessToken("corpus-access-token")
                    .refreshToken("corpus-refresh-token")
                    .adminApiKey("corpus-admin-key")
                    .maxRetries(0)
                    .build())
        .notifications(CronofyCorpusTest::verifyAndParse)
        .expectAtLeast(1)
        .tests();
  }

  /** Signs a documented payload as Cronofy would and parses it with the verifier the fixture names. */
  private static Object verifyAndParse(CorpusFixture fixture, String body) {
    String signature = CronofyPushVerifier.sign(body.getBytes(StandardCharsets.UTF_8), SECRET);
    CronofyPushVerifier verifier = CronofyPushVerifier.of(SECRET);
    if (SmartInviteNotification.class.getSimpleName().equals(fixture.notification())) {
      return SmartInviteCallbackVerifier.of(verifier).verifyAndParse(body, signature);
    }
    return verifier.verifyAndParse(body, signature);
  }
}
