package io.github.schedkit.jicoo;

import com.google.gson.JsonParseException;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.core.webhooks.Hmac;
import io.github.schedkit.core.webhooks.MalformedSignatureException;
import io.github.schedkit.core.webhooks.MissingSignatureException;
import io.github.schedkit.core.webhooks.SignatureMismatchException;
import io.github.schedkit.core.webhooks.TimestampOutsideToleranceException;
import io.github.schedkit.core.webhooks.WebhookPayloadException;
import io.github.schedkit.core.webhooks.WebhookVerificationException;
import io.github.schedkit.jicoo.model.WebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Verifies Jicoo webhook deliveries and parses them into a {@link WebhookEvent}.
 *
 * <p>Jicoo signs each delivery with the endpoint's signing secret and sends {@code
 * Jicoo-Webhook-Signature: t=<unix seconds>,v1=<hex>}, where the signature is HMAC-SHA256 of
 * {@code t + "." + rawBody}. The verifier recomputes it over the <em>raw</em> request body (read
 * the body as bytes or an unparsed string; re-serialized JSON will not match), compares in
 * constant time, and rejects deliveries whose timestamp is further than the tolerance (default 5
 * minutes) from now.
 *
 * <pre>{@code
 * JicooWebhookVerifier verifier = JicooWebhookVerifier.builder().secret(signingSecret).build();
 * WebhookEvent event = verifier.verifyAndParse(rawBody, request.getHeader(JicooWebhookVerifier.SIGNATURE_HEADER));
 * }</pre>
 */
public final class JicooWebhookVerifier {
  /** The header carrying the signature. */
  public static final String SIGNATURE_HEADER = "Jicoo-Webhook-Signature";

  /** The default tolerance between the signed timestamp and now. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String SCHEME = "v1";

  private final List<String> secrets;
  private final Duration tolerance;
  private final Clock clock;

  private JicooWebhookVerifier(Builder builder) {
    this.secrets = Collections.unmodifiableList(new ArrayList<>(builder.secrets));
    this.tolerance = builder.tolerance;
    this.clock = builder.clock;
  }

  /**
   * Starts a verifier builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery.
   *
   * @param payload the raw request body
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}, may be {@code null}
   * @throws MissingSignatureException if the header is absent or empty
   * @throws MalformedSignatureException if the header cannot be parsed
   * @throws SignatureMismatchException if no {@code v1} signature matches
   * @throws TimestampOutsideToleranceException if the timestamp is outside the tolerance
   */
  public void verify(byte[] payload, String signatureHeader) {
    Objects.requireNonNull(payload, "payload");
    if (signatureHeader == null || signatureHeader.trim().isEmpty()) {
      throw new MissingSignatureException("the " + SIGNATURE_HEADER + " header is missing");
    }
    long timestamp = -1;
    List<String> signatures = new ArrayList<>();
    for (String element : signatureHeader.split(",")) {
      int equals = element.indexOf('=');
      if (equals <= 0) {
        throw new MalformedSignatureException(
            SIGNATURE_HEADER + " has an element that is not key=value");
      }
      String key = element.substring(0, equals).trim();
      String value = element.substring(equals + 1).trim();
      if (key.equals("t")) {
        timestamp = parseTimestamp(value);
      } else if (key.equals(SCHEME)) {
        signatures.add(value);
      }
    }
    if (timestamp < 0) {
      throw new MalformedSignatureException(SIGNATURE_HEADER + " has no t= timestamp");
    }
    if (signatures.isEmpty()) {
      throw new MalformedSignatureException(SIGNATURE_HEADER + " has no v1= signature");
    }
    byte[] signed = signedPayload(timestamp, payload);
    if (!matchesAny(signed, signatures)) {
      throw new SignatureMismatchException(
          "no v1 signature in " + SIGNATURE_HEADER + " matches the payload");
    }
    long skew = Math.abs(clock.instant().getEpochSecond() - timestamp);
    if (skew > tolerance.getSeconds()) {
      throw new TimestampOutsideToleranceException(
          "the signed timestamp is "
              + skew
              + " s from now, beyond the tolerance of "
              + tolerance.getSeconds()
              + " s");
    }
  }

  /**
   * Verifies a delivery whose body is held as text (it is signed as UTF-8).
   *
   * @param payload the raw request body
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}
   * @throws WebhookVerificationException as {@link #verify(byte[], String)}
   */
  public void verify(String payload, String signatureHeader) {
    verify(Objects.requireNonNull(payload, "payload").getBytes(StandardCharsets.UTF_8), signatureHeader);
  }

  /**
   * Verifies a delivery and parses it.
   *
   * @param payload the raw request body
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}
   * @return the event
   * @throws WebhookVerificationException as {@link #verify(byte[], String)}
   * @throws WebhookPayloadException if the verified body is not a webhook event
   */
  public WebhookEvent verifyAndParse(byte[] payload, String signatureHeader) {
    verify(payload, signatureHeader);
    return parse(new String(payload, StandardCharsets.UTF_8));
  }

  /**
   * Verifies a delivery held as text and parses it.
   *
   * @param payload the raw request body
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}
   * @return the event
   * @throws WebhookVerificationException as {@link #verifyAndParse(byte[], String)}
   */
  public WebhookEvent verifyAndParse(String payload, String signatureHeader) {
    verify(payload, signatureHeader);
    return parse(payload);
  }

  /**
   * Computes the {@value #SIGNATURE_HEADER} value Jicoo would send, for tests of your webhook
   * endpoint.
   *
   * @param payload the body
   * @param timestamp the Unix time in seconds
   * @param secret the signing secret
   * @return the header value, {@code t=...,v1=...}
   */
  public static String sign(byte[] payload, long timestamp, String secret) {
    return "t=" + timestamp + "," + SCHEME + "=" + Hmac.hex(Hmac.sha256(secret, signedPayload(timestamp, payload)));
  }

  private static WebhookEvent parse(String payload) {
    WebhookEvent event;
    try {
      event = Json.gson().fromJson(payload, WebhookEvent.class);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new WebhookPayloadException("the webhook payload is not a Jicoo webhook event", e);
    }
    if (event == null || event.getEvent() == null || event.getObject() == null) {
      throw new WebhookPayloadException(
          "the webhook payload lacks the event or object member", null);
    }
    return event;
  }

  private boolean matchesAny(byte[] signed, List<String> signatures) {
    boolean matched = false;
    for (String secret : secrets) {
      String expected = Hmac.hex(Hmac.sha256(secret, signed));
      for (String signature : signatures) {
        matched |= Hmac.constantTimeEquals(expected, signature.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return matched;
  }

  private static byte[] signedPayload(long timestamp, byte[] payload) {
    byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
    byte[] signed = new byte[prefix.length + payload.length];
    System.arraycopy(prefix, 0, signed, 0, prefix.length);
    System.arraycopy(payload, 0, signed, prefix.length, payload.length);
    return signed;
  }

  private static long parseTimestamp(String value) {
    try {
      long timestamp = Long.parseLong(value);
      if (timestamp < 0) {
        throw new MalformedSignatureException(SIGNATURE_HEADER + " has a negative timestamp");
      }
      return timestamp;
    } catch (NumberFormatException e) {
      throw new MalformedSignatureException(SIGNATURE_HEADER + " has a non-numeric timestamp");
    }
  }

  /** Shows the tolerance and how many secrets are configured; never the secrets. */
  @Override
  public String toString() {
    return "JicooWebhookVerifier{secrets=" + secrets.size() + ", tolerance=" + tolerance + "}";
  }

  /** Builds a {@link JicooWebhookVerifier}. At least one secret is required. */
  public static final class Builder {
    private final List<String> secrets = new ArrayList<>();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds an endpoint signing secret, used exactly as shown in the dashboard. Add two while
     * rotating secrets: a delivery signed with either passes.
     *
     * @param secret the signing secret
     * @return this builder
     */
    public Builder secret(String secret) {
      if (secret == null || secret.isEmpty()) {
        throw new IllegalArgumentException("the webhook signing secret must not be null or empty");
      }
      secrets.add(secret);
      return this;
    }

    /**
     * Sets how far the signed timestamp may be from now, in either direction.
     *
     * @param tolerance a positive duration; default 5 minutes
     * @return this builder
     */
    public Builder tolerance(Duration tolerance) {
      Objects.requireNonNull(tolerance, "tolerance");
      if (tolerance.isNegative() || tolerance.isZero()) {
        throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Sets the clock that "now" is read from; for tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws IllegalStateException if no secret was added
     */
    public JicooWebhookVerifier build() {
      if (secrets.isEmpty()) {
        throw new IllegalStateException(
            "JicooWebhookVerifier needs the endpoint's signing secret: call .secret(..)");
      }
      return new JicooWebhookVerifier(this);
    }
  }
}
