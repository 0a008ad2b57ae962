package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.cronofy.model.ApplicationVerificationContact;
import io.github.schedkit.cronofy.model.ApplicationVerificationRequest;
import io.github.schedkit.cronofy.model.AttachmentUpload;
import io.github.schedkit.cronofy.model.CreateAttachmentRequest;
import io.github.schedkit.cronofy.model.ElementPermission;
import io.github.schedkit.cronofy.model.ElementTokenRequest;
import io.github.schedkit.cronofy.model.OAuthClientCredentials;
import io.github.schedkit.cronofy.model.ProvisionApplicationRequest;
import io.github.schedkit.cronofy.model.ServiceAccountAuthorizationRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The credentials of the access, enterprise and Admin API operations: the admin API key goes to
 * provisioning applications and nowhere else, the client secret to the application-level calls,
 * and a service account's token like a user's access token.
 */
class CronofyAdminApiKeyTest extends CronofyMockServerTest {
  private static final ProvisionApplicationRequest PROVISION =
      ProvisionApplicationRequest.builder().name("Example app").url("https://example.com").build();

  @Test
  void theAdminKeyIsSentOnlyToProvisionApplication() throws Exception {
    CronofyClient client = full().adminApiKey(ADMIN_API_KEY).build();
    server.enqueue(json("{\"oauth_client\":{\"client_id\":\"HSuA5GiGjjD6Qth1X9JE\",\"client_secret\":\"wku6HEf0ZCvb5D9okmPl\"}}"));
    server.enqueue(json(202, "{}"));
    server.enqueue(json("{\"element_token\":{\"permissions\":[\"agenda\"],\"origin\":\"http://localhost\",\"token\":\"t\",\"expires_in\":64800}}"));
    server.enqueue(json("{\"attachment\":{\"attachment_id\":\"att_1\"}}"));
    server.enqueue(json("{\"resources\":[]}"));
    server.enqueue(json("{\"link_token\":\"lnk_1\"}"));
    server.enqueue(json(207, "{\"batch\":[{\"status\":202}]}"));

    OAuthClientCredentials provisioned = client.applications().provisionApplication(PROVISION).execute();
    Map<String, Object> verified = client.applications().verifyApplication(verification()).execute();
    client.elements().createElementToken(elementToken()).execute();
    client.attachments().createAttachment(attachment()).execute();
    client.enterprise().listResources().execute();
    client.authorizations().createLinkToken().execute();
    client.batch().deleteEvent("cal_a", "e1").execute();

    assertEquals("HSuA5GiGjjD6Qth1X9JE", provisioned.getClientId());
    assertEquals("wku6HEf0ZCvb5D9okmPl", provisioned.getClientSecret());
    assertEquals(Collections.emptyMap(), verified, "the 202's empty object is returned as it came");
    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      RecordedRequest request = takeRequest();
      sent.add(request.getPath() + " " + request.getHeader("Authorization"));
    }
    assertEquals(
        List.of(
            "/v1/applications Bearer " + ADMIN_API_KEY,
            "/v1/application_verification Bearer " + CLIENT_SECRET,
            "/v1/element_tokens Bearer " + CLIENT_SECRET,
            "/v1/attachments Bearer " + CLIENT_SECRET,
            "/v1/resources Bearer " + ACCESS_TOKEN,
            "/v1/link_tokens Bearer " + ACCESS_TOKEN,
            "/v1/batch Bearer " + ACCESS_TOKEN),
        sent);
  }

  @Test
  void provisionApplicationNeedsTheAdminKeyAndNamesIt() {
    CronofyClient client = full().build();

    assertMissing(".adminApiKey(..)", () -> client.applications().provisionApplication(PROVISION).execute());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void anAdminOnlyClientProvisionsButCannotActForAUserOrTheApplication() throws Exception {
    CronofyClient client = bare().adminApiKey(ADMIN_API_KEY).build();
    server.enqueue(json("{\"oauth_client\":{\"client_id\":\"c\",\"client_secret\":\"s\"}}"));

    client.applications().provisionApplication(PROVISION).execute();

    assertEquals("Bearer " + ADMIN_API_KEY, takeRequest().getHeader("Authorization"));
    assertMissing(".accessToken(..)", () -> client.enterprise().listResources().execute());
    assertMissing(".clientSecret(..)", () -> client.applications().verifyApplication(verification()).execute());
    assertMissing(".clientSecret(..)", () -> client.elements().createElementToken(elementToken()).execute());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aBlankAdminKeyCountsAsMissing() {
    CronofyClient client = full().adminApiKey("  ").build();

    assertMissing(".adminApiKey(..)", () -> client.applications().provisionApplication(PROVISION).execute());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aServiceAccountTokenIsSentLikeAUserAccessToken() throws Exception {
    String serviceAccountToken = "SENTINEL-service-account-52c1";
    CronofyClient serviceAccount = bare().accessToken(serviceAccountToken).build();
    server.enqueue(new MockResponse().setResponseCode(202));

    serviceAccount
        .enterprise()
        .createServiceAccountAuthorization(
            ServiceAccountAuthorizationRequest.builder()
                .email("janed@company.com")
                .callbackUrl("https://app.example.com/cb")
                .scope("read_write")
                .build())
        .execute();

    RecordedRequest request = takeRequest();
    assertEquals("POST /v1/service_account_authorizations HTTP/1.1", request.getRequestLine());
    assertEquals("Bearer " + serviceAccountToken, request.getHeader("Authorization"));
  }

  @Test
  void theBuilderShowsWhetherTheAdminKeyIsSetButNeverItsValue() {
    CronofyClient.Builder builder = bare().adminApiKey(ADMIN_API_KEY);

    assertTrue(builder.toString().contains("adminApiKey=true"), builder.toString());
    assertFalse(builder.toString().contains(ADMIN_API_KEY), builder.toString());
    assertFalse(builder.build().toString().contains(ADMIN_API_KEY));
    assertTrue(bare().toString().contains("adminApiKey=false"), bare().toString());
  }

  private static ApplicationVerificationRequest verification() {
    return ApplicationVerificationRequest.builder()
        .redirectUris(List.of("https://example.com/oauth/cronofy"))
        .contact(ApplicationVerificationContact.builder().email("admin@example.com").build())
        .build();
  }

  private static ElementTokenRequest elementToken() {
    return ElementTokenRequest.builder()
        .version("1")
        .permissions(List.of(ElementPermission.AGENDA))
        .origin("http://localhost")
        .build();
  }

  private static CreateAttachmentRequest attachment() {
    return CreateAttachmentRequest.builder()
        .attachment(
            AttachmentUpload.builder()
                .fileName("a.pdf")
                .contentType("application/pdf")
                .base64Content("JVBERi0=")
                .build())
        .build();
  }

  private static void assertMissing(String setting, Executable call) {
    MissingCredentialException e = assertThrows(MissingCredentialException.class, call);
    assertTrue(e.getMessage().contains(setting), e.getMessage());
  }
}
