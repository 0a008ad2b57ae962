package io.github.schedkit.jicoo.fuzz;

import io.github.schedkit.core.fuzz.FuzzSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.BadRequestException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.http.RetryPolicy;
import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.core.fuzz.FuzzSupport.Canned;
import io.github.schedkit.core.fuzz.FuzzSupport.Operation;
import io.github.schedkit.core.fuzz.FuzzSupport.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the decoding of every Jicoo response: each operation's result type (with its {@code
 * data} envelope where the SDK unwraps one), the pages and their next-page calls, and the open
 * enums, timestamps and dates inside them.
 *
 * <p>Input layout: byte 0 picks the operation ({@link #OPERATIONS}, modulo their count), byte 1
 * the response variant ({@link Variant}: 200 with {@code application/json}, with {@code
 * charset=utf-8}, without a content type, or an error status), the rest is the response body.
 * The call runs through a real {@link JicooClient} whose OkHttp client answers from memory.
 *
 * <p>Allowed outcomes: a value (which must survive {@code toString}, {@code hashCode}, {@code
 * equals} and, for pages, the next-page call), or a {@link ResponseDecodingException} caused by a
 * parse failure; for the error variant, a {@link BadRequestException} carrying the body.
 *
 * <p>Seeds are in {@code src/test/resources/io/github/schedkit/jicoo/fuzz/JicooDecodingFuzzTestInputs/decode/};
 * see FUZZING.md.
 */
class JicooDecodingFuzzTest {
  /**
   * The operations, in a fixed order: the seeds select them by index, so append new ones at the
   * end. {@link #everyOperationIsFuzzed()} fails when the client gains an operation not listed.
   */
  static final List<String> OPERATIONS =
      List.of(
          "cancelBooking", // 0
          "createAccountIntegrationUrl", // 1
          "createBooking", // 2
          "createEventTypeHost", // 3
          "createOrganizationInvitation", // 4
          "createSchedule", // 5
          "deleteEventTypeHost", // 6
          "deleteOrganizationInvitation", // 7
          "deleteOrganizationUser", // 8
          "deleteSchedule", // 9
          "getBooking", // 10
          "getBookingContacts", // 11
          "getEventType", // 12
          "getEventTypeAvailableSchedules", // 13
          "getOrganizationInvitation", // 14
          "getOrganizationTeam", // 15
          "getOrganizationUser", // 16
          "getUserAvailabilityCalendar", // 17
          "listBookings", // 18
          "listEventTypeHosts", // 19
          "listEventTypes", // 20
          "listOrganizationInvitations", // 21
          "listOrganizationUsers", // 22
          "listSchedules", // 23
          "listUserAvailabilityCalendars", // 24
          "rescheduleBooking", // 25
          "updateBooking", // 26
          "updateEventTypeHost", // 27
          "updateOrganizationUser", // 28
          "updateSchedule"); // 29

  private static final Canned CANNED = new Canned();

  /** The production base URL, as an app has it: nothing reaches the network, the canned interceptor answers first. */
  private static final JicooClient CLIENT =
      JicooClient.builder()
          .apiKey("sk_fuzz")
          .okHttpClient(CANNED.http())
          .retryPolicy(RetryPolicy.NONE)
          .build();

  private static final Map<String, Operation> DISCOVERED =
      FuzzSupport.operations(
          CLIENT.bookings(),
          CLIENT.schedules(),
          CLIENT.availability(),
          CLIENT.organization(),
          CLIENT.eventTypes());

  private static final Operation[] SELECTABLE = select();

  private static Operation[] select() {
    List<Operation> selectable = new ArrayList<>();
    for (String operationId : OPERATIONS) {
      Operation operation = DISCOVERED.get(operationId);
      if (operation == null) {
        throw new AssertionError("JicooClient has no operation " + operationId);
      }
      selectable.add(operation);
    }
    return selectable.toArray(new Operation[0]);
  }

  @FuzzTest
  void decode(byte[] input) {
    Operation operation = SELECTABLE[selector(input, 0) % SELECTABLE.length];
    Variant variant = Variant.values()[selector(input, 1) % Variant.values().length];
    byte[] body = input.length > 2 ? Arrays.copyOfRange(input, 2, input.length) : new byte[0];
    int status = variant == Variant.ERROR ? 400 : variant.status;
    CANNED.set(status, variant.contentType, body);

    Object value;
    try {
      value = operation.execute();
    } catch (ResponseDecodingException e) {
      if (variant == Variant.ERROR) {
        throw new AssertionError("an error status was decoded as a success body", e);
      }
      FuzzSupport.checkDecodingFailure(e);
      return;
    } catch (ApiException e) {
      if (!(e instanceof BadRequestException) || variant != Variant.ERROR) {
        throw new AssertionError("unexpected " + e.getClass().getSimpleName(), e);
      }
      e.getMessage();
      return;
    }
    if (variant == Variant.ERROR) {
      throw new AssertionError("HTTP 400 returned a value: " + value);
    }
    FuzzSupport.checkValue(value);
  }

  /** Every operation of the client is in {@link #OPERATIONS}, so every result type is fuzzed. */
  @Test
  void everyOperationIsFuzzed() {
    assertEquals(new ArrayList<>(DISCOVERED.keySet()), OPERATIONS.stream().sorted().toList());
  }

  private static int selector(byte[] input, int index) {
    return input.length > index ? input[index] & 0xff : 0;
  }
}
