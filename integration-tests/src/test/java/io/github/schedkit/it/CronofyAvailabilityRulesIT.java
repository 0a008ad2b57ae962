package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.api.AvailabilityRulesApi;
import io.github.schedkit.cronofy.model.AvailabilityRule;
import io.github.schedkit.cronofy.model.AvailabilityRuleDay;
import io.github.schedkit.cronofy.model.AvailabilityRuleWeeklyPeriod;
import io.github.schedkit.mock.PrismServer;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every AvailabilityRules operation against Prism, authenticated with the user's token. */
@UsePrism(CronofyMock.SPEC)
class CronofyAvailabilityRulesIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static AvailabilityRulesApi availabilityRules;

  @BeforeAll
  static void setUp(PrismServer prism) {
    CronofyClient cronofy = CronofyMock.client(prism, SENT);
    availabilityRules = cronofy.availabilityRules();
  }

  @BeforeEach
  void clear() {
    SENT.clear();
  }

  private static AvailabilityRuleWeeklyPeriod period(AvailabilityRuleDay day, String start, String end) {
    return AvailabilityRuleWeeklyPeriod.builder().day(day).startTime(start).endTime(end).build();
  }

  @Test
  void upsertAvailabilityRule() {
    AvailabilityRule rule =
        AvailabilityRule.builder()
            .availabilityRuleId("default")
            .tzid("America/Chicago")
            .calendarIds(List.of("cal_n23kjnwrw2_jsdfjksn234"))
            .weeklyPeriods(
                List.of(
                    period(AvailabilityRuleDay.MONDAY, "09:30", "12:30"),
                    period(AvailabilityRuleDay.MONDAY, "14:00", "17:00"),
                    period(AvailabilityRuleDay.WEDNESDAY, "09:30", "12:30")))
            .build();
    assertEquals(EXAMPLES.request("upsertAvailabilityRule", AvailabilityRule.class), rule);

    AvailabilityRule saved = availabilityRules.upsertAvailabilityRule(rule).execute();

    Request sent = CronofyMock.assertUserToken(SENT.last("POST", "/v1/availability_rules"));
    CronofyMock.assertBodyMatchesExample(sent, "upsertAvailabilityRule", null);
    EXAMPLES.assertMatchesResponse("upsertAvailabilityRule", saved);
    assertEquals(rule, saved);
  }

  @Test
  void getAvailabilityRule() {
    AvailabilityRule rule = availabilityRules.getAvailabilityRule("default").execute();

    CronofyMock.assertUserToken(SENT.last("GET", "/v1/availability_rules/default"));
    EXAMPLES.assertMatchesResponse("getAvailabilityRule", rule);
    assertEquals("America/Chicago", rule.getTzid());
    assertSame(AvailabilityRuleDay.WEDNESDAY, rule.getWeeklyPeriods().get(1).getDay());
    assertEquals("12:30", rule.getWeeklyPeriods().get(1).getEndTime());
  }

  @Test
  void listAvailabilityRules() {
    List<AvailabilityRule> rules = availabilityRules.listAvailabilityRules().execute();

    CronofyMock.assertUserToken(SENT.last("GET", "/v1/availability_rules"));
    EXAMPLES.assertMatchesResponse("listAvailabilityRules", rules);
    assertEquals(2, rules.size());
    assertNull(rules.get(1).getCalendarIds(), "without calendar_ids, every calendar counts");
    assertSame(AvailabilityRuleDay.SATURDAY, rules.get(1).getWeeklyPeriods().get(0).getDay());
  }

  @Test
  void deleteAvailabilityRule() {
    ApiResponse<Void> response = availabilityRules.deleteAvailabilityRule("default").executeWithResponse();

    assertEquals(202, response.statusCode());
    assertNull(response.body());
    CronofyMock.assertUserToken(SENT.last("DELETE", "/v1/availability_rules/default"));
  }
}
