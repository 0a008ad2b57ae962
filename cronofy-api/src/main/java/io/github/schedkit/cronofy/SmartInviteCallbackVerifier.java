package io.github.schedkit.cronofy;

import com.google.gson.JsonParseException;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.core.webhooks.WebhookPayloadException;
import io.github.schedkit.core.webhooks.WebhookVerificationException;
import io.github.schedkit.cronofy.model.SmartInviteNotification;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Verifies Smart Invite callbacks and parses them into a {@link SmartInviteNotification}.
 *
 * <p>When a recipient replies to a Smart Invite, Cronofy POSTs {@code {"notification": {"type":
 * "smart_invite"}, "smart_invite": {...}}} to the invite's {@code callback_url}: the invite in its
 * new state and the {@code reply} that triggered the callback. The body is signed exactly like a
 * push notification, so the signature check is {@link CronofyPushVerifier#verify(byte[], String)}.
 *
 * <pre>{@code
 * SmartInviteCallbackVerifier verifier = SmartInviteCallbackVerifier.of(app.pushVerifier());
 * SmartInviteNotification callback = verifier.verifyAndParse(rawBody, request.getHeader(CronofyPushVerifier.SIGNATURE_HEADER));
 * SmartInviteRecipient reply = callback.getSmartInvite().getReply();
 * }</pre>
 */
public final class SmartInviteCallbackVerifier {
  /** The {@code notification.type} of a Smart Invite callback. */
  public static final String NOTIFICATION_TYPE = "smart_invite";

  private final CronofyPushVerifier signatures;

  private SmartInviteCallbackVerifier(CronofyPushVerifier signatures) {
    this.signatures = signatures;
  }

  /**
   * Creates a verifier that checks signatures with the given push verifier (and so with its client
   * secrets).
   *
   * @param signatures the verifier of the {@value CronofyPushVerifier#SIGNATURE_HEADER} header
   * @return the verifier
   */
  public static SmartInviteCallbackVerifier of(CronofyPushVerifier signatures) {
    return new SmartInviteCallbackVerifier(Objects.requireNonNull(signatures, "signatures"));
  }

  /**
   * Verifies a Smart Invite callback and parses it.
   *
   * @param body the raw request body
   * @param signatureHeader the value of {@value CronofyPushVerifier#SIGNATURE_HEADER}, may be {@code null}
   * @return the callback
   * @throws WebhookVerificationException if the signature is missing, malformed or does not match
   * @throws WebhookPayloadException if the verified body is not a Smart Invite callback
   */
  public SmartInviteNotification verifyAndParse(byte[] body, String signatureHeader) {
    signatures.verify(body, signatureHeader);
    SmartInviteNotification callback;
    try {
      callback = Json.gson().fromJson(new String(body, StandardCharsets.UTF_8), SmartInviteNotification.class);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new WebhookPayloadException("the body is not a Cronofy Smart Invite callback", e);
    }
    if (callback == null || callback.getNotification() == null) {
      throw new WebhookPayloadException("the body lacks the notification", null);
    }
    String type = callback.getNotification().getType();
    if (!NOTIFICATION_TYPE.equals(type)) {
      throw new WebhookPayloadException(
          "the notification type is " + (type == null ? "missing" : "\"" + type + "\"")
              + ", not \"" + NOTIFICATION_TYPE + "\"",
          null);
    }
    if (callback.getSmartInvite() == null) {
      throw new WebhookPayloadException("the body lacks the smart_invite", null);
    }
    return callback;
  }

  /**
   * Verifies a Smart Invite callback held as text (it is signed as UTF-8) and parses it.
   *
   * @param body the raw request body
   * @param signatureHeader the value of {@value CronofyPushVerifier#SIGNATURE_HEADER}, may be {@code null}
   * @return the callback
   * @throws WebhookVerificationException as {@link #verifyAndParse(byte[], String)}
   * @throws WebhookPayloadException as {@link #verifyAndParse(byte[], String)}
   */
  public SmartInviteNotification verifyAndParse(String body, String signatureHeader) {
    return verifyAndParse(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8), signatureHeader);
  }

  /** Shows the underlying push verifier; never the secrets. */
  @Override
  public String toString() {
    return "SmartInviteCallbackVerifier{" + signatures + "}";
  }
}
