package io.github.schedkit.jicoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schedkit.core.errors.MissingCredentialException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code fromEnv()}: a blank variable counts as absent, as in {@code CronofyClient}. */
class JicooFromEnvTest {

  private static Map<String, String> environment(String key, String baseUrl) {
    Map<String, String> environment = new HashMap<>();
    environment.put("JICOO_API_KEY", key);
    environment.put("JICOO_BASE_URL", baseUrl);
    return environment;
  }

  @Test
  void setVariablesAreReadAndTrimmed() {
    JicooClient client =
        JicooClient.builder().fromEnv(environment(" sk_live_env ", " http://localhost:4010/ ")::get).build();

    assertEquals("JicooClient{baseUrl=http://localhost:4010/}", client.toString());
    client.close();
  }

  @Test
  void blankVariablesLeaveTheBuilderValuesAlone() {
    JicooClient.Builder builder =
        JicooClient.builder().apiKey("sk_live_code").baseUrl("http://localhost:9/").fromEnv(environment("  ", "")::get);

    assertEquals("JicooClient.Builder{apiKey=set}", builder.toString());
    JicooClient client = builder.build();
    assertEquals("JicooClient{baseUrl=http://localhost:9/}", client.toString());
    client.close();
  }

  @Test
  void aBlankKeyAloneIsAMissingKey() {
    MissingCredentialException missing =
        assertThrows(
            MissingCredentialException.class, () -> JicooClient.builder().fromEnv(environment(" ", null)::get).build());

    assertEquals(
        "JicooClient needs an API key: call .apiKey(\"sk_live_...\") (or .fromEnv() with JICOO_API_KEY set) on the builder",
        missing.getMessage());
  }
}
