package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.api.IdentityApi;
import io.github.schedkit.cronofy.model.Account;
import io.github.schedkit.cronofy.model.Calendar;
import io.github.schedkit.cronofy.model.CalendarPermissionLevel;
import io.github.schedkit.cronofy.model.ConferencingProfile;
import io.github.schedkit.cronofy.model.ConferencingProviderName;
import io.github.schedkit.cronofy.model.Profile;
import io.github.schedkit.cronofy.model.ProviderName;
import io.github.schedkit.cronofy.model.ProviderService;
import io.github.schedkit.cronofy.model.UserInfo;
import io.github.schedkit.cronofy.model.UserInfoData;
import io.github.schedkit.cronofy.model.UserInfoType;
import io.github.schedkit.mock.PrismServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Identity operation against Prism; each test is named after its operationId. */
@UsePrism(CronofyMock.SPEC)
class CronofyIdentityIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static IdentityApi identity;

  @BeforeAll
  static void setUp(PrismServer prism) {
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    identity = cronofy.identity();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void getUserInfo() {
    UserInfo info = identity.getUserInfo().execute();

    Request sent = SENT.last();
    assertEquals("GET", sent.method());
    assertEquals("/v1/userinfo", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);

    EXAMPLES.assertMatchesResponse("getUserInfo", info);
    assertEquals("acc_5700a00eb0ccd07000000000", info.getSub());
    assertEquals("Europe/London", info.getZoneinfo());
    // "cronofy.type" and "cronofy.data" are keys with a dot in them.
    assertSame(UserInfoType.ACCOUNT, info.getCronofyType());
    UserInfoData data = info.getCronofyData();
    assertEquals("read_write", data.getAuthorization().getScope());
    assertEquals("active", data.getAuthorization().getStatus());
    assertNull(data.getServiceAccount());

    List<Profile> profiles = data.getProfiles();
    assertEquals(2, profiles.size());
    Profile google = profiles.get(0);
    assertSame(ProviderName.GOOGLE, google.getProviderName());
    assertSame(ProviderService.GSUITE, google.getProviderService());
    assertEquals(Boolean.TRUE, google.getProfileInitialSyncRequired());
    Calendar home = google.getProfileCalendars().get(0);
    assertEquals("cal_n23kjnwrw2_jsdfjksn234", home.getCalendarId());
    assertEquals(Boolean.TRUE, home.getCalendarPrimary());
    assertSame(CalendarPermissionLevel.SANDBOX, home.getPermissionLevel());
    // Calendars inside a profile leave the profile fields out.
    assertNull(home.getProfileId());
    Profile apple = profiles.get(1);
    assertSame(ProviderName.APPLE, apple.getProviderName());
    assertSame(ProviderService.ICLOUD, apple.getProviderService());
    assertEquals(Boolean.FALSE, apple.getProfileConnected());
    assertEquals(
        "https://app.cronofy.com/relink/apple?email=example@cronofy.com",
        apple.getProfileRelinkUrl());
    assertEquals(Boolean.TRUE, apple.getProfileCalendars().get(0).getCalendarReadonly());

    ConferencingProfile zoom = data.getConferencingProfiles().get(0);
    assertSame(ConferencingProviderName.ZOOM, zoom.getProviderName());
    assertEquals("pro_jknsdfk234", zoom.getProfileId());
    assertEquals(Boolean.TRUE, zoom.getProfileConnected());
  }

  @Test
  void getAccount() {
    Account account = identity.getAccount().execute();

    Request sent = SENT.last();
    assertEquals("/v1/account", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);

    // Unwrapped from {"account": {...}, "sub": ...}.
    EXAMPLES.assertMatchesResponse("getAccount", account);
    assertEquals("acc_5700a00eb0ccd07000000000", account.getAccountId());
    assertEquals("janed@company.com", account.getEmail());
    assertEquals("Jane Doe", account.getName());
    assertEquals("read_events create_event delete_event", account.getScope());
    assertEquals("Europe/London", account.getDefaultTzid());
  }

  @Test
  void listProfiles() {
    List<Profile> profiles = identity.listProfiles().execute();

    Request sent = SENT.last();
    assertEquals("/v1/profiles", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);

    // Unwrapped from {"profiles": [...]}.
    EXAMPLES.assertMatchesResponse("listProfiles", profiles);
    assertEquals(2, profiles.size());
    assertSame(ProviderName.GOOGLE, profiles.get(0).getProviderName());
    assertEquals(Boolean.TRUE, profiles.get(0).getProfileConnected());
    assertNull(profiles.get(0).getProfileRelinkUrl());
    Profile exchange = profiles.get(1);
    assertSame(ProviderName.EXCHANGE, exchange.getProviderName());
    assertSame(ProviderService.OFFICE365, exchange.getProviderService());
    assertEquals("pro_fe145c37de", exchange.getProfileId());
    assertFalse(exchange.getProfileConnected());
    assertTrue(exchange.getProfileRelinkUrl().toString().startsWith("https://app.cronofy.com/relink/"));
    assertNull(exchange.getProfileCalendars());
  }

  @Test
  void revokeProfile() {
    ApiResponse<Void> response = identity.revokeProfile("pro_n23kjnwrw2").executeWithResponse();

    assertEquals(202, response.statusCode());
    assertNull(response.body());
    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/v1/profiles/pro_n23kjnwrw2/revoke", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);
    assertTrue(sent.body() == null || contentLength(sent) == 0, "the request has no body");
  }

  private static long contentLength(Request request) {
    try {
      return request.body().contentLength();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
