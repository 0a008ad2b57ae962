package io.github.schedkit.jicoo.faults;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.errors.ConflictException;
import io.github.schedkit.core.faults.FaultInjectionSuite;
import io.github.schedkit.core.webhooks.SignatureMismatchException;
import io.github.schedkit.core.webhooks.TimestampOutsideToleranceException;
import io.github.schedkit.core.webhooks.WebhookPayloadException;
import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.jicoo.JicooWebhookVerifier;
import io.github.schedkit.jicoo.model.Booking;
import io.github.schedkit.jicoo.model.CreateBookingRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The shared fault-injection, load and secret-hygiene suite against the Jicoo client. */
class JicooFaultInjectionTest extends FaultInjectionSuite<JicooClient, JicooClient.Builder, Booking> {
  private static final String API_KEY = "sk_live_SENTINEL_jicoo_api_key_7Qx2";
  private static final String WEBHOOK_SECRET = "whsec_SENTINEL_jicoo_webhook_9Kd4";

  @Override
  protected JicooClient.Builder newBuilder() {
    return JicooClient.builder().apiKey(API_KEY);
  }

  @Override
  protected JicooClient build(JicooClient.Builder builder) {
    return builder.build();
  }

  @Override
  protected ApiCall<Booking> getCall(JicooClient client, String id) {
    return client.bookings().getBooking(id);
  }

  @Override
  protected String idOf(Booking result) {
    return result.getUid();
  }

  @Override
  protected String getOperationId() {
    return "getBooking";
  }

  @Override
  protected String successBody(String id) {
    return "{\"data\":{\"uid\":\"" + id + "\",\"eventTypeId\":\"mzgdPJVBb7RE\",\"name\":\"Demo\","
        + "\"status\":\"open\",\"startedAt\":\"2024-03-01T20:00:00.000Z\",\"endedAt\":\"2024-03-01T21:00:00.000Z\","
        + "\"locationId\":null,\"timeZone\":\"Asia/Tokyo\",\"hosts\":[{\"userId\":\"u1\",\"role\":\"admin\"}],"
        + "\"createdAt\":\"2024-02-01T00:00:00.000Z\",\"updatedAt\":\"2024-02-01T00:00:00.000Z\"},\"errors\":{}}";
  }

  @Override
  protected ApiCall<?> postCall(JicooClient client) {
    return client
        .bookings()
        .createBooking(
            CreateBookingRequest.builder()
                .eventTypeId("mzgdPJVBb7RE")
                .timeZone("Asia/Tokyo")
                .startedAt(OffsetDateTime.parse("2024-03-16T11:00:00+09:00"))
                .email("guest@example.com")
                .name("Guest")
                .build());
  }

  @Override
  protected String postOperationId() {
    return "createBooking";
  }

  @Override
  protected List<String> secrets() {
    return List.of(API_KEY, WEBHOOK_SECRET);
  }

  /** A booking conflict, and webhook verification failures with a sentinel signing secret. */
  @Override
  protected List<Throwable> provokeModuleFailures(JicooClient client) {
    server.enqueue(json(409, "{\"error\":\"conflict\",\"message\":\"the slot is no longer available\"}"));
    ConflictException conflict = assertThrows(ConflictException.class, () -> postCall(client).execute());

    byte[] payload = "{\"event\":\"guest_booked\",\"createdAt\":\"2020-11-23T17:51:19Z\"}".getBytes(StandardCharsets.UTF_8);
    long now = 1_700_000_000L;
    JicooWebhookVerifier verifier =
        JicooWebhookVerifier.builder()
            .secret(WEBHOOK_SECRET)
            .clock(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC))
            .build();
    SignatureMismatchException mismatch =
        assertThrows(
            SignatureMismatchException.class,
            () -> verifier.verify(payload, JicooWebhookVerifier.sign(payload, now, "whsec_other")));
    TimestampOutsideToleranceException stale =
        assertThrows(
            TimestampOutsideToleranceException.class,
            () -> verifier.verify(payload, JicooWebhookVerifier.sign(payload, now - 3_600, WEBHOOK_SECRET)));
    WebhookPayloadException unparsable =
        assertThrows(
            WebhookPayloadException.class,
            () -> verifier.verifyAndParse(payload, JicooWebhookVerifier.sign(payload, now, WEBHOOK_SECRET)));
    return List.of(conflict, mismatch, stale, unparsable, new IllegalStateException(verifier.toString()));
  }
}
