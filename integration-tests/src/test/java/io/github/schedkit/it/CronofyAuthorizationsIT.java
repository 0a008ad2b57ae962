package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.api.AuthorizationsApi;
import io.github.schedkit.cronofy.model.CalendarPermissionLevel;
import io.github.schedkit.cronofy.model.CalendarPermissionRequest;
import io.github.schedkit.cronofy.model.ConferencingProviderName;
import io.github.schedkit.cronofy.model.ConferencingServiceAuthorization;
import io.github.schedkit.cronofy.model.ConferencingServiceAuthorizationRequest;
import io.github.schedkit.cronofy.model.ElevatedPermissionsRequest;
import io.github.schedkit.cronofy.model.ElevatedPermissionsResult;
import io.github.schedkit.cronofy.model.LinkTokenResponse;
import io.github.schedkit.mock.PrismServer;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Authorizations operation against Prism; each test is named after its operationId. */
@UsePrism(CronofyMock.SPEC)
class CronofyAuthorizationsIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static AuthorizationsApi authorizations;

  @BeforeAll
  static void setUp(PrismServer prism) {
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    authorizations = cronofy.authorizations();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  private static ElevatedPermissionsRequest elevatedPermissions() {
    ElevatedPermissionsRequest request =
        ElevatedPermissionsRequest.builder()
            .permissions(
                List.of(
                    CalendarPermissionRequest.builder()
                        .calendarId("cal_n23kjnwrw2_jsdfjksn234")
                        .permissionLevel(CalendarPermissionLevel.UNRESTRICTED)
                        .build()))
            .redirectUri("http://www.example.com/permission")
            .build();
    assertEquals(EXAMPLES.request("requestElevatedPermissions", ElevatedPermissionsRequest.class), request);
    return request;
  }

  @Test
  void requestElevatedPermissions() {
    ElevatedPermissionsResult result = authorizations.requestElevatedPermissions(elevatedPermissions()).execute();

    Request sent = SENT.last();
    CronofyMock.assertPostedExample(sent, "/v1/permissions", "requestElevatedPermissions");
    CronofyMock.assertUserToken(sent);

    // Unwrapped from {"permissions_request": {...}}: an individual account approves on the page.
    EXAMPLES.assertMatchesResponse("requestElevatedPermissions", result);
    assertEquals("https://app.cronofy.com/permissions", result.getUrl());
    assertNull(result.getAccepted());
    assertFalse(result.toString().contains("app.cronofy.com"), "the URL is redacted: " + result);
  }

  @Test
  void requestElevatedPermissionsAccepted() {
    ElevatedPermissionsResult result =
        Prefer.with(
            "example=accepted", () -> authorizations.requestElevatedPermissions(elevatedPermissions()).execute());

    // An Enterprise Connect account: granted at once, no URL.
    assertEquals(Boolean.TRUE, result.getAccepted());
    assertNull(result.getUrl());
  }

  @Test
  void createLinkToken() {
    LinkTokenResponse response = authorizations.createLinkToken().execute();

    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/v1/link_tokens", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);

    EXAMPLES.assertMatchesResponse("createLinkToken", response);
    assertEquals("lnk_5e4d5a6668ed0f4b213e90fe", response.getLinkToken());
  }

  @Test
  void createConferencingServiceAuthorization() {
    ConferencingServiceAuthorizationRequest request =
        ConferencingServiceAuthorizationRequest.builder()
            .redirectUri("http://www.example.com/conferencing_settings")
            .providerName(ConferencingProviderName.ZOOM)
            .build();
    assertEquals(
        EXAMPLES.request("createConferencingServiceAuthorization", ConferencingServiceAuthorizationRequest.class),
        request);

    ConferencingServiceAuthorization authorization =
        authorizations.createConferencingServiceAuthorization(request).execute();

    Request sent = SENT.last();
    CronofyMock.assertPostedExample(
        sent, "/v1/conferencing_service_authorizations", "createConferencingServiceAuthorization");
    CronofyMock.assertUserToken(sent);

    // Unwrapped from {"authorization_request": {...}}.
    EXAMPLES.assertMatchesResponse("createConferencingServiceAuthorization", authorization);
    assertEquals("https://app.cronofy.com/conferencing_services/2e0b6f1a9c", authorization.getUrl());
  }
}
