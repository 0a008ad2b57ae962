package io.github.schedkit.cronofy;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.http.Endpoint;
import io.github.schedkit.cronofy.model.SchedulingConversation;
import io.github.schedkit.cronofy.model.SchedulingConversationSlot;
import io.github.schedkit.cronofy.model.SelectSchedulingConversationSlotsRequest;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The two scheduling conversation operations whose URL Cronofy hands out as an action link, called
 * at that exact URL. The generated {@code SchedulingConversationsApi} has the same operations on
 * the path the spec assumes; these follow the link instead, whatever its path.
 */
interface SchedulingConversationLinksApi {

  /**
   * Lists the slots offered to a participant, at its {@code possible_actions.slots_list.url}.
   *
   * @param url the absolute action URL
   * @return the call; its result is the slots
   */
  @Endpoint(
      operationId = "listSchedulingConversationSlots",
      method = "GET",
      path = "/v1/scheduling_conversations/{scheduling_conversation_id}/participants/{participant_id}/slots",
      security = {CronofyApis.USER_ACCESS_TOKEN_SCHEME},
      unwrap = "slots")
  @retrofit2.http.GET
  ApiCall<List<SchedulingConversationSlot>> listSlots(@retrofit2.http.Url HttpUrl url);

  /**
   * Records a participant's choice, at its {@code possible_actions.slots_select.url}.
   *
   * @param url the absolute action URL
   * @param request the chosen slots
   * @return the call; its result is the conversation in its new state
   */
  @Endpoint(
      operationId = "selectSchedulingConversationSlots",
      method = "POST",
      path = "/v1/scheduling_conversations/{scheduling_conversation_id}/participants/{participant_id}/slots",
      security = {CronofyApis.USER_ACCESS_TOKEN_SCHEME})
  @retrofit2.http.POST
  ApiCall<SchedulingConversation> selectSlots(
      @retrofit2.http.Url HttpUrl url, @retrofit2.http.Body SelectSchedulingConversationSlotsRequest request);
}
