package io.github.schedkit.jicoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.webhooks.MalformedSignatureException;
import io.github.schedkit.core.webhooks.MissingSignatureException;
import io.github.schedkit.core.webhooks.SignatureMismatchException;
import io.github.schedkit.core.webhooks.TimestampOutsideToleranceException;
import io.github.schedkit.core.webhooks.WebhookPayloadException;
import io.github.schedkit.jicoo.model.WebhookEvent;
import io.github.schedkit.jicoo.model.WebhookEventType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JicooWebhookVerifierTest {
  private static final String SECRET = "whsec_test_secret";
  private static final long SIGNED_AT = 1662520836L;
  /** HMAC-SHA256 of "1662520836." + the fixture body with SECRET, computed independently (Python hmac). */
  private static final String EXPECTED_V1 =
      "91f38f032b49767053fa2c93f56f24f62016a25461a3172918979701396b9360";

  private final byte[] body = fixture();
  private final JicooWebhookVerifier verifier = verifierAt(SIGNED_AT + 30);

  private static JicooWebhookVerifier verifierAt(long epochSecond) {
    return JicooWebhookVerifier.builder()
        .secret(SECRET)
        .clock(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC))
        .build();
  }

  @Test
  void signMatchesAnIndependentImplementation() {
    assertEquals("t=" + SIGNED_AT + ",v1=" + EXPECTED_V1, JicooWebhookVerifier.sign(body, SIGNED_AT, SECRET));
  }

  @Test
  void verifiesAndParsesTheDocumentedPayload() {
    WebhookEvent event = verifier.verifyAndParse(body, "t=" + SIGNED_AT + ",v1=" + EXPECTED_V1);

    assertSame(WebhookEventType.GUEST_BOOKED, event.getEvent());
    assertEquals(OffsetDateTime.parse("2020-11-23T17:51:19Z"), event.getCreatedAt());
    assertEquals("ACDADADASS", event.getObject().getUid());
    assertEquals("ACDASSS1ASS", event.getObject().getEventTypeUid());
    assertEquals("John Doe", event.getObject().getContact().getName());
    assertEquals("winter_campaign", event.getObject().getTracking().getUtmCampaign());
    assertEquals(2, event.getObject().getAnswers().get(0).getContent().size());
  }

  @Test
  void acceptsTheStringFormOfTheBody() {
    String text = new String(body, StandardCharsets.UTF_8);
    assertEquals("ACDADADASS", verifier.verifyAndParse(text, "t=" + SIGNED_AT + ",v1=" + EXPECTED_V1).getObject().getUid());
  }

  @Test
  void acceptsAnyOfSeveralSignaturesAndIgnoresOtherSchemes() {
    String header = "t=" + SIGNED_AT + ", v0=abc, v1=" + "0".repeat(64) + ", v1=" + EXPECTED_V1;
    verifier.verify(body, header);
  }

  @Test
  void acceptsADeliverySignedWithAnyConfiguredSecretDuringRotation() {
    JicooWebhookVerifier rotating =
        JicooWebhookVerifier.builder()
            .secret("whsec_new")
            .secret(SECRET)
            .clock(Clock.fixed(Instant.ofEpochSecond(SIGNED_AT), ZoneOffset.UTC))
            .build();
    rotating.verify(body, "t=" + SIGNED_AT + ",v1=" + EXPECTED_V1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void missingHeaderIsReportedAsSuch(String header) {
    assertThrows(MissingSignatureException.class, () -> verifier.verify(body, header));
    assertThrows(MissingSignatureException.class, () -> verifier.verify(body, (String) null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "v1=91f3",
        "t=1662520836",
        "t=abc,v1=91f3",
        "t=-5,v1=91f3",
        "garbage",
        "t=1662520836,=x",
        "t=99999999999999999999,v1=91f3"
      })
  void malformedHeadersAreReportedAsSuch(String header) {
    assertThrows(MalformedSignatureException.class, () -> verifier.verify(body, header));
  }

  @Test
  void aModifiedBodyDoesNotMatch() {
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("John", "Jane").getBytes(StandardCharsets.UTF_8);
    assertThrows(
        SignatureMismatchException.class,
        () -> verifier.verify(tampered, "t=" + SIGNED_AT + ",v1=" + EXPECTED_V1));
  }

  @Test
  void aWrongSecretDoesNotMatch() {
    JicooWebhookVerifier other =
        JicooWebhookVerifier.builder()
            .secret("whsec_other")
            .clock(Clock.fixed(Instant.ofEpochSecond(SIGNED_AT), ZoneOffset.UTC))
            .build();
    assertThrows(SignatureMismatchException.class, () -> other.verify(body, "t=" + SIGNED_AT + ",v1=" + EXPECTED_V1));
  }

  @Test
  void aReplayedTimestampIsStillCheckedAgainstTheSignature() {
    assertThrows(
        SignatureMismatchException.class,
        () -> verifier.verify(body, "t=" + (SIGNED_AT + 1) + ",v1=" + EXPECTED_V1));
  }

  @Test
  void staleAndFutureTimestampsAreRejectedBeyondTheTolerance() {
    String header = "t=" + SIGNED_AT + ",v1=" + EXPECTED_V1;
    verifierAt(SIGNED_AT + 300).verify(body, header);
    verifierAt(SIGNED_AT - 300).verify(body, header);
    TimestampOutsideToleranceException stale =
        assertThrows(TimestampOutsideToleranceException.class, () -> verifierAt(SIGNED_AT + 301).verify(body, header));
    assertTrue(stale.getMessage().contains("301 s"), stale.getMessage());
    assertThrows(TimestampOutsideToleranceException.class, () -> verifierAt(SIGNED_AT - 301).verify(body, header));
  }

  @Test
  void toleranceIsConfigurable() {
    JicooWebhookVerifier strict =
        JicooWebhookVerifier.builder()
            .secret(SECRET)
            .tolerance(Duration.ofSeconds(10))
            .clock(Clock.fixed(Instant.ofEpochSecond(SIGNED_AT + 11), ZoneOffset.UTC))
            .build();
    assertThrows(
        TimestampOutsideToleranceException.class,
        () -> strict.verify(body, "t=" + SIGNED_AT + ",v1=" + EXPECTED_V1));
    assertThrows(IllegalArgumentException.class, () -> JicooWebhookVerifier.builder().tolerance(Duration.ZERO));
  }

  @Test
  void aSignedBodyThatIsNotAnEventIsAPayloadError() {
    byte[] notAnEvent = "{\"hello\":".getBytes(StandardCharsets.UTF_8);
    String header = JicooWebhookVerifier.sign(notAnEvent, SIGNED_AT, SECRET);
    assertThrows(WebhookPayloadException.class, () -> verifier.verifyAndParse(notAnEvent, header));
    byte[] noObject = "{\"event\":\"guest_booked\"}".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        WebhookPayloadException.class,
        () -> verifier.verifyAndParse(noObject, JicooWebhookVerifier.sign(noObject, SIGNED_AT, SECRET)));
  }

  @Test
  void anUnknownEventTypeStillParses() {
    byte[] future =
        new String(body, StandardCharsets.UTF_8).replace("guest_booked", "guest_no_show").getBytes(StandardCharsets.UTF_8);
    WebhookEvent event = verifier.verifyAndParse(future, JicooWebhookVerifier.sign(future, SIGNED_AT, SECRET));
    assertFalse(event.getEvent().isRecognized());
    assertEquals("guest_no_show", event.getEvent().asString());
  }

  @Test
  void buildingWithoutASecretFailsClearly() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> JicooWebhookVerifier.builder().build());
    assertTrue(e.getMessage().contains(".secret("), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JicooWebhookVerifier.builder().secret(""));
  }

  @Test
  void toStringNeverShowsTheSecret() {
    assertFalse(verifier.toString().contains(SECRET));
  }

  private static byte[] fixture() {
    try (InputStream in = JicooWebhookVerifierTest.class.getResourceAsStream("/webhook-guest-booked.json")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
