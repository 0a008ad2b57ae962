package io.github.schedkit.cronofy;

import com.google.gson.JsonParseException;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.core.webhooks.Hmac;
import io.github.schedkit.core.webhooks.MalformedSignatureException;
import io.github.schedkit.core.webhooks.MissingSignatureException;
import io.github.schedkit.core.webhooks.SignatureMismatchException;
import io.github.schedkit.core.webhooks.WebhookPayloadException;
import io.github.schedkit.core.webhooks.WebhookVerificationException;
import io.github.schedkit.cronofy.model.PushNotification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import okio.ByteString;

/**
 * Verifies Cronofy push notifications (and other Cronofy callbacks, which are signed the same
 * way) and parses them into a {@link PushNotification}.
 *
 * <p>Cronofy sends {@code Cronofy-HMAC-SHA256}: the base64 HMAC-SHA256 of the raw request body,
 * keyed by the application's client secret. While more than one secret is active the header
 * holds one value per secret, separated by commas. A delivery passes when any value matches any
 * configured secret; comparison is constant-time. Verify the <em>raw</em> body bytes.
 *
 * <pre>{@code
 * CronofyPushVerifier verifier = CronofyPushVerifier.of(clientSecret);
 * PushNotification notification = verifier.verifyAndParse(rawBody, request.getHeader(CronofyPushVerifier.SIGNATURE_HEADER));
 * }</pre>
 */
public final class CronofyPushVerifier {
  /** The header carrying the signature. */
  public static final String SIGNATURE_HEADER = "Cronofy-HMAC-SHA256";

  private final List<String> clientSecrets;

  private CronofyPushVerifier(List<String> clientSecrets) {
    this.clientSecrets = Collections.unmodifiableList(clientSecrets);
  }

  /**
   * Creates a verifier for one or more client secrets (pass the old and the new one while
   * rotating).
   *
   * @param clientSecrets the application's client secrets
   * @return the verifier
   * @throws IllegalArgumentException if none is given, or one is empty
   */
  public static CronofyPushVerifier of(String... clientSecrets) {
    List<String> secrets = new ArrayList<>();
    for (String secret : clientSecrets) {
      if (secret == null || secret.isEmpty()) {
        throw new IllegalArgumentException("a Cronofy client secret must not be null or empty");
      }
      secrets.add(secret);
    }
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("CronofyPushVerifier needs at least one client secret");
    }
    return new CronofyPushVerifier(secrets);
  }

  /**
   * Verifies a delivery.
   *
   * @param body the raw request body
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}, may be {@code null}
   * @throws MissingSignatureException if the header is absent or empty
   * @throws MalformedSignatureException if the header holds no signature
   * @throws SignatureMismatchException if no signature matches
   */
  public void verify(byte[] body, String signatureHeader) {
    Objects.requireNonNull(body, "body");
    if (signatureHeader == null || signatureHeader.trim().isEmpty()) {
      throw new MissingSignatureException("the " + SIGNATURE_HEADER + " header is missing");
    }
    List<String> received = new ArrayList<>();
    for (String value : signatureHeader.split(",")) {
      if (!value.trim().isEmpty()) {
        received.add(value.trim());
      }
    }
    if (received.isEmpty()) {
      throw new MalformedSignatureException(SIGNATURE_HEADER + " holds no signature");
    }
    boolean matched = false;
    for (String secret : clientSecrets) {
      String expected = sign(body, secret);
      for (String signature : received) {
        matched |= Hmac.constantTimeEquals(expected, signature);
      }
    }
    if (!matched) {
      throw new SignatureMismatchException("no signature in " + SIGNATURE_HEADER + " matches the body");
    }
  }

  /**
   * Verifies a delivery whose body is held as text (it is signed as UTF-8).
   *
   * @param body the raw request body
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}
   * @throws WebhookVerificationException as {@link #verify(byte[], String)}
   */
  public void verify(String body, String signatureHeader) {
    verify(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8), signatureHeader);
  }

  /**
   * Verifies a push notification and parses it.
   *
   * @param body the raw request body
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}
   * @return the notification
   * @throws WebhookVerificationException as {@link #verify(byte[], String)}
   * @throws WebhookPayloadException if the verified body is not a push notification
   */
  public PushNotification verifyAndParse(byte[] body, String signatureHeader) {
    verify(body, signatureHeader);
    PushNotification notification;
    try {
      notification = Json.gson().fromJson(new String(body, StandardCharsets.UTF_8), PushNotification.class);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new WebhookPayloadException("the body is not a Cronofy push notification", e);
    }
    if (notification == null
        || notification.getNotification() == null
        || notification.getNotification().getType() == null) {
      throw new WebhookPayloadException("the body lacks the notification or its type", null);
    }
    return notification;
  }

  /**
   * Verifies a push notification held as text and parses it.
   *
   * @param body the raw request body
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}
   * @return the notification
   * @throws WebhookVerificationException as {@link #verifyAndParse(byte[], String)}
   */
  public PushNotification verifyAndParse(String body, String signatureHeader) {
    return verifyAndParse(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8), signatureHeader);
  }

  /**
   * Computes the signature Cronofy sends for a body, for tests of your callback endpoint.
   *
   * @param body the body
   * @param clientSecret the client secret
   * @return the base64 HMAC-SHA256
   */
  public static String sign(byte[] body, String clientSecret) {
    return ByteString.of(Hmac.sha256(clientSecret, body)).base64();
  }

  /** Shows how many secrets are configured; never the secrets. */
  @Override
  public String toString() {
    return "CronofyPushVerifier{secrets=" + clientSecrets.size() + "}";
  }
}
