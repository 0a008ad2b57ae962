package io.github.schedkit.cronofy.fuzz;

import io.github.schedkit.core.fuzz.FuzzSupport;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.schedkit.core.webhooks.WebhookPayloadException;
import io.github.schedkit.core.webhooks.WebhookVerificationException;
import io.github.schedkit.cronofy.CronofyPushVerifier;
import io.github.schedkit.cronofy.model.PushNotification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Fuzzes {@link CronofyPushVerifier}: the {@code Cronofy-HMAC-SHA256} header parser, the
 * signature check with several secrets, and (through correctly signed deliveries) the parsing of
 * arbitrary bodies into a {@link PushNotification}.
 *
 * <p>Input layout: byte 0 picks the mode (modulo 4), then the header up to the first {@code \n},
 * then the body. Without a {@code \n} there is no header ({@code null}) and the rest is the body.
 *
 * <ul>
 *   <li>0: the header as given, the {@code byte[]} methods;
 *   <li>1: the header as given, the {@code String} methods;
 *   <li>2: a valid signature of the body (made with {@link CronofyPushVerifier#sign}, with the
 *       current or, when bit 7 of byte 0 is set, the previous secret) after the given header text,
 *       the {@code byte[]} methods;
 *   <li>3: the same with the {@code String} methods.
 * </ul>
 *
 * <p>Allowed outcomes: a value (with its notification and type present, as documented) or a
 * {@link WebhookVerificationException}; and once {@code verify} accepts a delivery, {@code
 * verifyAndParse} may only fail with a {@link WebhookPayloadException}.
 */
class CronofyPushFuzzTest {
  private static final String SECRET = "fuzz-client-secret-current";
  private static final String PREVIOUS_SECRET = "fuzz-client-secret-previous";

  private static final CronofyPushVerifier VERIFIER = CronofyPushVerifier.of(SECRET, PREVIOUS_SECRET);

  @FuzzTest
  void verify(byte[] input) {
    int mode = input.length == 0 ? 0 : (input[0] & 0xff) % 4;
    int newline = indexOf(input, (byte) '\n', 1);
    String header =
        newline < 0 ? null : new String(input, 1, newline - 1, StandardCharsets.UTF_8);
    byte[] body = Arrays.copyOfRange(input, Math.min(input.length, newline < 0 ? 1 : newline + 1), input.length);
    boolean text = mode == 1 || mode == 3;
    String bodyText = new String(body, StandardCharsets.UTF_8);
    if (mode >= 2) {
      byte[] signed = text ? bodyText.getBytes(StandardCharsets.UTF_8) : body;
      String secret = (input[0] & 0x80) == 0 ? SECRET : PREVIOUS_SECRET;
      String signature = CronofyPushVerifier.sign(signed, secret);
      header = header == null || header.isEmpty() ? signature : header + "," + signature;
    }

    try {
      if (text) {
        VERIFIER.verify(bodyText, header);
      } else {
        VERIFIER.verify(body, header);
      }
    } catch (WebhookVerificationException rejected) {
      if (rejected instanceof WebhookPayloadException) {
        throw new AssertionError("verify() judged the payload", rejected);
      }
      return;
    }

    PushNotification notification;
    try {
      notification =
          text ? VERIFIER.verifyAndParse(bodyText, header) : VERIFIER.verifyAndParse(body, header);
    } catch (WebhookPayloadException notANotification) {
      return;
    } catch (WebhookVerificationException e) {
      throw new AssertionError("verify() accepted the delivery but verifyAndParse() did not", e);
    }
    if (notification == null
        || notification.getNotification() == null
        || notification.getNotification().getType() == null) {
      throw new AssertionError("verifyAndParse() returned a notification without its type: " + notification);
    }
    FuzzSupport.checkValue(notification);
    FuzzSupport.checkValue(notification.getNotification());
    FuzzSupport.checkValue(notification.getNotification().getType());
    FuzzSupport.checkValue(notification.getChannel());
  }

  private static int indexOf(byte[] input, byte b, int from) {
    for (int i = from; i < input.length; i++) {
      if (input[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
