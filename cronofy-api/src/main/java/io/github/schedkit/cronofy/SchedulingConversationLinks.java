package io.github.schedkit.cronofy;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.http.Origins;
import io.github.schedkit.cronofy.model.SchedulingConversation;
import io.github.schedkit.cronofy.model.SchedulingConversationAction;
import io.github.schedkit.cronofy.model.SchedulingConversationSlot;
import io.github.schedkit.cronofy.model.SelectSchedulingConversationSlotsRequest;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Follows the action links of a scheduling conversation participant ({@code possible_actions}),
 * exactly as Cronofy gives them, with the user's access token. A link must be on the client's own
 * API origin (scheme, host and port), so that the token is never sent anywhere else.
 *
 * <pre>{@code
 * SchedulingConversationParticipant karl = conversation.getParticipants().get(1);
 * SchedulingConversationActions actions = karl.getPossibleActions();
 * List<SchedulingConversationSlot> slots = cronofy.schedulingConversationLinks().listSlots(actions.getSlotsList()).execute();
 * cronofy.schedulingConversationLinks().selectSlots(actions.getSlotsSelect(),
 *     SelectSchedulingConversationSlotsRequest.builder()
 *         .selectedSlots(List.of(SelectedSlot.builder().slotId(slots.get(0).getSlotId()).build()))
 *         .build()).execute();
 * }</pre>
 */
public final class SchedulingConversationLinks {
  private final CronofyActionLinksApi api;
  private final HttpUrl apiBaseUrl;

  SchedulingConversationLinks(CronofyActionLinksApi api, HttpUrl apiBaseUrl) {
    this.api = api;
    this.apiBaseUrl = apiBaseUrl;
  }

  /**
   * Lists the slots offered to a participant, by following {@code possible_actions.slots_list}.
   *
   * @param slotsList the participant's {@code slots_list} action
   * @return the call; its result is the slots
   * @throws IllegalArgumentException if the action is absent, has no URL, or points at another
   *     origin than the client's API
   */
  public ApiCall<List<SchedulingConversationSlot>> listSlots(SchedulingConversationAction slotsList) {
    return api.listSlots(followable(slotsList, "slots_list"));
  }

  /**
   * Records a participant's choice of slots, by following {@code possible_actions.slots_select}.
   *
   * @param slotsSelect the participant's {@code slots_select} action
   * @param request the chosen slots
   * @return the call; its result is the conversation in its new state
   * @throws IllegalArgumentException if the action is absent, has no URL, or points at another
   *     origin than the client's API
   */
  public ApiCall<SchedulingConversation> selectSlots(
      SchedulingConversationAction slotsSelect, SelectSchedulingConversationSlotsRequest request) {
    Objects.requireNonNull(request, "request");
    return api.selectSlots(followable(slotsSelect, "slots_select"), request);
  }

  private HttpUrl followable(SchedulingConversationAction action, String name) {
    if (action == null || action.getUrl() == null) {
      throw new IllegalArgumentException(
          "the participant has no " + name + " action URL: its possible_actions do not offer it now");
    }
    HttpUrl url = HttpUrl.parse(action.getUrl().toString());
    if (url == null) {
      throw new IllegalArgumentException("the " + name + " action URL is not an absolute http(s) URL");
    }
    if (!Origins.same(url, apiBaseUrl)) {
      throw new IllegalArgumentException(
          "refusing to follow the " + name + " action URL to " + url.scheme() + "://" + url.host() + ":" + url.port()
              + ", which is not the API host " + apiBaseUrl.scheme() + "://" + apiBaseUrl.host() + ":"
              + apiBaseUrl.port() + "; no credential was sent");
    }
    return url;
  }

  /** Shows the API origin links must be on; never a credential. */
  @Override
  public String toString() {
    return "SchedulingConversationLinks{apiBaseUrl=" + apiBaseUrl + "}";
  }
}
