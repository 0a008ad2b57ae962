package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.webhooks.MissingSignatureException;
import io.github.schedkit.core.webhooks.SignatureMismatchException;
import io.github.schedkit.core.webhooks.WebhookPayloadException;
import io.github.schedkit.cronofy.model.SmartInviteNotification;
import io.github.schedkit.cronofy.model.SmartInviteRecipient;
import io.github.schedkit.cronofy.model.SmartInviteRecipientStatus;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Smart Invite callbacks: the signature check of push notifications, then the callback's own shape. */
class SmartInviteCallbackVerifierTest {
  private static final String SECRET = "pDY0Oi7TJSP2hfNmZNkm5";
  private static final String OLD_SECRET = "CRN_NggYusqPGLxwjw5FHOJYOqSrTPNXy8WQf14OID";

  /**
   * The example of https://docs.cronofy.com/developers/api/smart-invites/invite-callback/, without
   * the trailing comma after {@code "type": "smart_invite"} that makes the published text invalid
   * JSON.
   */
  private static final String CALLBACK =
      "{\"notification\":{\"type\":\"smart_invite\"},"
          + "\"smart_invite\":{\"smart_invite_id\":\"example_id\",\"callback_url\":\"http://www.example.com\","
          + "\"recipient\":{\"email\":\"example@example.com\",\"status\":\"tentative\",\"comment\":\"example comment\","
          + "\"proposal\":{\"start\":{\"time\":\"2025-01-21T23:00:00+02:00\",\"tzid\":\"Europe/Paris\"},"
          + "\"end\":{\"time\":\"2025-01-21T23:00:00+02:00\",\"tzid\":\"Europe/Paris\"}}},"
          + "\"reply\":{\"email\":\"example@example.com\",\"status\":\"tentative\",\"comment\":\"example comment\","
          + "\"proposal\":{\"start\":{\"time\":\"2025-01-21T23:00:00+02:00\",\"tzid\":\"Europe/Paris\"},"
          + "\"end\":{\"time\":\"2025-01-21T23:00:00+02:00\",\"tzid\":\"Europe/Paris\"}}}}}";

  private final SmartInviteCallbackVerifier verifier = SmartInviteCallbackVerifier.of(CronofyPushVerifier.of(SECRET));

  private static String signed(String body, String secret) {
    return CronofyPushVerifier.sign(body.getBytes(StandardCharsets.UTF_8), secret);
  }

  /** Verifies a correctly signed body that is not a Smart Invite callback. */
  private WebhookPayloadException refused(String body) {
    return assertThrows(WebhookPayloadException.class, () -> verifier.verifyAndParse(body, signed(body, SECRET)));
  }

  @Test
  void parsesTheDocumentedCallback() {
    SmartInviteNotification callback = verifier.verifyAndParse(CALLBACK, signed(CALLBACK, SECRET));

    assertEquals("smart_invite", callback.getNotification().getType());
    assertEquals("example_id", callback.getSmartInvite().getSmartInviteId());
    SmartInviteRecipient reply = callback.getSmartInvite().getReply();
    assertEquals("example@example.com", reply.getEmail());
    assertEquals(SmartInviteRecipientStatus.TENTATIVE, reply.getStatus());
    assertEquals("example comment", reply.getComment());
    assertEquals(OffsetDateTime.parse("2025-01-21T23:00:00+02:00"), reply.getProposal().getStart().getTime());
    assertEquals("Europe/Paris", reply.getProposal().getStart().getTzid());
    assertEquals(SmartInviteRecipientStatus.TENTATIVE, callback.getSmartInvite().getRecipient().getStatus());
  }

  @Test
  void acceptsAnyRotatedSecretAndTheRawBytes() {
    SmartInviteCallbackVerifier rotating =
        SmartInviteCallbackVerifier.of(CronofyPushVerifier.of(SECRET, OLD_SECRET));
    String header = signed(CALLBACK, "another-secret") + "," + signed(CALLBACK, OLD_SECRET);

    SmartInviteNotification callback = rotating.verifyAndParse(CALLBACK.getBytes(StandardCharsets.UTF_8), header);

    assertEquals("example_id", callback.getSmartInvite().getSmartInviteId());
  }

  @Test
  void refusesABodySignedWithAnotherSecret() {
    assertThrows(SignatureMismatchException.class,
        () -> verifier.verifyAndParse(CALLBACK, signed(CALLBACK, OLD_SECRET)));
  }

  @Test
  void refusesATamperedBody() {
    String tampered = CALLBACK.replace("tentative", "accepted");
    assertThrows(SignatureMismatchException.class, () -> verifier.verifyAndParse(tampered, signed(CALLBACK, SECRET)));
  }

  @Test
  void refusesAMissingSignature() {
    assertThrows(MissingSignatureException.class, () -> verifier.verifyAndParse(CALLBACK, null));
  }

  @Test
  void refusesAPushNotificationNamingItsType() {
    WebhookPayloadException e =
        refused("{\"notification\":{\"type\":\"change\",\"changes_since\":\"2025-01-17T09:24:16Z\"},"
            + "\"channel\":{\"channel_id\":\"chn_54cf7c7cb4ad4c1027000001\"}}");

    assertTrue(e.getMessage().contains("\"change\""), e.getMessage());
  }

  @Test
  void refusesACallbackWithoutTheInvite() {
    WebhookPayloadException e = refused("{\"notification\":{\"type\":\"smart_invite\"}}");
    assertTrue(e.getMessage().contains("smart_invite"), e.getMessage());
  }

  @Test
  void refusesABodyThatIsNotJson() {
    assertFalse(refused("<html>not json</html>").getCause() == null);
  }

  @Test
  void refusesABodyWithoutNotification() {
    WebhookPayloadException e = refused("{\"smart_invite\":{\"smart_invite_id\":\"x\"}}");
    assertTrue(e.getMessage().contains("notification"), e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void needsAPushVerifier() {
    assertThrows(NullPointerException.class, () -> SmartInviteCallbackVerifier.of(null));
  }

  @Test
  void toStringShowsNoSecret() {
    assertFalse(verifier.toString().contains(SECRET));
  }
}
