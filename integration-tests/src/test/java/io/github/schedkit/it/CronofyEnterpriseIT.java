package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.api.EnterpriseApi;
import io.github.schedkit.cronofy.api.EnterpriseApi.ListAccessibleCalendarsQuery;
import io.github.schedkit.cronofy.api.EnterpriseApi.ListResourcesQuery;
import io.github.schedkit.cronofy.model.AccessibleCalendar;
import io.github.schedkit.cronofy.model.AccessibleCalendarType;
import io.github.schedkit.cronofy.model.DelegatedAuthorizationRequest;
import io.github.schedkit.cronofy.model.Resource;
import io.github.schedkit.cronofy.model.ResourceLocation;
import io.github.schedkit.cronofy.model.ServiceAccountAuthorization;
import io.github.schedkit.cronofy.model.ServiceAccountAuthorizationRequest;
import io.github.schedkit.mock.PrismServer;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Enterprise operation against Prism; each test is named after its operationId. The
 * service-account operations are called by a client whose access token is the service account's.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyEnterpriseIT {
  private static final String SERVICE_ACCOUNT_TOKEN = "schedkit_it_service_account_token";
  private static final String CALLBACK = "https://app.example.com/cronofy/enterprise/callback";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static EnterpriseApi serviceAccount;
  private static EnterpriseApi user;

  @BeforeAll
  static void setUp(PrismServer prism) {
    serviceAccount = CronofyMock.builder(prism, SENT).accessToken(SERVICE_ACCOUNT_TOKEN).build().enterprise();
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    user = cronofy.enterprise();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  private static void assertServiceAccountToken(Request sent) {
    assertEquals("Bearer " + SERVICE_ACCOUNT_TOKEN, sent.header("Authorization"), sent.url().encodedPath());
  }

  @Test
  void createServiceAccountAuthorization() {
    assertSendsServiceAccountAuthorization(
        "single",
        ServiceAccountAuthorizationRequest.builder()
            .email("janed@company.com")
            .callbackUrl(CALLBACK)
            .scope("read_write")
            .state("user-42")
            .build());
  }

  @Test
  void createServiceAccountAuthorizationMultiple() {
    assertSendsServiceAccountAuthorization(
        "multiple",
        ServiceAccountAuthorizationRequest.builder()
            .serviceAccountAuthorizations(
                List.of(
                    ServiceAccountAuthorization.builder()
                        .email("janed@company.com")
                        .callbackUrl(CALLBACK)
                        .scope("read_write")
                        .state("user-42")
                        .build(),
                    ServiceAccountAuthorization.builder()
                        .email("board-room-london@company.com")
                        .callbackUrl(CALLBACK)
                        .scope("read_free_busy")
                        .build()))
            .build());
  }

  /**
   * Sends a request equal to the named request example with the service account's token, and
   * checks the request as sent and the 202 without a body.
   */
  private static void assertSendsServiceAccountAuthorization(String example, ServiceAccountAuthorizationRequest request) {
    assertEquals(
        EXAMPLES.request("createServiceAccountAuthorization", example, ServiceAccountAuthorizationRequest.class),
        request);

    ApiResponse<Void> response = serviceAccount.createServiceAccountAuthorization(request).executeWithResponse();

    assertEquals(202, response.statusCode());
    assertNull(response.body());
    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/v1/service_account_authorizations", sent.url().encodedPath());
    assertServiceAccountToken(sent);
    SpecExamples.assertMatches(
        "createServiceAccountAuthorization request",
        EXAMPLES.requestJson("createServiceAccountAuthorization", example),
        CronofyMock.jsonBody(sent));
  }

  @Test
  void listResources() {
    List<Resource> resources =
        serviceAccount
            .listResources(ListResourcesQuery.builder().includeDetails("capacity location").build())
            .execute();

    Request sent = SENT.last();
    assertEquals("GET", sent.method());
    assertEquals("/v1/resources", sent.url().encodedPath());
    assertEquals("capacity location", sent.url().queryParameter("include_details"));
    assertServiceAccountToken(sent);

    // Unwrapped from {"resources": [...]}.
    EXAMPLES.assertMatchesResponse("listResources", resources);
    assertEquals(2, resources.size());
    Resource room = resources.get(0);
    assertEquals("board-room-london@example.com", room.getEmail());
    assertEquals(Integer.valueOf(14), room.getCapacity());
    ResourceLocation location = room.getLocation();
    assertEquals("North wing", location.getFloorSection());
    assertEquals(List.of("123 Example St"), location.getAddress().getLines());
    assertEquals(Double.valueOf(-0.0922), location.getCoordinates().getLong());
    assertNull(resources.get(1).getLocation());
  }

  @Test
  void createDelegatedAuthorization() {
    DelegatedAuthorizationRequest request =
        DelegatedAuthorizationRequest.builder()
            .profileId("pro_n23kjnwrw2")
            .email("alpha.team@example.com")
            .callbackUrl("https://app.example.com/cronofy/delegated/callback")
            .scope("read_free_busy")
            .state("team-alpha")
            .build();
    assertEquals(EXAMPLES.request("createDelegatedAuthorization", DelegatedAuthorizationRequest.class), request);

    ApiResponse<Void> response = user.createDelegatedAuthorization(request).executeWithResponse();

    assertEquals(202, response.statusCode());
    Request sent = SENT.last();
    CronofyMock.assertPostedExample(sent, "/v1/delegated_authorizations", "createDelegatedAuthorization");
    CronofyMock.assertUserToken(sent);
  }

  @Test
  void listAccessibleCalendars() {
    List<AccessibleCalendar> calendars =
        user.listAccessibleCalendars(
                "pro_n23kjnwrw2",
                ListAccessibleCalendarsQuery.builder().calendarType(AccessibleCalendarType.RESOURCE).build())
            .execute();

    Request sent = SENT.last();
    HttpUrl url = sent.url();
    assertEquals("GET", sent.method());
    assertEquals("/v1/accessible_calendars", url.encodedPath());
    assertEquals("pro_n23kjnwrw2", url.queryParameter("profile_id"));
    assertEquals("resource", url.queryParameter("calendar_type"));
    CronofyMock.assertUserToken(sent);

    // Unwrapped from {"accessible_calendars": [...]}.
    EXAMPLES.assertMatchesResponse("listAccessibleCalendars", calendars);
    assertEquals(3, calendars.size());
    assertSame(AccessibleCalendarType.RESOURCE, calendars.get(0).getCalendarType());
    assertSame(AccessibleCalendarType.UNKNOWN, calendars.get(1).getCalendarType());
    assertEquals("Alpha Team", calendars.get(2).getName());
  }
}
