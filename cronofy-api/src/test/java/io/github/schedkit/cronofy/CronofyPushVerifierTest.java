package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.core.webhooks.MalformedSignatureException;
import io.github.schedkit.core.webhooks.MissingSignatureException;
import io.github.schedkit.core.webhooks.SignatureMismatchException;
import io.github.schedkit.core.webhooks.WebhookPayloadException;
import io.github.schedkit.cronofy.model.NotificationType;
import io.github.schedkit.cronofy.model.PushNotification;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Push-notification signatures, with the test vectors Cronofy publishes. */
class CronofyPushVerifierTest {
  private static final String BODY = "{\"example\":\"well-known\"}";
  private static final String SECRET_1 = "pDY0Oi7TJSP2hfNmZNkm5";
  private static final String SIGNATURE_1 = "6r2/HjBkqymGegX0wOfifieeUXbbHwtV/LohHS+jv6c=";
  private static final String SECRET_2 = "CRN_NggYusqPGLxwjw5FHOJYOqSrTPNXy8WQf14OID";
  private static final String SIGNATURE_2 = "5DxentQi5YSXODEzTVv06sRwJ3pULIz1KrYv20qxEK0=";

  /** The spec's PushNotification example. */
  private static final String CHANGE =
      "{\"notification\":{\"type\":\"change\",\"changes_since\":\"2025-01-17T09:24:16Z\"},"
          + "\"channel\":{\"channel_id\":\"chn_54cf7c7cb4ad4c1027000001\","
          + "\"callback_url\":\"https://app.example.com/cronofy/notifications?token=4df3b1a0\","
          + "\"filters\":{\"calendar_ids\":[\"cal_n23kjnwrw2_sakdnawerd3\"],\"only_managed\":false}}}";

  @ParameterizedTest
  @CsvSource({
    "pDY0Oi7TJSP2hfNmZNkm5, 6r2/HjBkqymGegX0wOfifieeUXbbHwtV/LohHS+jv6c=",
    "CRN_NggYusqPGLxwjw5FHOJYOqSrTPNXy8WQf14OID, 5DxentQi5YSXODEzTVv06sRwJ3pULIz1KrYv20qxEK0=",
  })
  void signMatchesThePublishedVectors(String secret, String signature) {
    assertEquals(signature, CronofyPushVerifier.sign(BODY.getBytes(StandardCharsets.UTF_8), secret));
  }

  @ParameterizedTest
  @CsvSource({
    "pDY0Oi7TJSP2hfNmZNkm5, 6r2/HjBkqymGegX0wOfifieeUXbbHwtV/LohHS+jv6c=",
    "CRN_NggYusqPGLxwjw5FHOJYOqSrTPNXy8WQf14OID, 5DxentQi5YSXODEzTVv06sRwJ3pULIz1KrYv20qxEK0=",
  })
  void verifyAcceptsThePublishedVectors(String secret, String signature) {
    CronofyPushVerifier verifier = CronofyPushVerifier.of(secret);
    assertDoesNotThrow(() -> verifier.verify(BODY, signature));
    assertDoesNotThrow(() -> verifier.verify(BODY.getBytes(StandardCharsets.UTF_8), signature));
    assertDoesNotThrow(() -> verifier.verify(BODY, "  " + signature + "  "));
  }

  @Test
  void aSignatureForOneSecretDoesNotVerifyWithTheOther() {
    assertThrows(SignatureMismatchException.class, () -> CronofyPushVerifier.of(SECRET_1).verify(BODY, SIGNATURE_2));
    assertThrows(SignatureMismatchException.class, () -> CronofyPushVerifier.of(SECRET_2).verify(BODY, SIGNATURE_1));
  }

  @Test
  void aHeaderWithOneValuePerSecretVerifiesAgainstEitherSecret() {
    String header = SIGNATURE_1 + "," + SIGNATURE_2;
    assertDoesNotThrow(() -> CronofyPushVerifier.of(SECRET_1).verify(BODY, header));
    assertDoesNotThrow(() -> CronofyPushVerifier.of(SECRET_2).verify(BODY, header));
    assertDoesNotThrow(() -> CronofyPushVerifier.of(SECRET_2).verify(BODY, SIGNATURE_1 + " , " + SIGNATURE_2));
    assertThrows(
        SignatureMismatchException.class, () -> CronofyPushVerifier.of("another-secret").verify(BODY, header));
  }

  @Test
  void aVerifierWithTwoSecretsAcceptsSignaturesOfEitherWhileRotating() {
    CronofyPushVerifier rotating = CronofyPushVerifier.of(SECRET_1, SECRET_2);
    assertDoesNotThrow(() -> rotating.verify(BODY, SIGNATURE_1));
    assertDoesNotThrow(() -> rotating.verify(BODY, SIGNATURE_2));
    assertDoesNotThrow(() -> rotating.verify(BODY, "bm90LWEtc2lnbmF0dXJl," + SIGNATURE_2));
    assertThrows(SignatureMismatchException.class, () -> rotating.verify(BODY, "bm90LWEtc2lnbmF0dXJl"));
    assertEquals("CronofyPushVerifier{secrets=2}", rotating.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aMissingHeaderIsReported(String header) {
    CronofyPushVerifier verifier = CronofyPushVerifier.of(SECRET_1);
    assertThrows(MissingSignatureException.class, () -> verifier.verify(BODY, header));
  }

  @Test
  void aNullHeaderIsReportedAsMissing() {
    CronofyPushVerifier verifier = CronofyPushVerifier.of(SECRET_1);
    MissingSignatureException e = assertThrows(MissingSignatureException.class, () -> verifier.verify(BODY, null));
    assertTrue(e.getMessage().contains(CronofyPushVerifier.SIGNATURE_HEADER), e.getMessage());
    assertThrows(MissingSignatureException.class, () -> verifier.verifyAndParse(CHANGE, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {" , ", ",", ",,, ,"})
  void aHeaderWithoutAnyValueIsMalformed(String header) {
    CronofyPushVerifier verifier = CronofyPushVerifier.of(SECRET_1);
    assertThrows(MalformedSignatureException.class, () -> verifier.verify(BODY, header));
  }

  @Test
  void aTamperedBodyDoesNotVerify() {
    CronofyPushVerifier verifier = CronofyPushVerifier.of(SECRET_1);
    assertThrows(SignatureMismatchException.class, () -> verifier.verify("{\"example\":\"well-known\"} ", SIGNATURE_1));
    assertThrows(SignatureMismatchException.class, () -> verifier.verify("{\"example\":\"WELL-known\"}", SIGNATURE_1));
    assertThrows(SignatureMismatchException.class, () -> verifier.verify(BODY, SIGNATURE_1.toLowerCase()));
    assertThrows(SignatureMismatchException.class, () -> verifier.verify(BODY, SIGNATURE_1.substring(1)));
  }

  @Test
  void verifyAndParseDecodesTheSpecExample() {
    CronofyPushVerifier verifier = CronofyPushVerifier.of(SECRET_2);
    String signature = CronofyPushVerifier.sign(CHANGE.getBytes(StandardCharsets.UTF_8), SECRET_2);

    PushNotification notification = verifier.verifyAndParse(CHANGE, signature);

    assertSame(NotificationType.CHANGE, notification.getNotification().getType());
    assertSame(NotificationType.Value.CHANGE, notification.getNotification().getType().value());
    assertEquals(
        OffsetDateTime.parse("2025-01-17T09:24:16Z"), notification.getNotification().getChangesSince());
    assertEquals("chn_54cf7c7cb4ad4c1027000001", notification.getChannel().getChannelId());
    assertEquals(
        "https://app.example.com/cronofy/notifications?token=4df3b1a0", notification.getChannel().getCallbackUrl());
    assertEquals(List.of("cal_n23kjnwrw2_sakdnawerd3"), notification.getChannel().getFilters().getCalendarIds());
    assertEquals(notification, verifier.verifyAndParse(CHANGE.getBytes(StandardCharsets.UTF_8), signature));
  }

  @Test
  void verifyAndParseRefusesATamperedNotification() {
    CronofyPushVerifier verifier = CronofyPushVerifier.of(SECRET_2);
    String signature = CronofyPushVerifier.sign(CHANGE.getBytes(StandardCharsets.UTF_8), SECRET_2);

    assertThrows(
        SignatureMismatchException.class,
        () -> verifier.verifyAndParse(CHANGE.replace("2025-01-17", "2020-01-17"), signature));
  }

  @Test
  void anUnknownNotificationTypeDecodesAndKeepsItsText() {
    String body =
        "{\"notification\":{\"type\":\"profile_initial_sync_completed\"},"
            + "\"channel\":{\"channel_id\":\"chn_1\",\"callback_url\":\"https://x.test/h\"}}";
    CronofyPushVerifier verifier = CronofyPushVerifier.of(SECRET_1);

    PushNotification notification =
        verifier.verifyAndParse(body, CronofyPushVerifier.sign(body.getBytes(StandardCharsets.UTF_8), SECRET_1));

    NotificationType type = notification.getNotification().getType();
    assertFalse(type.isRecognized());
    assertSame(NotificationType.Value.UNRECOGNIZED, type.value());
    assertEquals("profile_initial_sync_completed", type.asString());
    assertNull(notification.getNotification().getChangesSince());
  }

  @Test
  void aVerifiedBodyWithoutANotificationIsAPayloadError() {
    // the published vector verifies, but {"example":"well-known"} is not a push notification
    CronofyPushVerifier verifier = CronofyPushVerifier.of(SECRET_1);
    assertThrows(WebhookPayloadException.class, () -> verifier.verifyAndParse(BODY, SIGNATURE_1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "{\"notification\":[]}", "{\"notification\":{\"changes_since\":\"yesterday\"}}", "{", "null"})
  void aVerifiedBodyThatIsNotANotificationIsAPayloadError(String body) {
    CronofyPushVerifier verifier = CronofyPushVerifier.of(SECRET_1);
    String signature = CronofyPushVerifier.sign(body.getBytes(StandardCharsets.UTF_8), SECRET_1);

    assertThrows(WebhookPayloadException.class, () -> verifier.verifyAndParse(body, signature));
  }

  @Test
  void ofNeedsAtLeastOneNonEmptySecret() {
    assertThrows(IllegalArgumentException.class, CronofyPushVerifier::of);
    assertThrows(IllegalArgumentException.class, () -> CronofyPushVerifier.of(SECRET_1, ""));
    assertThrows(IllegalArgumentException.class, () -> CronofyPushVerifier.of((String) null));
  }

  @Test
  void theClientVerifiesWithItsSecret() {
    CronofyClient client = CronofyClient.builder().clientSecret(SECRET_1).build();
    assertDoesNotThrow(() -> client.pushVerifier().verify(BODY, SIGNATURE_1));
    assertThrows(SignatureMismatchException.class, () -> client.pushVerifier().verify(BODY, SIGNATURE_2));
  }

  @Test
  void theClientWithoutASecretHasNoVerifier() {
    CronofyClient client = CronofyClient.builder().accessToken("at").clientId("id").build();
    MissingCredentialException e = assertThrows(MissingCredentialException.class, client::pushVerifier);
    assertTrue(e.getMessage().contains(".clientSecret(..)"), e.getMessage());
  }
}
