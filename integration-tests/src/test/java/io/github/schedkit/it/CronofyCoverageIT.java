package io.github.schedkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every operation of spec/cronofy.yaml has an integration test named after its operationId, and
 * every test of the operation classes is named after an operation (some operations have more than
 * one test, such as {@code requestTokenByRefreshToken}). The operation table users look things up
 * in, docs/cronofy-operations.md, is generated from the spec ({@link OperationTablesIT}).
 */
class CronofyCoverageIT {
  private static final Class<?>[] OPERATION_TESTS = {
    CronofyOAuthIT.class,
    CronofyIdentityIT.class,
    CronofyCalendarsIT.class,
    CronofyEventsIT.class,
    CronofyBookableEventsIT.class,
    CronofyPushNotificationsIT.class,
    CronofyAuthorizationsIT.class,
    CronofyElementsIT.class,
    CronofyEnterpriseIT.class,
    CronofyAttachmentsIT.class,
    CronofyApplicationsIT.class,
    CronofyBatchIT.class,
    CronofyAvailabilityIT.class,
    CronofyRealTimeSchedulingIT.class,
    CronofySmartInvitesIT.class,
    CronofyAvailabilityRulesIT.class,
    CronofyAvailablePeriodsIT.class,
    CronofySchedulingConversationsIT.class
  };

  @Test
  void everyOperationHasATest() {
    TreeSet<String> operations = CronofyMock.EXAMPLES.operationIds();
    assertEquals(62, operations.size(), "operations in spec/cronofy.yaml: " + operations);
    TreeSet<String> tested = new TreeSet<>();
    TreeSet<String> unnamed = new TreeSet<>();
    for (Class<?> type : OPERATION_TESTS) {
      for (Method method : type.getDeclaredMethods()) {
        if (!method.isAnnotationPresent(Test.class)) {
          continue;
        }
        String name = method.getName();
        tested.add(name);
        if (operations.stream().noneMatch(name::startsWith)) {
          unnamed.add(type.getSimpleName() + "." + name);
        }
      }
    }
    TreeSet<String> untested = new TreeSet<>(operations);
    untested.removeAll(tested);
    assertEquals(new TreeSet<String>(), untested, "operations without a test of the same name");
    assertTrue(unnamed.isEmpty(), "tests not named after an operation: " + unnamed);
  }
}
