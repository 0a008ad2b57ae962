package io.github.schedkit.jicoo.fuzz;

import io.github.schedkit.core.fuzz.FuzzSupport;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.schedkit.core.webhooks.WebhookPayloadException;
import io.github.schedkit.core.webhooks.WebhookVerificationException;
import io.github.schedkit.jicoo.JicooWebhookVerifier;
import io.github.schedkit.jicoo.model.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Fuzzes {@link JicooWebhookVerifier}: the {@code Jicoo-Webhook-Signature} header parser, the
 * signature and timestamp checks, and (through correctly signed deliveries) the parsing of
 * arbitrary payloads into a {@link WebhookEvent}.
 *
 * <p>Input layout: byte 0 picks the mode (modulo 4), then the header up to the first {@code \n},
 * then the body. Without a {@code \n} there is no header ({@code null}) and the rest is the body.
 *
 * <ul>
 *   <li>0: the header as given, the {@code byte[]} methods;
 *   <li>1: the header as given, the {@code String} methods;
 *   <li>2: a valid signature of the body (made with {@link JicooWebhookVerifier#sign}, with the
 *       current or the previous secret, at "now"), preceded by the given header text as extra
 *       elements, the {@code byte[]} methods;
 *   <li>3: the same with the {@code String} methods.
 * </ul>
 *
 * <p>Allowed outcomes: a value (with its event and object present, as documented) or a {@link
 * WebhookVerificationException}; and once {@code verify} accepts a delivery, {@code
 * verifyAndParse} may only fail with a {@link WebhookPayloadException}.
 */
class JicooWebhookFuzzTest {
  private static final String SECRET = "whsec_fuzz_current";
  private static final String PREVIOUS_SECRET = "whsec_fuzz_previous";
  /** "Now" for the verifier: 2023-11-14T22:13:20Z. */
  static final long NOW = 1_700_000_000L;

  private static final JicooWebhookVerifier VERIFIER =
      JicooWebhookVerifier.builder()
          .secret(SECRET)
          .secret(PREVIOUS_SECRET)
          .clock(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC))
          .build();

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
      String signature = JicooWebhookVerifier.sign(signed, NOW, secret);
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

    WebhookEvent event;
    try {
      event = text ? VERIFIER.verifyAndParse(bodyText, header) : VERIFIER.verifyAndParse(body, header);
    } catch (WebhookPayloadException notAnEvent) {
      return;
    } catch (WebhookVerificationException e) {
      throw new AssertionError("verify() accepted the delivery but verifyAndParse() did not", e);
    }
    if (event == null || event.getEvent() == null || event.getObject() == null) {
      throw new AssertionError("verifyAndParse() returned an event without event or object: " + event);
    }
    FuzzSupport.checkValue(event);
    FuzzSupport.checkValue(event.getObject());
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
