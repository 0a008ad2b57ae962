package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.cronofy.model.AvailabilityBuffer;
import io.github.schedkit.cronofy.model.AvailabilityBufferDetail;
import io.github.schedkit.cronofy.model.AvailabilityMember;
import io.github.schedkit.cronofy.model.AvailabilityParticipantGroup;
import io.github.schedkit.cronofy.model.AvailabilityRequest;
import io.github.schedkit.cronofy.model.AvailabilityResponse;
import io.github.schedkit.cronofy.model.AvailabilityResponseFormat;
import io.github.schedkit.cronofy.model.AvailableTime;
import io.github.schedkit.cronofy.model.QueryPeriod;
import io.github.schedkit.cronofy.model.SchedulingDuration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The availability query: its credential (API key, else the user's token), the wire form of the
 * request, and the three response formats decoded into one response model.
 */
class CronofyAvailabilityTest extends CronofyMockServerTest {
  private static final String TWO_SLOTS =
      "[{\"start\":\"2025-01-21T09:00:00Z\",\"end\":\"2025-01-21T10:00:00Z\",\"participants\":[{\"sub\":\"acc_a\"}]},"
          + "{\"start\":\"2025-01-21T09:30:00Z\",\"end\":\"2025-01-21T10:30:00Z\",\"participants\":[{\"sub\":\"acc_a\"}]}]";

  private static AvailabilityRequest request(AvailabilityResponseFormat format) {
    return AvailabilityRequest.builder()
        .participants(
            Arrays.asList(
                AvailabilityParticipantGroup.builder()
                    .members(
                        Arrays.asList(
                            AvailabilityMember.builder().sub("acc_a").managedAvailability(true).build(),
                            AvailabilityMember.builder().sub("acc_b").build()))
                    .required(AvailabilityRequired.all())
                    .build(),
                AvailabilityParticipantGroup.builder()
                    .members(
                        Arrays.asList(
                            AvailabilityMember.builder().sub("res_1").build(),
                            AvailabilityMember.builder().sub("res_2").build()))
                    .required(AvailabilityRequired.atLeast(1))
                    .build()))
        .requiredDuration(minutes(60))
        .queryPeriods(
            Collections.singletonList(
                QueryPeriod.builder()
                    .start(OffsetDateTime.parse("2025-01-21T09:00:00Z"))
                    .end(OffsetDateTime.parse("2025-01-21T18:00:00Z"))
                    .build()))
        .buffer(
            AvailabilityBuffer.builder()
                .before(AvailabilityBufferDetail.builder().minutes(30).build())
                .after(AvailabilityBufferDetail.builder().minimum(minutes(10)).maximum(minutes(20)).build())
                .build())
        .startInterval(minutes(30))
        .responseFormat(format)
        .maxResults(5)
        .build();
  }

  private static SchedulingDuration minutes(int minutes) {
    return SchedulingDuration.builder().minutes(minutes).build();
  }

  private static List<OffsetDateTime> starts(List<AvailableTime> times) {
    return times.stream().map(AvailableTime::getStart).collect(Collectors.toList());
  }

  @Test
  void sendsTheQueryWithRequiredAsAllOrANumber() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(json("{\"available_slots\":" + TWO_SLOTS + "}"));

    client.availability().queryAvailability(request(AvailabilityResponseFormat.SLOTS)).execute();

    RecordedRequest sent = takeRequest();
    assertEquals("POST /v1/availability HTTP/1.1", sent.getRequestLine());
    assertEquals("Bearer " + CLIENT_SECRET, sent.getHeader("Authorization"));
    JsonObject body = jsonBody(sent);
    assertEquals(
        JsonParser.parseString(
            "{\"participants\":["
                + "{\"members\":[{\"sub\":\"acc_a\",\"managed_availability\":true},{\"sub\":\"acc_b\"}],\"required\":\"all\"},"
                + "{\"members\":[{\"sub\":\"res_1\"},{\"sub\":\"res_2\"}],\"required\":1}],"
                + "\"required_duration\":{\"minutes\":60},"
                + "\"query_periods\":[{\"start\":\"2025-01-21T09:00:00.000Z\",\"end\":\"2025-01-21T18:00:00.000Z\"}],"
                + "\"buffer\":{\"before\":{\"minutes\":30},\"after\":{\"minimum\":{\"minutes\":10},\"maximum\":{\"minutes\":20}}},"
                + "\"start_interval\":{\"minutes\":30},\"response_format\":\"slots\",\"max_results\":5}"),
        body);
  }

  @Test
  void withoutAClientSecretTheUsersAccessTokenIsSent() throws Exception {
    CronofyClient client = bare().accessToken(ACCESS_TOKEN).build();
    server.enqueue(json("{\"available_periods\":[]}"));

    client.availability().queryAvailability(request(AvailabilityResponseFormat.PERIODS)).execute();

    assertEquals("Bearer " + ACCESS_TOKEN, takeRequest().getHeader("Authorization"));
  }

  @Test
  void withoutEitherCredentialNothingIsSentAndBothSettingsAreNamed() {
    CronofyClient client = bare().build();

    MissingCredentialException e =
        assertThrows(
            MissingCredentialException.class,
            () -> client.availability().queryAvailability(request(AvailabilityResponseFormat.SLOTS)).execute());

    assertTrue(e.getMessage().contains(".clientSecret(..)"), e.getMessage());
    assertTrue(e.getMessage().contains(".accessToken(..)"), e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void decodesThePeriodsFormat() {
    CronofyClient client = full().build();
    server.enqueue(
        json("{\"available_periods\":[{\"start\":\"2025-01-21T09:00:00Z\",\"end\":\"2025-01-21T11:00:00Z\","
            + "\"participants\":[{\"sub\":\"acc_a\"},{\"sub\":\"res_1\"}]}]}"));

    AvailabilityResponse response =
        client.availability().queryAvailability(request(AvailabilityResponseFormat.PERIODS)).execute();

    assertNull(response.getAvailableSlots());
    AvailableTime period = response.getAvailablePeriods().get(0);
    assertEquals(OffsetDateTime.parse("2025-01-21T09:00:00Z"), period.getStart());
    assertEquals(OffsetDateTime.parse("2025-01-21T11:00:00Z"), period.getEnd());
    assertEquals("res_1", period.getParticipants().get(1).getSub());
  }

  @Test
  void decodesTheSlotsAndOverlappingSlotsFormats() {
    CronofyClient client = full().build();
    server.enqueue(json("{\"available_slots\":" + TWO_SLOTS.replace("09:30", "10:00").replace("10:30", "11:00") + "}"));
    server.enqueue(json("{\"available_slots\":" + TWO_SLOTS + "}"));

    AvailabilityResponse slots =
        client.availability().queryAvailability(request(AvailabilityResponseFormat.SLOTS)).execute();
    AvailabilityResponse overlapping =
        client.availability().queryAvailability(request(AvailabilityResponseFormat.OVERLAPPING_SLOTS)).execute();

    assertNull(slots.getAvailablePeriods());
    assertEquals(
        Arrays.asList(OffsetDateTime.parse("2025-01-21T09:00:00Z"), OffsetDateTime.parse("2025-01-21T10:00:00Z")),
        starts(slots.getAvailableSlots()));
    assertNull(overlapping.getAvailablePeriods());
    List<AvailableTime> overlappingSlots = overlapping.getAvailableSlots();
    assertTrue(overlappingSlots.get(1).getStart().isBefore(overlappingSlots.get(0).getEnd()), "the slots overlap");
  }

  @Test
  void keepsMembersTheSpecDoesNotDeclare() {
    CronofyClient client = full().build();
    server.enqueue(json("{\"available_slots\":[],\"query_id\":\"q_42\"}"));

    AvailabilityResponse response =
        client.availability().queryAvailability(request(AvailabilityResponseFormat.SLOTS)).execute();

    assertEquals(Collections.emptyList(), response.getAvailableSlots());
    assertEquals("q_42", response.additionalProperties().get("query_id").getAsString());
  }
}
