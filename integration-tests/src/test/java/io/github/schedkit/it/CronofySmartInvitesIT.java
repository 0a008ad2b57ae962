package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.EventTime;
import io.github.schedkit.cronofy.api.SmartInvitesApi;
import io.github.schedkit.cronofy.api.SmartInvitesApi.GetSmartInviteQuery;
import io.github.schedkit.cronofy.model.EventLocation;
import io.github.schedkit.cronofy.model.SmartInvite;
import io.github.schedkit.cronofy.model.SmartInviteEvent;
import io.github.schedkit.cronofy.model.SmartInviteMethod;
import io.github.schedkit.cronofy.model.SmartInviteOrganizer;
import io.github.schedkit.cronofy.model.SmartInviteRecipient;
import io.github.schedkit.cronofy.model.SmartInviteRecipientStatus;
import io.github.schedkit.cronofy.model.SmartInviteRequest;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every SmartInvites operation against Prism, authenticated with the client secret as API key.
 * {@code upsertSmartInvite} serves four cases, one test each: a single recipient, several
 * recipients, a cancellation and the removal of a recipient ({@code Prefer: example=...} picks the
 * matching response).
 */
@UsePrism(CronofyMock.SPEC)
class CronofySmartInvitesIT {
  private static final String CALLBACK = "https://app.example.com/cronofy/smart_invite/notifications";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static SmartInvitesApi smartInvites;

  @BeforeAll
  static void setUp(PrismServer prism) {
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    smartInvites = cronofy.smartInvites();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  private static SmartInviteEvent boardMeeting() {
    return SmartInviteEvent.builder()
        .summary("Board meeting")
        .description("Discuss plans for the next quarter.")
        .start(EventTime.time(OffsetDateTime.parse("2025-01-22T09:30:00Z")))
        .end(EventTime.time(OffsetDateTime.parse("2025-01-22T10:00:00Z")))
        .tzid("Europe/London")
        .location(EventLocation.builder().description("Board room").build())
        .build();
  }

  private static SmartInviteRecipient recipient(String email) {
    return SmartInviteRecipient.builder().email(email).build();
  }

  /** Sends a request equal to the named example, checks it as sent, and returns the named response. */
  private static SmartInvite upsert(String example, SmartInviteRequest request) {
    assertEquals(EXAMPLES.request("upsertSmartInvite", example, SmartInviteRequest.class), request);

    SmartInvite invite = Prefer.with("example=" + example, () -> smartInvites.upsertSmartInvite(request).execute());

    Request sent = SENT.last("POST", "/v1/smart_invites");
    CronofyMock.assertApiKey(sent);
    JsonObject body = CronofyMock.assertBodyMatchesExample(sent, "upsertSmartInvite", example);
    assertFalse(body.has("client_secret"), "the API key stays out of the body");
    EXAMPLES.assertMatchesResponse("upsertSmartInvite", example, invite);
    return invite;
  }

  /** Creates or updates an invite for one recipient. */
  @Test
  void upsertSmartInvite() {
    SmartInviteRequest request =
        SmartInviteRequest.builder()
            .method(SmartInviteMethod.REQUEST)
            .recipient(recipient("cronofy@example.com"))
            .smartInviteId("your-unique-identifier-for-invite")
            .callbackUrl(CALLBACK)
            .event(boardMeeting())
            .organizer(
                SmartInviteOrganizer.builder().name("Smart invite application").email("organizer@myapplication.com").build())
            .build();

    SmartInvite invite = upsert("singleRecipient", request);

    assertSame(SmartInviteRecipientStatus.PENDING, invite.getRecipient().getStatus());
    assertNull(invite.getRecipients());
    // The response gives the times with the event's time zone.
    assertEquals(
        EventTime.localized(OffsetDateTime.parse("2025-01-22T09:30:00Z"), "Europe/London"), invite.getEvent().getStart());
    assertTrue(invite.getAttachments().getIcalendar().startsWith("BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST"));
  }

  /** Creates or updates an invite for several recipients, one of them already accepted (ALPHA). */
  @Test
  void upsertSmartInviteMultipleRecipients() {
    SmartInviteRequest request =
        SmartInviteRequest.builder()
            .method(SmartInviteMethod.REQUEST)
            .recipients(
                List.of(
                    SmartInviteRecipient.builder()
                        .email("cronofy@example.com")
                        .status(SmartInviteRecipientStatus.ACCEPTED)
                        .build(),
                    recipient("cronofy@example.org")))
            .smartInviteId("your-unique-id-for-invite")
            .callbackUrl(CALLBACK)
            .event(boardMeeting())
            .organizer(SmartInviteOrganizer.builder().name("Smart invite application").build())
            .build();

    SmartInvite invite = upsert("multipleRecipients", request);

    JsonObject body = CronofyMock.jsonBody(SENT.last());
    assertFalse(body.has("recipient"));
    assertEquals(2, body.getAsJsonArray("recipients").size());
    assertNull(invite.getRecipient());
    assertSame(SmartInviteRecipientStatus.ACCEPTED, invite.getRecipients().get(0).getStatus());
    assertSame(SmartInviteRecipientStatus.PENDING, invite.getRecipients().get(1).getStatus());
  }

  /** Cancels an invite; the response carries the cancellation to send. */
  @Test
  void upsertSmartInviteCancel() {
    SmartInviteRequest request =
        SmartInviteRequest.builder()
            .method(SmartInviteMethod.CANCEL)
            .recipient(recipient("cronofy@example.com"))
            .smartInviteId("your-unique-identifier-for-invite")
            .build();

    SmartInvite invite = upsert("cancel", request);

    assertEquals(3, CronofyMock.jsonBody(SENT.last()).size(), "only method, recipient and id are sent");
    assertSame(SmartInviteMethod.CANCEL, invite.getMethod());
    assertTrue(invite.getAttachments().getIcalendar().contains("METHOD:CANCEL"));
  }

  /** Removes one recipient from a multi-recipient invite (ALPHA). */
  @Test
  void upsertSmartInviteRemoveRecipient() {
    SmartInviteRequest request =
        SmartInviteRequest.builder()
            .method(SmartInviteMethod.REMOVE)
            .recipient(recipient("cronofy@example.org"))
            .smartInviteId("your-unique-id-for-invite")
            .build();

    SmartInvite invite = upsert("removeRecipient", request);

    assertEquals("remove", CronofyMock.jsonBody(SENT.last()).get("method").getAsString());
    assertEquals(1, invite.getRecipients().size());
    assertEquals("cronofy@example.org", invite.getAttachments().getRemoved().getEmail());
    assertNull(invite.getAttachments().getIcalendar());
  }

  @Test
  void getSmartInvite() {
    SmartInvite invite =
        smartInvites
            .getSmartInvite(
                "your-unique-identifier-for-invite",
                GetSmartInviteQuery.builder().recipientEmail("cronofy@example.com").includeIcs(true).build())
            .execute();

    Request sent = SENT.last("GET", "/v1/smart_invites");
    HttpUrl url = sent.url();
    assertEquals("your-unique-identifier-for-invite", url.queryParameter("smart_invite_id"));
    assertEquals("cronofy@example.com", url.queryParameter("recipient_email"));
    assertEquals("true", url.queryParameter("include_ics"));
    CronofyMock.assertApiKey(sent);
    EXAMPLES.assertMatchesResponse("getSmartInvite", invite);
    SmartInviteRecipient recipient = invite.getRecipient();
    assertSame(SmartInviteRecipientStatus.DECLINED, recipient.getStatus());
    assertEquals("example comment", recipient.getComment());
    assertEquals("Europe/Paris", recipient.getProposal().getStart().getTzid());
    assertEquals(OffsetDateTime.parse("2025-01-22T23:00:00+02:00"), recipient.getProposal().getStart().getTime());
    assertSame(SmartInviteRecipientStatus.TENTATIVE, invite.getReplies().get(1).getStatus());
  }
}
