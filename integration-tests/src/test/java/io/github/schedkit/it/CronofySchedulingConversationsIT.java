package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static io.github.schedkit.it.SchedulingFixtures.minutes;
import static io.github.schedkit.it.SchedulingFixtures.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.SchedulingConversationLinks;
import io.github.schedkit.cronofy.api.SchedulingConversationsApi;
import io.github.schedkit.cronofy.model.EventLocation;
import io.github.schedkit.cronofy.model.SchedulingConversation;
import io.github.schedkit.cronofy.model.SchedulingConversationAction;
import io.github.schedkit.cronofy.model.SchedulingConversationActions;
import io.github.schedkit.cronofy.model.SchedulingConversationLookup;
import io.github.schedkit.cronofy.model.SchedulingConversationParticipant;
import io.github.schedkit.cronofy.model.SchedulingConversationParticipantSlots;
import io.github.schedkit.cronofy.model.SchedulingConversationParticipantStatus;
import io.github.schedkit.cronofy.model.SchedulingConversationRequest;
import io.github.schedkit.cronofy.model.SchedulingConversationSlot;
import io.github.schedkit.cronofy.model.SchedulingEvent;
import io.github.schedkit.cronofy.model.SelectSchedulingConversationSlotsRequest;
import io.github.schedkit.cronofy.model.SelectedSlot;
import io.github.schedkit.cronofy.model.SlotSelectionMethod;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every SchedulingConversations operation (ALPHA) against Prism, authenticated with the user's
 * token, called both on the spec's paths and through {@link SchedulingConversationLinks}, which
 * follows a participant's action links.
 */
@UsePrism(CronofyMock.SPEC)
class CronofySchedulingConversationsIT {
  private static final String CONVERSATION_ID = "scv_5b45cfabef723e0913f3323f";
  private static final String SLOTS_PATH = "/v1/scheduling_conversations/" + CONVERSATION_ID + "/participants/@karl/slots";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static SchedulingConversationsApi conversations;
  private static SchedulingConversationLinks links;
  private static PrismServer prism;

  @BeforeAll
  static void setUp(PrismServer server) {
    prism = server;
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    conversations = cronofy.schedulingConversations();
    links = cronofy.schedulingConversationLinks();
  }

  /** The participant's action link as Cronofy would give it for this client: on the mock's origin. */
  private static SchedulingConversationAction linkOnTheMock() {
    return SchedulingConversationAction.builder()
        .url(HttpUrl.get(prism.baseUrl()).resolve(SLOTS_PATH).toString())
        .build();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void createSchedulingConversation() {
    SchedulingConversationRequest request =
        SchedulingConversationRequest.builder()
            .participants(
                List.of(
                    SchedulingConversationParticipant.builder()
                        .participantId("@grace")
                        .sub("acc_5ba21743f408617d1269ea1e")
                        .email("grace@company.com")
                        .commonName("Grace Devlin")
                        .managedAvailability(true)
                        .slots(SchedulingConversationParticipantSlots.builder().selectionMethod(SlotSelectionMethod.AUTO).build())
                        .build(),
                    SchedulingConversationParticipant.builder().participantId("@karl").commonName("Karl Cramer").build()))
            .tzid("America/Chicago")
            .subject("Project Titan review")
            .event(SchedulingEvent.builder().location(EventLocation.builder().description("Board Room").build()).build())
            .requiredDuration(minutes(60))
            .availablePeriods(List.of(period("2025-01-28T09:00:00Z", "2025-01-28T18:00:00Z")))
            .build();
    assertEquals(EXAMPLES.request("createSchedulingConversation", SchedulingConversationRequest.class), request);

    SchedulingConversation conversation = conversations.createSchedulingConversation(request).execute();

    Request sent = CronofyMock.assertUserToken(SENT.last("POST", "/v1/scheduling_conversations"));
    CronofyMock.assertBodyMatchesExample(sent, "createSchedulingConversation", null);
    EXAMPLES.assertMatchesResponse("createSchedulingConversation", conversation);
    assertEquals(CONVERSATION_ID, conversation.getSchedulingConversationId());
  }

  @Test
  void getSchedulingConversation() {
    SchedulingConversation conversation = conversations.getSchedulingConversation(CONVERSATION_ID).execute();

    CronofyMock.assertUserToken(SENT.last("GET", "/v1/scheduling_conversations/" + CONVERSATION_ID));
    EXAMPLES.assertMatchesResponse("getSchedulingConversation", conversation);
    SchedulingConversationParticipant karl = conversation.getParticipants().get(1);
    assertSame(SchedulingConversationParticipantStatus.NEEDS_ACTION, karl.getStatus());
    assertSame(SlotSelectionMethod.MANUAL, karl.getSlots().getSelectionMethod());
    assertEquals(
        "https://api.cronofy.com" + SLOTS_PATH, karl.getPossibleActions().getSlotsList().getUrl().toString());
    assertNull(conversation.getParticipants().get(0).getPossibleActions().getSlotsSelect());
    assertEquals("in_progress", conversation.getStatus());
  }

  @Test
  void getSchedulingConversationByToken() {
    SchedulingConversationLookup lookup = conversations.getSchedulingConversationByToken("hagsdau7g3d").execute();

    Request sent = CronofyMock.assertUserToken(SENT.last("GET", "/v1/scheduling_conversations"));
    assertEquals("hagsdau7g3d", sent.url().queryParameter("token"));
    EXAMPLES.assertMatchesResponse("getSchedulingConversationByToken", lookup);
    assertEquals("@karl", lookup.getParticipant().getParticipantId());
    assertEquals(CONVERSATION_ID, lookup.getSchedulingConversation().getSchedulingConversationId());
  }

  @Test
  void listSchedulingConversationSlots() {
    List<SchedulingConversationSlot> slots =
        conversations.listSchedulingConversationSlots(CONVERSATION_ID, "@karl").execute();

    CronofyMock.assertUserToken(SENT.last("GET", SLOTS_PATH));
    EXAMPLES.assertMatchesResponse("listSchedulingConversationSlots", slots);
    assertEquals(3, slots.size());
    assertEquals("slt_1529551800", slots.get(1).getSlotId());
    assertEquals(OffsetDateTime.parse("2025-01-28T10:00:00Z"), slots.get(1).getStart());
  }

  /** The action link of the spec's example is on api.cronofy.com: it is refused, nothing is sent. */
  @Test
  void getSchedulingConversationActionLinksStayOnTheApiOrigin() {
    SchedulingConversation conversation = conversations.getSchedulingConversation(CONVERSATION_ID).execute();
    SchedulingConversationActions actions = conversation.getParticipants().get(1).getPossibleActions();

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> links.listSlots(actions.getSlotsList()));

    assertTrue(refused.getMessage().contains("api.cronofy.com"), refused.getMessage());
    assertEquals(1, SENT.requests().size());
  }

  @Test
  void listSchedulingConversationSlotsByActionLink() {
    List<SchedulingConversationSlot> slots = links.listSlots(linkOnTheMock()).execute();

    CronofyMock.assertUserToken(SENT.last("GET", SLOTS_PATH));
    EXAMPLES.assertMatchesResponse("listSchedulingConversationSlots", slots);
  }

  @Test
  void selectSchedulingConversationSlotsByActionLink() {
    SelectSchedulingConversationSlotsRequest request =
        EXAMPLES.request("selectSchedulingConversationSlots", SelectSchedulingConversationSlotsRequest.class);

    SchedulingConversation conversation = links.selectSlots(linkOnTheMock(), request).execute();

    Request sent = CronofyMock.assertUserToken(SENT.last("POST", SLOTS_PATH));
    CronofyMock.assertBodyMatchesExample(sent, "selectSchedulingConversationSlots", null);
    EXAMPLES.assertMatchesResponse("selectSchedulingConversationSlots", conversation);
  }

  @Test
  void selectSchedulingConversationSlots() {
    SelectSchedulingConversationSlotsRequest request =
        SelectSchedulingConversationSlotsRequest.builder()
            .selectedSlots(List.of(SelectedSlot.builder().slotId("slt_1529540802").build()))
            .build();
    assertEquals(EXAMPLES.request("selectSchedulingConversationSlots", SelectSchedulingConversationSlotsRequest.class), request);

    SchedulingConversation conversation =
        conversations.selectSchedulingConversationSlots(CONVERSATION_ID, "@karl", request).execute();

    Request sent = CronofyMock.assertUserToken(SENT.last("POST", SLOTS_PATH));
    CronofyMock.assertBodyMatchesExample(sent, "selectSchedulingConversationSlots", null);
    EXAMPLES.assertMatchesResponse("selectSchedulingConversationSlots", conversation);
    assertEquals("slt_1529540802", conversation.getChosenSlot().getAvailableSlotId());
    assertSame(SchedulingConversationParticipantStatus.COMPLETE, conversation.getParticipants().get(1).getStatus());
  }
}
