package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.api.PushNotificationsApi;
import io.github.schedkit.cronofy.model.Channel;
import io.github.schedkit.cronofy.model.ChannelFilters;
import io.github.schedkit.cronofy.model.CreateChannelRequest;
import io.github.schedkit.mock.PrismServer;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every PushNotifications operation against Prism; each test is named after its operationId. */
@UsePrism(CronofyMock.SPEC)
class CronofyPushNotificationsIT {
  private static final String CHANNEL_ID = "chn_54cf7c7cb4ad4c1027000001";
  private static final String CALLBACK_URL = "https://app.example.com/cronofy/notifications?token=4df3b1a0";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static PushNotificationsApi channels;

  @BeforeAll
  static void setUp(PrismServer prism) {
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    channels = cronofy.pushNotifications();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void createChannel() {
    CreateChannelRequest request =
        CreateChannelRequest.builder()
            .callbackUrl(CALLBACK_URL)
            .filters(
                ChannelFilters.builder()
                    .calendarIds(List.of("cal_n23kjnwrw2_sakdnawerd3"))
                    .onlyManaged(false)
                    .build())
            .build();
    assertEquals(EXAMPLES.request("createChannel", CreateChannelRequest.class), request);

    Channel channel = channels.createChannel(request).execute();

    Request sent = SENT.last();
    assertEquals("POST", sent.method());
    assertEquals("/v1/channels", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);
    JsonObject body = CronofyMock.jsonBody(sent);
    SpecExamples.assertMatches("createChannel request", EXAMPLES.requestJson("createChannel"), body);
    // The callback URL goes out exactly as given, query string included.
    assertEquals(CALLBACK_URL, body.get("callback_url").getAsString());

    // Unwrapped from {"channel": {...}}.
    EXAMPLES.assertMatchesResponse("createChannel", channel);
    assertEquals(CHANNEL_ID, channel.getChannelId());
    assertEquals(CALLBACK_URL, channel.getCallbackUrl());
    assertEquals(List.of("cal_n23kjnwrw2_sakdnawerd3"), channel.getFilters().getCalendarIds());
    assertEquals(Boolean.FALSE, channel.getFilters().getOnlyManaged());
  }

  @Test
  void listChannels() {
    List<Channel> list = channels.listChannels().execute();

    Request sent = SENT.last();
    assertEquals("GET", sent.method());
    assertEquals("/v1/channels", sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);

    // Unwrapped from {"channels": [...]}.
    EXAMPLES.assertMatchesResponse("listChannels", list);
    assertEquals(1, list.size());
    Channel channel = list.get(0);
    assertEquals(CHANNEL_ID, channel.getChannelId());
    assertTrue(channel.getCallbackUrl().startsWith("https://app.example.com/"));
    assertEquals(1, channel.getFilters().getCalendarIds().size());
  }

  @Test
  void closeChannel() {
    ApiResponse<Void> response = channels.closeChannel(CHANNEL_ID).executeWithResponse();

    assertEquals(202, response.statusCode());
    assertNull(response.body());
    Request sent = SENT.last();
    assertEquals("DELETE", sent.method());
    assertEquals("/v1/channels/" + CHANNEL_ID, sent.url().encodedPath());
    CronofyMock.assertUserToken(sent);
  }
}
