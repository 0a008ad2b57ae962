package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.EventTime;
import io.github.schedkit.cronofy.api.AvailablePeriodsApi;
import io.github.schedkit.cronofy.api.AvailablePeriodsApi.ReadAvailablePeriodsQuery;
import io.github.schedkit.cronofy.model.AvailablePeriod;
import io.github.schedkit.cronofy.model.AvailablePeriodsPage;
import io.github.schedkit.cronofy.model.DeleteAvailablePeriodsRequest;
import io.github.schedkit.mock.PrismServer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every AvailablePeriods operation against Prism, authenticated with the user's token; {@code
 * deleteAvailablePeriods} has one test per form (one period, all periods). Following the pages
 * through Prism is in {@link CronofyPaginationIT}.
 */
@UsePrism(CronofyMock.SPEC)
class CronofyAvailablePeriodsIT {
  private static final String PERIOD_ID = "qTtZdczOccgaPncGJaCiLg";
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static AvailablePeriodsApi availablePeriods;

  @BeforeAll
  static void setUp(PrismServer prism) {
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    availablePeriods = cronofy.availablePeriods();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  @Test
  void upsertAvailablePeriod() {
    AvailablePeriod period =
        AvailablePeriod.builder()
            .availablePeriodId(PERIOD_ID)
            .start(EventTime.time(OffsetDateTime.parse("2025-01-20T15:30:00Z")))
            .end(EventTime.time(OffsetDateTime.parse("2025-01-20T17:00:00Z")))
            .build();
    assertEquals(EXAMPLES.request("upsertAvailablePeriod", AvailablePeriod.class), period);

    ApiResponse<Void> response = availablePeriods.upsertAvailablePeriod(period).executeWithResponse();

    assertEquals(202, response.statusCode());
    assertNull(response.body());
    Request sent = CronofyMock.assertUserToken(SENT.last("POST", "/v1/available_periods"));
    CronofyMock.assertBodyMatchesExample(sent, "upsertAvailablePeriod", null);
  }

  @Test
  void readAvailablePeriods() {
    AvailablePeriodsPage page =
        availablePeriods
            .readAvailablePeriods(
                ReadAvailablePeriodsQuery.builder()
                    .from(LocalDate.parse("2025-01-20"))
                    .to(LocalDate.parse("2025-01-27"))
                    .tzid("Europe/London")
                    .localizedTimes(false)
                    .build())
            .execute();

    HttpUrl url = CronofyMock.assertUserToken(SENT.last("GET", "/v1/available_periods")).url();
    assertEquals("2025-01-20", url.queryParameter("from"));
    assertEquals("2025-01-27", url.queryParameter("to"));
    assertEquals("Europe/London", url.queryParameter("tzid"));
    assertEquals("false", url.queryParameter("localized_times"));
    EXAMPLES.assertMatchesResponse("readAvailablePeriods", page);
    assertTrue(page.hasNextPage());
    assertEquals(
        "https://api.cronofy.com/v1/available_periods/pages/08a07b034306679e", page.getPages().getNextPage());
    AvailablePeriod period = page.items().get(0);
    assertEquals(PERIOD_ID, period.getAvailablePeriodId());
    assertEquals(EventTime.time(OffsetDateTime.parse("2025-01-20T17:00:00Z")), period.getEnd());
  }

  @Test
  void readAvailablePeriodsPage() {
    AvailablePeriodsPage page = availablePeriods.readAvailablePeriodsPage("08a07b034306679e").execute();

    Request sent = CronofyMock.assertUserToken(SENT.last("GET", "/v1/available_periods/pages/08a07b034306679e"));
    assertNull(sent.url().encodedQuery());
    EXAMPLES.assertMatchesResponse("readAvailablePeriodsPage", page);
    assertFalse(page.hasNextPage());
    assertEquals(Integer.valueOf(2), page.getPages().getCurrent());
    assertEquals("ZgbTnYq0ZsGHw3n7VzkUqA", page.items().get(0).getAvailablePeriodId());
  }

  /** Deletes one period, by its id. */
  @Test
  void deleteAvailablePeriods() {
    DeleteAvailablePeriodsRequest request = DeleteAvailablePeriodsRequest.builder().availablePeriodId(PERIOD_ID).build();
    assertEquals(EXAMPLES.request("deleteAvailablePeriods", "one", DeleteAvailablePeriodsRequest.class), request);

    ApiResponse<Void> response = availablePeriods.deleteAvailablePeriods(request).executeWithResponse();

    assertEquals(202, response.statusCode());
    Request sent = CronofyMock.assertUserToken(SENT.last("DELETE", "/v1/available_periods"));
    // The body is JSON although the method is DELETE.
    JsonObject body = CronofyMock.assertBodyMatchesExample(sent, "deleteAvailablePeriods", "one");
    assertFalse(body.has("delete_all"));
  }

  /** Deletes every period of the account. */
  @Test
  void deleteAvailablePeriodsAll() {
    DeleteAvailablePeriodsRequest request = DeleteAvailablePeriodsRequest.builder().deleteAll(true).build();
    assertEquals(EXAMPLES.request("deleteAvailablePeriods", "all", DeleteAvailablePeriodsRequest.class), request);

    ApiResponse<Void> response = availablePeriods.deleteAvailablePeriods(request).executeWithResponse();

    assertEquals(202, response.statusCode());
    Request sent = CronofyMock.assertUserToken(SENT.last("DELETE", "/v1/available_periods"));
    JsonObject body = CronofyMock.jsonBody(sent);
    assertTrue(body.get("delete_all").getAsBoolean());
    assertEquals(1, body.size(), body.toString());
  }
}
