package io.github.schedkit.it;

import static io.github.schedkit.it.JicooMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.jicoo.api.OrganizationApi;
import io.github.schedkit.jicoo.api.OrganizationApi.ListOrganizationInvitationsQuery;
import io.github.schedkit.jicoo.api.OrganizationApi.ListOrganizationUsersQuery;
import io.github.schedkit.jicoo.model.CreateOrganizationInvitationRequest;
import io.github.schedkit.jicoo.model.OrganizationInvitation;
import io.github.schedkit.jicoo.model.OrganizationInvitationPage;
import io.github.schedkit.jicoo.model.OrganizationRole;
import io.github.schedkit.jicoo.model.OrganizationTeam;
import io.github.schedkit.jicoo.model.OrganizationUser;
import io.github.schedkit.jicoo.model.OrganizationUserPage;
import io.github.schedkit.jicoo.model.UpdateOrganizationUserRequest;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.NoSuchElementException;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every Organization operation against Prism; each test is named after its operationId. */
@UsePrism(JicooMock.SPEC)
class OrganizationIT {
  private static final String USER_ID = "cfmSbUHeizSoZob9cRA3N8fmfKg1";
  private static final String INVITATION_UID = "inv8Xk2LmQ4z";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static OrganizationApi organization;

  @BeforeAll
  static void setUp(PrismServer prism) {
    organization = JicooMock.client(prism, SENT).organization();
  }

  @Test
  void listOrganizationUsers() {
    OrganizationUserPage page =
        organization
            .listOrganizationUsers(ListOrganizationUsersQuery.builder().page(1).perPage(2).build())
            .execute();

    HttpUrl url = SENT.last().url();
    assertEquals("/v1/organization_users", url.encodedPath());
    assertEquals("2", url.queryParameter("perPage"));
    EXAMPLES.assertMatchesResponse("listOrganizationUsers", page);
    assertEquals(Integer.valueOf(5), page.getTotalCount());
    assertTrue(page.hasNextPage());
    assertSame(OrganizationRole.OWNER, page.items().get(0).getRole());
    assertSame(OrganizationRole.MEMBER, page.items().get(1).getRole());
    assertNull(page.items().get(1).getProfileImage());
  }

  @Test
  void deleteOrganizationUser() {
    ApiResponse<Void> response = organization.deleteOrganizationUser(USER_ID).executeWithResponse();

    assertEquals("DELETE", SENT.last().method());
    assertEquals("/v1/organization_users/" + USER_ID, SENT.last().url().encodedPath());
    assertEquals(204, response.statusCode());
    assertNull(response.body());
  }

  @Test
  void getOrganizationUser() {
    OrganizationUser user = organization.getOrganizationUser(USER_ID).execute();

    EXAMPLES.assertMatchesResponse("getOrganizationUser", user);
    assertEquals(USER_ID, user.getUid());
    assertEquals("taro@example.com", user.getEmail());
    assertSame(OrganizationRole.ADMIN, user.getRole());
    assertEquals(OffsetDateTime.parse("2023-11-01T00:00:00Z"), user.getCreatedAt());
  }

  @Test
  void updateOrganizationUser() {
    UpdateOrganizationUserRequest request =
        UpdateOrganizationUserRequest.builder().role(OrganizationRole.OWNER).build();
    assertEquals(
        EXAMPLES.request("updateOrganizationUser", UpdateOrganizationUserRequest.class), request);

    OrganizationUser user = organization.updateOrganizationUser(USER_ID, request).execute();

    assertEquals("PATCH", SENT.last().method());
    EXAMPLES.assertMatchesResponse("updateOrganizationUser", user);
    assertSame(OrganizationRole.OWNER, user.getRole());
    assertEquals(OffsetDateTime.parse("2024-03-01T20:00:00Z"), user.getUpdatedAt());
  }

  @Test
  void createOrganizationInvitation() {
    CreateOrganizationInvitationRequest request =
        CreateOrganizationInvitationRequest.builder()
            .email("user@example.com")
            .role(OrganizationRole.MEMBER)
            .build();
    assertEquals(
        EXAMPLES.request("createOrganizationInvitation", CreateOrganizationInvitationRequest.class),
        request);

    ApiResponse<OrganizationInvitation> response =
        organization.createOrganizationInvitation(request).executeWithResponse();

    assertEquals(201, response.statusCode());
    OrganizationInvitation invitation = response.body();
    EXAMPLES.assertMatchesResponse("createOrganizationInvitation", invitation);
    assertEquals(INVITATION_UID, invitation.getUid());
    assertSame(OrganizationRole.MEMBER, invitation.getRole());
  }

  @Test
  void listOrganizationInvitations() {
    OrganizationInvitationPage page =
        organization
            .listOrganizationInvitations(
                ListOrganizationInvitationsQuery.builder().page(1).perPage(20).build())
            .execute();

    assertEquals("20", SENT.last().url().queryParameter("perPage"));
    EXAMPLES.assertMatchesResponse("listOrganizationInvitations", page);
    assertEquals(1, page.items().size());
    assertEquals("user@example.com", page.items().get(0).getEmail());
    assertNull(page.getNextPage());
    assertFalse(page.hasNextPage());
    assertThrows(NoSuchElementException.class, page::nextPageCall);
  }

  @Test
  void getOrganizationInvitation() {
    OrganizationInvitation invitation =
        organization.getOrganizationInvitation(INVITATION_UID).execute();

    assertEquals(
        "/v1/organization_invitations/" + INVITATION_UID, SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("getOrganizationInvitation", invitation);
    assertEquals(INVITATION_UID, invitation.getUid());
    assertSame(OrganizationRole.MEMBER, invitation.getRole());
    assertEquals(OffsetDateTime.parse("2024-03-01T20:00:00Z"), invitation.getCreatedAt());
  }

  @Test
  void deleteOrganizationInvitation() {
    ApiResponse<Void> response =
        organization.deleteOrganizationInvitation(INVITATION_UID).executeWithResponse();

    assertEquals("DELETE", SENT.last().method());
    assertEquals(
        "/v1/organization_invitations/" + INVITATION_UID, SENT.last().url().encodedPath());
    assertEquals(204, response.statusCode());
    assertNull(response.body());
  }

  @Test
  void getOrganizationTeam() {
    OrganizationTeam team = organization.getOrganizationTeam().execute();

    assertEquals("/v1/organization_team", SENT.last().url().encodedPath());
    EXAMPLES.assertMatchesResponse("getOrganizationTeam", team);
    assertEquals(Long.valueOf(39), team.getId());
    assertEquals("exampleteam", team.getSlug());
    assertEquals("Example Team", team.getName());
  }
}
