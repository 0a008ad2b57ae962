package io.github.schedkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every operation of spec/jicoo.yaml has an integration test named after its operationId. */
class JicooCoverageIT {
  private static final Class<?>[] OPERATION_TESTS = {
    BookingsIT.class, SchedulesIT.class, AvailabilityIT.class, OrganizationIT.class, EventTypesIT.class
  };

  @Test
  void everyOperationHasATest() {
    TreeSet<String> operations = JicooMock.EXAMPLES.operationIds();
    TreeSet<String> tested = new TreeSet<>();
    for (Class<?> type : OPERATION_TESTS) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Test.class)) {
          tested.add(method.getName());
        }
      }
    }
    assertEquals(operations, tested);
  }
}
