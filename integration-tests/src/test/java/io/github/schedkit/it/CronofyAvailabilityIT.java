package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static io.github.schedkit.it.SchedulingFixtures.allOf;
import static io.github.schedkit.it.SchedulingFixtures.member;
import static io.github.schedkit.it.SchedulingFixtures.minutes;
import static io.github.schedkit.it.SchedulingFixtures.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.schedkit.cronofy.AvailabilityRequired;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.api.AvailabilityApi;
import io.github.schedkit.cronofy.model.AvailabilityBuffer;
import io.github.schedkit.cronofy.model.AvailabilityBufferDetail;
import io.github.schedkit.cronofy.model.AvailabilityMember;
import io.github.schedkit.cronofy.model.AvailabilityParticipantGroup;
import io.github.schedkit.cronofy.model.AvailabilityRequest;
import io.github.schedkit.cronofy.model.AvailabilityResponse;
import io.github.schedkit.cronofy.model.AvailabilityResponseFormat;
import io.github.schedkit.cronofy.model.AvailabilitySequenceStep;
import io.github.schedkit.cronofy.model.AvailableSequence;
import io.github.schedkit.cronofy.model.AvailableTime;
import io.github.schedkit.cronofy.model.SequencedAvailabilityRequest;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every Availability operation against Prism; each test is named after its operationId, with one
 * test per response format ({@code Prefer: example=...} picks the spec's named response). These
 * calls send the client secret as API key when the client has one, else the user's token.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyAvailabilityIT {
  private static final String GRACE = "acc_5ba21743f408617d1269ea1e";
  private static final String KARL = "acc_64b17d868090ea21640c914c";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static PrismServer prism;
  private static AvailabilityApi availability;

  @BeforeAll
  static void setUp(PrismServer server) {
    prism = server;
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    availability = cronofy.availability();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  /** Sends a request equal to the named request example and checks the body as sent. */
  private static AvailabilityResponse query(String example, AvailabilityRequest request) {
    assertEquals(EXAMPLES.request("queryAvailability", example, AvailabilityRequest.class), request);

    AvailabilityResponse response =
        Prefer.with("example=" + example, () -> availability.queryAvailability(request).execute());

    Request sent = SENT.last("POST", "/v1/availability");
    CronofyMock.assertApiKey(sent);
    CronofyMock.assertBodyMatchesExample(sent, "queryAvailability", example);
    EXAMPLES.assertMatchesResponse("queryAvailability", example, response);
    return response;
  }

  /** Slots for two people (all required) and one of three rooms, with buffers and a start interval. */
  @Test
  void queryAvailability() {
    AvailabilityRequest request =
        AvailabilityRequest.builder()
            .participants(
                List.of(
                    allOf(
                        AvailabilityMember.builder().sub(GRACE).managedAvailability(true).build(),
                        AvailabilityMember.builder().sub(KARL).managedAvailability(true).build()),
                    AvailabilityParticipantGroup.builder()
                        .members(
                            List.of(
                                member("res_5ba21743f408617d12693521"),
                                member("res_5ba21743f4000563a26934ea"),
                                member("res_64b17d868090ea21640ad6e0")))
                        .required(AvailabilityRequired.atLeast(1))
                        .build()))
            .requiredDuration(minutes(60))
            .queryPeriods(
                List.of(
                    period("2025-01-21T09:00:00Z", "2025-01-21T18:00:00Z"),
                    period("2025-01-22T09:00:00Z", "2025-01-22T18:00:00Z")))
            .buffer(
                AvailabilityBuffer.builder()
                    .before(AvailabilityBufferDetail.builder().minutes(30).build())
                    .after(AvailabilityBufferDetail.builder().minutes(15).build())
                    .build())
            .startInterval(minutes(30))
            .responseFormat(AvailabilityResponseFormat.SLOTS)
            .maxResults(10)
            .build();

    AvailabilityResponse response = query("slots", request);

    JsonObject body = CronofyMock.jsonBody(SENT.last());
    JsonObject people = body.getAsJsonArray("participants").get(0).getAsJsonObject();
    JsonObject rooms = body.getAsJsonArray("participants").get(1).getAsJsonObject();
    assertEquals("all", people.get("required").getAsString());
    assertTrue(rooms.get("required").getAsJsonPrimitive().isNumber(), rooms.toString());
    assertEquals(1, rooms.get("required").getAsInt());
    assertEquals("slots", body.get("response_format").getAsString());
    assertNull(response.getAvailablePeriods());
    List<AvailableTime> slots = response.getAvailableSlots();
    assertEquals(2, slots.size());
    assertEquals(OffsetDateTime.parse("2025-01-21T09:00:00Z"), slots.get(0).getStart());
    assertEquals(OffsetDateTime.parse("2025-01-21T10:00:00Z"), slots.get(0).getEnd());
    assertEquals(4, slots.get(0).getParticipants().size());
    assertEquals("res_64b17d868090ea21640ad6e0", slots.get(1).getParticipants().get(2).getSub());
  }

  /** The periods format, for one person in chosen calendars and within an availability rule. */
  @Test
  void queryAvailabilityPeriods() {
    AvailabilityRequest request =
        AvailabilityRequest.builder()
            .participants(
                List.of(
                    allOf(
                        AvailabilityMember.builder()
                            .sub(GRACE)
                            .calendarIds(List.of("cal_n23kjnwrw2_jsdfjksn234"))
                            .availabilityRuleIds(List.of("work_hours"))
                            .onlyManagedEvents(false)
                            .build())))
            .requiredDuration(minutes(60))
            .queryPeriods(List.of(period("2025-01-21T09:00:00Z", "2025-01-21T18:00:00Z")))
            .responseFormat(AvailabilityResponseFormat.PERIODS)
            .build();

    AvailabilityResponse response = query("periods", request);

    assertNull(response.getAvailableSlots());
    List<AvailableTime> periods = response.getAvailablePeriods();
    assertEquals(2, periods.size());
    assertEquals(OffsetDateTime.parse("2025-01-21T14:00:00Z"), periods.get(1).getStart());
    assertEquals(GRACE, periods.get(1).getParticipants().get(0).getSub());
  }

  /** The overlapping-slots format, with a member's own available period and a buffer range. */
  @Test
  void queryAvailabilityOverlappingSlots() {
    AvailabilityRequest request =
        AvailabilityRequest.builder()
            .participants(
                List.of(
                    allOf(
                        AvailabilityMember.builder()
                            .sub(GRACE)
                            .availablePeriods(List.of(period("2025-01-21T09:00:00Z", "2025-01-21T12:00:00Z")))
                            .build())))
            .requiredDuration(minutes(60))
            .queryPeriods(List.of(period("2025-01-21T09:00:00Z", "2025-01-21T18:00:00Z")))
            .buffer(
                AvailabilityBuffer.builder()
                    .before(AvailabilityBufferDetail.builder().minimum(minutes(15)).maximum(minutes(30)).build())
                    .build())
            .startInterval(minutes(30))
            .responseFormat(AvailabilityResponseFormat.OVERLAPPING_SLOTS)
            .build();

    AvailabilityResponse response = query("overlappingSlots", request);

    assertNull(response.getAvailablePeriods());
    List<AvailableTime> slots = response.getAvailableSlots();
    assertEquals(3, slots.size());
    assertTrue(slots.get(1).getStart().isBefore(slots.get(0).getEnd()), "overlapping slots overlap");
  }

  /** Without a client secret, the query goes out with the user's access token. */
  @Test
  void queryAvailabilityWithTheUsersToken() {
    AvailabilityApi userOnly =
        CronofyMock.builder(prism, SENT).accessToken(CronofyMock.ACCESS_TOKEN).build().availability();
    AvailabilityRequest request = EXAMPLES.request("queryAvailability", "periods", AvailabilityRequest.class);

    AvailabilityResponse response = Prefer.with("example=periods", () -> userOnly.queryAvailability(request).execute());

    CronofyMock.assertUserToken(SENT.last());
    EXAMPLES.assertMatchesResponse("queryAvailability", "periods", response);
  }

  @Test
  void querySequencedAvailability() {
    SequencedAvailabilityRequest request =
        SequencedAvailabilityRequest.builder()
            .queryPeriods(
                List.of(
                    period("2025-01-19T09:00:00Z", "2025-01-19T18:00:00Z"),
                    period("2025-01-20T09:00:00Z", "2025-01-20T18:00:00Z")))
            .sequence(
                List.of(
                    AvailabilitySequenceStep.builder()
                        .sequenceId("123")
                        .ordinal(1)
                        .participants(
                            List.of(
                                allOf(
                                    AvailabilityMember.builder()
                                        .sub(GRACE)
                                        .calendarIds(List.of("cal_n23kjnwrw2_jsdfjksn234"))
                                        .build())))
                        .requiredDuration(minutes(60))
                        .startInterval(minutes(60))
                        .buffer(
                            AvailabilityBuffer.builder()
                                .before(AvailabilityBufferDetail.builder().minimum(minutes(30)).maximum(minutes(60)).build())
                                .after(AvailabilityBufferDetail.builder().minimum(minutes(15)).maximum(minutes(30)).build())
                                .build())
                        .build(),
                    AvailabilitySequenceStep.builder()
                        .sequenceId("456")
                        .ordinal(2)
                        .participants(
                            List.of(
                                allOf(
                                    AvailabilityMember.builder()
                                        .sub(KARL)
                                        .availablePeriods(
                                            List.of(
                                                period("2025-01-19T09:00:00Z", "2025-01-19T12:00:00Z"),
                                                period("2025-01-20T10:00:00Z", "2025-01-20T20:00:00Z")))
                                        .build())))
                        .requiredDuration(minutes(60))
                        .startInterval(minutes(60))
                        .build()))
            .build();
    assertEquals(EXAMPLES.request("querySequencedAvailability", SequencedAvailabilityRequest.class), request);

    List<AvailableSequence> sequences = availability.querySequencedAvailability(request).execute();

    Request sent = SENT.last("POST", "/v1/sequenced_availability");
    CronofyMock.assertApiKey(sent);
    CronofyMock.assertBodyMatchesExample(sent, "querySequencedAvailability", null);
    EXAMPLES.assertMatchesResponse("querySequencedAvailability", sequences);
    assertEquals(1, sequences.size());
    assertEquals("456", sequences.get(0).getSequence().get(1).getSequenceId());
    assertEquals(OffsetDateTime.parse("2025-01-19T11:00:00Z"), sequences.get(0).getSequence().get(1).getStart());
  }
}
