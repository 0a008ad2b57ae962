package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code fromEnv()}: a blank variable counts as absent, as in {@code JicooClient}. */
class CronofyFromEnvTest {
  private static final String[] NAMES = {
    "CRONOFY_ACCESS_TOKEN", "CRONOFY_REFRESH_TOKEN", "CRONOFY_CLIENT_ID", "CRONOFY_CLIENT_SECRET",
    "CRONOFY_ADMIN_API_KEY", "CRONOFY_DATA_CENTER"
  };

  private static Map<String, String> everyVariable(String value) {
    Map<String, String> environment = new HashMap<>();
    for (String name : NAMES) {
      environment.put(name, value);
    }
    return environment;
  }

  @Test
  void setVariablesAreRead() {
    Map<String, String> environment = everyVariable(" value ");
    environment.put("CRONOFY_DATA_CENTER", " de ");

    CronofyClient.Builder builder = CronofyClient.builder().fromEnv(environment::get);

    assertEquals(
        "CronofyClient.Builder{accessToken=true, refreshToken=true, clientId=true, clientSecret=true,"
            + " adminApiKey=true, dataCenter=DE}",
        builder.toString());
  }

  @Test
  void blankVariablesLeaveTheBuilderValuesAlone() {
    CronofyClient.Builder builder =
        CronofyClient.builder()
            .accessToken("token")
            .clientId("id")
            .dataCenter(DataCenter.UK)
            .fromEnv(everyVariable(" \t")::get);

    assertEquals(
        "CronofyClient.Builder{accessToken=true, refreshToken=false, clientId=true, clientSecret=false,"
            + " adminApiKey=false, dataCenter=UK}",
        builder.toString());
  }

  @Test
  void unsetVariablesLeaveTheBuilderValuesAlone() {
    CronofyClient.Builder builder = CronofyClient.builder().clientSecret("secret").fromEnv(name -> null);

    assertEquals(
        "CronofyClient.Builder{accessToken=false, refreshToken=false, clientId=false, clientSecret=true,"
            + " adminApiKey=false, dataCenter=null}",
        builder.toString());
  }
}
