package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.cronofy.model.Event;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.cronofy.model.QueryPeriod;
import io.github.schedkit.cronofy.model.UpsertEventRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three wire forms of an event's start and end. */
class EventTimeTest extends CronofyMockServerTest {

  private static EventTime decode(String json) {
    return Json.gson().fromJson(json, EventTime.class);
  }

  private static String encode(EventTime time) {
    return Json.gson().toJson(time, EventTime.class);
  }

  @Test
  void decodesADate() {
    EventTime time = decode("\"2024-09-06\"");

    assertTrue(time.isDate());
    assertEquals(LocalDate.of(2024, 9, 6), time.getDate());
    assertNull(time.getTime());
    assertNull(time.getTzid());
    assertEquals(EventTime.date(LocalDate.of(2024, 9, 6)), time);
  }

  @Test
  void decodesATime() {
    EventTime time = decode("\"2024-09-13T19:00:00Z\"");

    assertFalse(time.isDate());
    assertNull(time.getDate());
    assertEquals(OffsetDateTime.of(2024, 9, 13, 19, 0, 0, 0, ZoneOffset.UTC), time.getTime());
    assertNull(time.getTzid());
  }

  @Test
  void decodesALocalizedTime() {
    EventTime time = decode("{\"time\":\"2024-09-13T19:00:00Z\",\"tzid\":\"Europe/London\"}");

    assertFalse(time.isDate());
    assertEquals(OffsetDateTime.of(2024, 9, 13, 19, 0, 0, 0, ZoneOffset.UTC), time.getTime());
    assertEquals("Europe/London", time.getTzid());
    assertEquals(EventTime.localized(OffsetDateTime.parse("2024-09-13T19:00:00Z"), "Europe/London"), time);
    assertEquals(time, decode("{\"tzid\":\"Europe/London\",\"extra\":1,\"time\":\"2024-09-13T19:00:00Z\"}"));
  }

  @Test
  void decodesNull() {
    assertNull(decode("null"));
  }

  @Test
  void encodesEachFormBackToTheSameWireForm() {
    for (String wire :
        new String[] {
          "\"2024-09-06\"",
          "\"2024-09-13T19:00:00.000Z\"",
          "{\"time\":\"2024-09-13T19:00:00.000Z\",\"tzid\":\"Europe/London\"}",
          "{\"time\":\"2024-09-06\",\"tzid\":\"Europe/London\"}"
        }) {
      assertEquals(wire, encode(decode(wire)));
    }
  }

  @Test
  void readsAnAllDayDateWithItsTimeZone() {
    EventTime allDay = decode("{\"time\":\"2024-09-06\",\"tzid\":\"Europe/London\"}");

    assertTrue(allDay.isDate());
    assertEquals(LocalDate.of(2024, 9, 6), allDay.getDate());
    assertNull(allDay.getTime());
    assertEquals("Europe/London", allDay.getTzid());
    assertEquals(EventTime.localized(LocalDate.of(2024, 9, 6), "Europe/London"), allDay);
    assertNotEquals(EventTime.date(LocalDate.of(2024, 9, 6)), allDay);
    assertEquals("2024-09-06[Europe/London]", allDay.toString());
  }

  @Test
  void readsATimeWithASpaceBeforeTheClock() {
    assertEquals(
        EventTime.time(OffsetDateTime.parse("2024-09-13T19:00:00Z")), decode("\"2024-09-13 19:00:00Z\""));
    assertEquals(
        EventTime.localized(OffsetDateTime.parse("2024-09-13T19:00:00Z"), "Europe/London"),
        decode("{\"time\":\"2024-09-13 20:00:00+01:00\",\"tzid\":\"Europe/London\"}"));
  }

  @Test
  void encodesTimesInUtcWithMilliseconds() {
    assertEquals("\"2024-09-13T19:00:00.000Z\"", encode(EventTime.time(OffsetDateTime.parse("2024-09-14T04:00:00+09:00"))));
    assertEquals("\"2024-09-13T19:00:00.000Z\"", encode(decode("\"2024-09-14T04:00:00+09:00\"")));
    assertEquals("\"2024-09-13T19:00:05.250Z\"", encode(EventTime.time(OffsetDateTime.parse("2024-09-13T19:00:05.250Z"))));
    assertEquals(
        "{\"time\":\"2024-09-13T19:00:00.000Z\",\"tzid\":\"Asia/Tokyo\"}",
        encode(EventTime.localized(OffsetDateTime.parse("2024-09-14T04:00:00+09:00"), "Asia/Tokyo")));
    assertEquals("\"2024-09-06\"", encode(EventTime.date(LocalDate.of(2024, 9, 6))));
  }

  @Test
  void eventTimesAndTimestampMembersShareOneWireForm() {
    OffsetDateTime tokyo = OffsetDateTime.parse("2024-09-14T04:00:00.25+09:00");
    String timestamp = Json.gson().toJson(tokyo);

    assertEquals("\"2024-09-13T19:00:00.250Z\"", timestamp);
    assertEquals(timestamp, encode(EventTime.time(tokyo)));
    JsonObject period =
        Json.gson().toJsonTree(QueryPeriod.builder().start(tokyo).end(tokyo.plusHours(1)).build()).getAsJsonObject();
    JsonObject event =
        Json.gson()
            .toJsonTree(
                UpsertEventRequest.builder()
                    .eventId("e")
                    .summary("s")
                    .start(EventTime.localized(tokyo, "Asia/Tokyo"))
                    .end(EventTime.time(tokyo.plusHours(1)))
                    .build())
            .getAsJsonObject();
    assertEquals(period.get("start"), event.getAsJsonObject("start").get("time"));
    assertEquals(period.get("end"), event.get("end"));
  }

  @Test
  void timesTheWireFormCannotExpressAreRefused() {
    OffsetDateTime tooLate = OffsetDateTime.parse("+10000-01-01T00:00:00Z");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventTime.time(tooLate));
    assertTrue(e.getMessage().contains("0000 to 9999"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EventTime.localized(tooLate, "Europe/London"));
    assertThrows(JsonParseException.class, () -> decode("\"+999999999-12-31T23:59:59-18:00\""));
  }

  @Test
  void timesAreEqualByInstant() {
    EventTime utc = EventTime.time(OffsetDateTime.parse("2024-09-13T19:00:00Z"));
    EventTime tokyo = EventTime.time(OffsetDateTime.parse("2024-09-14T04:00:00+09:00"));
    assertEquals(utc, tokyo);
    assertEquals(utc.hashCode(), tokyo.hashCode());
    assertNotEquals(utc, EventTime.localized(OffsetDateTime.parse("2024-09-13T19:00:00Z"), "Europe/London"));
    assertNotEquals(EventTime.date(LocalDate.of(2024, 9, 13)), utc);
    assertEquals("2024-09-13T19:00:00.000Z[Europe/London]",
        EventTime.localized(OffsetDateTime.parse("2024-09-13T20:00:00+01:00"), "Europe/London").toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"time\":\"2024-09-13T19:00:00Z\"}",
        "{\"tzid\":\"Europe/London\"}",
        "{\"time\":\"2024-09-06T\",\"tzid\":\"Europe/London\"}",
        "{\"time\":42,\"tzid\":\"Europe/London\"}",
        "42",
        "true",
        "[\"2024-09-06\"]",
        "\"2024-09-13 19:00\"",
        "\"2024-09-13T19:00:00\"",
        "\"2024-13-01\"",
        "\"\""
      })
  void malformedFormsAreDecodingErrors(String json) {
    assertThrows(JsonParseException.class, () -> decode(json));
  }

  @Test
  void factoriesRejectMissingParts() {
    assertThrows(NullPointerException.class, () -> EventTime.date(null));
    assertThrows(NullPointerException.class, () -> EventTime.time(null));
    assertThrows(NullPointerException.class, () -> EventTime.localized(OffsetDateTime.now(), null));
    assertThrows(IllegalArgumentException.class, () -> EventTime.localized(OffsetDateTime.now(), " "));
    assertThrows(NullPointerException.class, () -> EventTime.localized((LocalDate) null, "Europe/London"));
    assertThrows(IllegalArgumentException.class, () -> EventTime.localized(LocalDate.now(), ""));
  }

  @Test
  void eventsDecodeEachForm() {
    CronofyClient client = full().build();
    server.enqueue(json("{\"pages\":{\"current\":1,\"total\":1},\"events\":["
        + "{\"calendar_id\":\"cal_a\",\"event_uid\":\"e1\",\"start\":\"2024-09-06\",\"end\":\"2024-09-07\"},"
        + "{\"calendar_id\":\"cal_a\",\"event_uid\":\"e2\",\"start\":\"2024-09-13T19:00:00Z\",\"end\":\"2024-09-13T20:00:00Z\"},"
        + "{\"calendar_id\":\"cal_a\",\"event_uid\":\"e3\","
        + "\"start\":{\"time\":\"2024-09-13T19:00:00Z\",\"tzid\":\"Europe/London\"},"
        + "\"end\":{\"time\":\"2024-09-13T20:00:00Z\",\"tzid\":\"Europe/London\"}}]}"));

    EventsPage page = client.events().readEvents("Etc/UTC").execute();

    Event allDay = page.items().get(0);
    assertEquals(EventTime.date(LocalDate.of(2024, 9, 6)), allDay.getStart());
    assertEquals(EventTime.date(LocalDate.of(2024, 9, 7)), allDay.getEnd());
    assertEquals(EventTime.time(OffsetDateTime.parse("2024-09-13T19:00:00Z")), page.items().get(1).getStart());
    assertEquals(
        EventTime.localized(OffsetDateTime.parse("2024-09-13T20:00:00Z"), "Europe/London"), page.items().get(2).getEnd());
  }

  @Test
  void aMalformedEventTimeInAResponseIsAResponseDecodingException() {
    CronofyClient client = full().build();
    server.enqueue(json("{\"events\":[{\"calendar_id\":\"cal_a\",\"event_uid\":\"e1\","
        + "\"start\":{\"time\":\"2024-09-13T19:00:00Z\"},\"end\":\"2024-09-07\"}]}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> client.events().readEvents("Etc/UTC").execute());

    assertInstanceOf(JsonParseException.class, e.getCause());
    assertTrue(e.getMessage().contains("readEvents"), e.getMessage());
  }

  @Test
  void upsertEventSendsStartAndEndInTheirWireForms() throws Exception {
    CronofyClient client = full().build();
    server.enqueue(new MockResponse().setResponseCode(202));
    server.enqueue(new MockResponse().setResponseCode(202));
    server.enqueue(new MockResponse().setResponseCode(202));

    client
        .events()
        .upsertEvent(
            "cal_a",
            UpsertEventRequest.builder()
                .eventId("board-1")
                .summary("Board meeting")
                .start(EventTime.time(OffsetDateTime.parse("2024-09-14T04:00:00+09:00")))
                .end(EventTime.time(OffsetDateTime.parse("2024-09-13T20:30:00Z")))
                .tzid("Asia/Tokyo")
                .build())
        .execute();
    client
        .events()
        .upsertEvent(
            "cal_a",
            UpsertEventRequest.builder()
                .eventId("holiday")
                .summary("Holiday")
                .start(EventTime.date(LocalDate.of(2024, 9, 6)))
                .end(EventTime.date(LocalDate.of(2024, 9, 7)))
                .build())
        .execute();
    client
        .events()
        .upsertEvent(
            "cal_a",
            UpsertEventRequest.builder()
                .eventId("weekly")
                .summary("Weekly")
                .start(EventTime.localized(OffsetDateTime.parse("2024-09-13T20:00:00+01:00"), "Europe/London"))
                .end(EventTime.localized(OffsetDateTime.parse("2024-09-13T21:00:00+01:00"), "Europe/London"))
                .build())
        .execute();

    RecordedRequest time = takeRequest();
    assertEquals("POST /v1/calendars/cal_a/events HTTP/1.1", time.getRequestLine());
    JsonObject timeBody = jsonBody(time);
    assertEquals("2024-09-13T19:00:00.000Z", timeBody.get("start").getAsString());
    assertEquals("2024-09-13T20:30:00.000Z", timeBody.get("end").getAsString());
    assertEquals("Asia/Tokyo", timeBody.get("tzid").getAsString());
    assertEquals("board-1", timeBody.get("event_id").getAsString());

    JsonObject dateBody = jsonBody(takeRequest());
    assertEquals("2024-09-06", dateBody.get("start").getAsString());
    assertEquals("2024-09-07", dateBody.get("end").getAsString());
    assertFalse(dateBody.has("tzid"));

    JsonObject localizedBody = jsonBody(takeRequest());
    assertEquals(
        JsonParser.parseString("{\"time\":\"2024-09-13T19:00:00.000Z\",\"tzid\":\"Europe/London\"}"),
        localizedBody.get("start"));
    assertEquals(
        JsonParser.parseString("{\"time\":\"2024-09-13T20:00:00.000Z\",\"tzid\":\"Europe/London\"}"),
        localizedBody.get("end"));
  }
}
