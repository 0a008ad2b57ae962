package io.github.schedkit.jicoo.corpus;

import io.github.schedkit.core.corpus.Corpus;
import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.jicoo.JicooWebhookVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every documented Jicoo example of {@code src/test/resources/corpus/jicoo/} through the real
 * client path, nothing lost (see {@link Corpus}). Webhook payloads are signed with a test secret
 * as Jicoo signs them and go through {@link JicooWebhookVerifier}.
 */
class JicooCorpusTest {
  private static final String SECRET = "corpus-webhook-secret";

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    JicooWebhookVerifier verifier = JicooWebhookVerifier.builder().secret(SECRET).build();
    return Corpus.builder("Jicoo", "corpus/jicoo")
        .client(baseUrl -> JicooClient.builder().apiKey("sk_test_corpus").baseUrl(baseUrl).maxRetries(0).build())
        .notifications(
            (fixture, body) ->
                verifier.verifyAndParse(
                    body,
                    JicooWebhookVerifier.sign(
                        body.getBytes(StandardCharsets.UTF_8), System.currentTimeMillis() / 1000, SECRET)))
        .expectAtLeast(5)
        .tests();
  }
}
