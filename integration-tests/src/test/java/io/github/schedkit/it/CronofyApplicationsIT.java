package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.cronofy.api.ApplicationsApi;
import io.github.schedkit.cronofy.model.ApplicationVerificationContact;
import io.github.schedkit.cronofy.model.ApplicationVerificationRequest;
import io.github.schedkit.cronofy.model.OAuthClientCredentials;
import io.github.schedkit.cronofy.model.ProvisionApplicationRequest;
import io.github.schedkit.mock.PrismServer;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Applications (Admin API) operation against Prism; each test is named after its
 * operationId. Provisioning uses the admin API key, verification the application's client secret.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyApplicationsIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static ApplicationsApi applications;

  @BeforeAll
  static void setUp(PrismServer prism) {
    applications =
        CronofyMock.builder(prism, SENT)
            .accessToken(CronofyMock.ACCESS_TOKEN)
            .clientId(CronofyMock.CLIENT_ID)
            .clientSecret(CronofyMock.CLIENT_SECRET)
            .adminApiKey(CronofyMock.ADMIN_API_KEY)
            .build()
            .applications();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void verifyApplication() {
    ApplicationVerificationRequest request =
        ApplicationVerificationRequest.builder()
            .redirectUris(
                List.of(
                    "https://example.com/oauth/cronofy",
                    "https://example.com/oauth/enterprise_connect"))
            .contact(
                ApplicationVerificationContact.builder().email("admin@example.com").displayName("Example Admin").build())
            .build();
    assertEquals(EXAMPLES.request("verifyApplication", ApplicationVerificationRequest.class), request);

    ApiResponse<Map<String, Object>> response = applications.verifyApplication(request).executeWithResponse();

    assertEquals(202, response.statusCode());
    assertEquals(Map.of(), response.body());
    Request sent = SENT.last();
    CronofyMock.assertPostedExample(sent, "/v1/application_verification", "verifyApplication");
    CronofyMock.assertApiKey(sent);
  }

  @Test
  void provisionApplication() {
    ProvisionApplicationRequest request =
        ProvisionApplicationRequest.builder().name("Example app").url("https://example.com").build();
    assertEquals(EXAMPLES.request("provisionApplication", ProvisionApplicationRequest.class), request);

    OAuthClientCredentials client = applications.provisionApplication(request).execute();

    Request sent = SENT.last();
    CronofyMock.assertPostedExample(sent, "/v1/applications", "provisionApplication");
    CronofyMock.assertAdminKey(sent);

    // Unwrapped from {"oauth_client": {...}}.
    EXAMPLES.assertMatchesResponse("provisionApplication", client);
    assertEquals("HSuA5GiGjjD6Qth1X9JE", client.getClientId());
    assertEquals("wku6HEf0ZCvb5D9okmPl", client.getClientSecret());
    assertFalse(client.toString().contains("wku6HEf0ZCvb5D9okmPl"), "the secret is redacted: " + client);
  }
}
