package io.github.schedkit.cronofy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.github.schedkit.core.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Cronofy documents an event status {@code "unknown"}: it is the listed constant
 * {@link EventStatus#UNKNOWN}, never the catch-all {@link EventStatus.Value#UNRECOGNIZED} of a
 * status the spec does not list.
 */
class EventStatusTest {

  private static EventStatus decode(String json) {
    return Json.gson().fromJson(json, EventStatus.class);
  }

  @Test
  void theDocumentedUnknownStatusIsAListedValue() {
    EventStatus status = decode("\"unknown\"");

    assertSame(EventStatus.UNKNOWN, status);
    assertSame(EventStatus.Value.UNKNOWN, status.value());
    assertTrue(status.isRecognized());
    assertEquals("\"unknown\"", Json.gson().toJson(status));
  }

  @Test
  void anUnlistedStatusIsUnrecognizedAndKeepsItsText() {
    EventStatus status = decode("\"on_hold\"");

    assertSame(EventStatus.Value.UNRECOGNIZED, status.value());
    assertFalse(status.isRecognized());
    assertEquals("on_hold", status.asString());
    assertNotEquals(EventStatus.UNKNOWN, status);
    assertEquals("\"on_hold\"", Json.gson().toJson(status));
  }

  @Test
  void anUnlistedStatusInAnEventIsSentBackUnchanged() {
    String json = "{\"event_uid\":\"evt_1\",\"status\":\"on_hold\"}";
    Event event = Json.gson().fromJson(json, Event.class);

    assertSame(EventStatus.Value.UNRECOGNIZED, event.getStatus().value());
    assertEquals(JsonParser.parseString(json), Json.gson().toJsonTree(event));
  }
}
