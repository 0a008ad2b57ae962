package io.github.schedkit.jicoo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.github.schedkit.core.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The attendee of the official Update Schedule example
 * (https://developer.jicoo.com/apidoc/project-373292/api-5547058) sends {@code "userType": 1}, a
 * number where the field table lists {@code host}/{@code guest}: it decodes and is sent back as
 * the same number.
 */
class ScheduleAttendeeUserTypeTest {
  private static final String DOCUMENTED_ATTENDEE =
      "{\"userId\":\"cfmSbUHeizSoZob9cRA3N8fmfKg1\",\"role\":\"admin\",\"userType\":1}";

  @Test
  void aNumericUserTypeDecodesAndIsSentBackAsTheNumber() {
    ScheduleAttendee attendee = Json.gson().fromJson(DOCUMENTED_ATTENDEE, ScheduleAttendee.class);

    assertEquals("1", attendee.getUserType().asString());
    assertFalse(attendee.getUserType().isRecognized());
    assertTrue(attendee.getUserType().isJsonLiteral());
    assertEquals(
        JsonParser.parseString(DOCUMENTED_ATTENDEE),
        Json.gson().toJsonTree(attendee.toBuilder().build()));
  }

  @Test
  void aListedUserTypeStaysTheConstant() {
    ScheduleAttendee attendee =
        Json.gson().fromJson("{\"role\":\"admin\",\"userType\":\"guest\"}", ScheduleAttendee.class);

    assertSame(AttendeeUserType.GUEST, attendee.getUserType());
    assertEquals("{\"role\":\"admin\",\"userType\":\"guest\"}", Json.gson().toJson(attendee));
  }
}
