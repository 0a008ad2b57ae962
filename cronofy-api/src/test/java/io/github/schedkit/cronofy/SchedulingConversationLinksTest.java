package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.cronofy.model.SchedulingConversation;
import io.github.schedkit.cronofy.model.SchedulingConversationAction;
import io.github.schedkit.cronofy.model.SchedulingConversationSlot;
import io.github.schedkit.cronofy.model.SelectSchedulingConversationSlotsRequest;
import io.github.schedkit.cronofy.model.SelectedSlot;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Following a participant's action links: exactly as given, with the user's token, same origin only. */
class SchedulingConversationLinksTest extends CronofyMockServerTest {
  private static final SelectSchedulingConversationSlotsRequest CHOICE =
      SelectSchedulingConversationSlotsRequest.builder()
          .selectedSlots(Collections.singletonList(SelectedSlot.builder().slotId("slt_1").build()))
          .build();

  private static SchedulingConversationAction action(HttpUrl url) {
    return SchedulingConversationAction.builder().url(url.toString()).build();
  }

  @Test
  void listsSlotsAtTheLinkAsGivenWithTheUsersToken() throws Exception {
    CronofyClient client = full().build();
    HttpUrl link = server.url("/v1/scheduling_conversations/scv_1/participants/p_8d2/slots_list?sig=a%2Fb");
    server.enqueue(json("{\"slots\":[{\"slot_id\":\"slt_1\",\"start\":\"2025-01-28T09:00:00Z\",\"end\":\"2025-01-28T10:00:00Z\"}]}"));

    List<SchedulingConversationSlot> slots = client.schedulingConversationLinks().listSlots(action(link)).execute();

    assertEquals("slt_1", slots.get(0).getSlotId());
    assertEquals(OffsetDateTime.parse("2025-01-28T10:00:00Z"), slots.get(0).getEnd());
    RecordedRequest sent = takeRequest();
    assertEquals("GET /v1/scheduling_conversations/scv_1/participants/p_8d2/slots_list?sig=a%2Fb HTTP/1.1", sent.getRequestLine());
    assertEquals("Bearer " + ACCESS_TOKEN, sent.getHeader("Authorization"));
  }

  @Test
  void selectsSlotsAtTheLinkAndReturnsTheConversation() throws Exception {
    CronofyClient client = full().build();
    HttpUrl link = server.url("/v1/scheduling_conversations/scv_1/participants/p_8d2/slots_select");
    server.enqueue(json("{\"scheduling_conversation_id\":\"scv_1\",\"chosen_slot\":{\"available_slot_id\":\"slt_1\"}}"));

    SchedulingConversation conversation =
        client.schedulingConversationLinks().selectSlots(action(link), CHOICE).execute();

    assertEquals("slt_1", conversation.getChosenSlot().getAvailableSlotId());
    RecordedRequest sent = takeRequest();
    assertEquals("POST " + link.encodedPath() + " HTTP/1.1", sent.getRequestLine());
    assertEquals("Bearer " + ACCESS_TOKEN, sent.getHeader("Authorization"));
    assertEquals("{\"selected_slots\":[{\"slot_id\":\"slt_1\"}]}", sent.getBody().readUtf8());
  }

  @Test
  void aLinkOnAnotherOriginIsRefusedAndNothingIsSent() throws Exception {
    MockWebServer other = new MockWebServer();
    other.start();
    try {
      CronofyClient client = full().build();
      SchedulingConversationAction foreign = action(other.url("/v1/scheduling_conversations/scv_1/slots"));

      IllegalArgumentException list =
          assertThrows(IllegalArgumentException.class, () -> client.schedulingConversationLinks().listSlots(foreign));
      IllegalArgumentException select =
          assertThrows(
              IllegalArgumentException.class, () -> client.schedulingConversationLinks().selectSlots(foreign, CHOICE));

      assertTrue(list.getMessage().contains("slots_list") && list.getMessage().contains(String.valueOf(other.getPort())));
      assertTrue(select.getMessage().contains("slots_select"), select.getMessage());
      assertFalse(list.getMessage().contains(ACCESS_TOKEN));
      assertEquals(0, other.getRequestCount());
      assertEquals(0, server.getRequestCount());
    } finally {
      other.shutdown();
    }
  }

  @Test
  void anAbsentOrRelativeActionIsRefused() {
    SchedulingConversationLinks links = full().build().schedulingConversationLinks();
    SchedulingConversationAction relative =
        SchedulingConversationAction.builder().url("/v1/scheduling_conversations/scv_1/slots").build();

    IllegalArgumentException absent = assertThrows(IllegalArgumentException.class, () -> links.listSlots(null));
    assertTrue(absent.getMessage().contains("no slots_list action"), absent.getMessage());
    assertThrows(IllegalArgumentException.class, () -> links.listSlots(relative));
    assertEquals(0, server.getRequestCount());
  }
}
