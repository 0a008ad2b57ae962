package io.github.schedkit.cronofy.fuzz;

import io.github.schedkit.core.fuzz.FuzzSupport;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.errors.UnprocessableEntityException;
import io.github.schedkit.core.http.Endpoint;
import io.github.schedkit.core.http.RetryPolicy;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.CronofyErrors;
import io.github.schedkit.cronofy.CronofyTokens;
import io.github.schedkit.cronofy.BatchPartialFailureException;
import io.github.schedkit.cronofy.api.BatchApi;
import io.github.schedkit.cronofy.api.OAuthApi;
import io.github.schedkit.core.fuzz.FuzzSupport.Canned;
import io.github.schedkit.core.fuzz.FuzzSupport.Operation;
import io.github.schedkit.core.fuzz.FuzzSupport.Variant;
import io.github.schedkit.cronofy.model.ErrorDetail;
import io.github.schedkit.cronofy.model.OAuthError;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the decoding of every Cronofy response: each operation's result type (with the envelope
 * member the SDK unwraps, such as {@code calendars} or {@code account}), the pages, the bookable
 * event's embedded registration page, {@link io.github.schedkit.cronofy.EventTime}, {@link
 * io.github.schedkit.cronofy.AvailabilityRequired}, the batch results and the open
 * enums, timestamps and dates inside them; the OAuth token calls through {@link
 * io.github.schedkit.cronofy.CronofyOAuth} (including the refresh that turns a token response into
 * {@link CronofyTokens}); and, for error statuses, {@link CronofyErrors}.
 *
 * <p>Input layout: byte 0 picks the operation ({@link #OPERATIONS}, modulo their count), byte 1
 * the response variant ({@link Variant}: 200 with {@code application/json}, with {@code
 * charset=utf-8}, without a content type, or HTTP 422), the rest is the response body. The call
 * runs through a real {@link CronofyClient} whose OkHttp client answers from memory.
 *
 * <p>Allowed outcomes: a value (which must survive {@code toString}, {@code hashCode}, {@code
 * equals} and, for pages, the next-page call), or a {@link ResponseDecodingException} caused by a
 * parse failure; for 422, an {@link UnprocessableEntityException} whose body {@link
 * CronofyErrors#fieldErrors} and {@link CronofyErrors#oauthError} read without throwing.
 *
 * <p>Seeds are in {@code src/test/resources/io/github/schedkit/cronofy/fuzz/CronofyDecodingFuzzTestInputs/decode/};
 * see FUZZING.md.
 */
class CronofyDecodingFuzzTest {
  /** Not an operation of the spec: {@code oauth().refreshAccessToken()}, which decodes {@code requestToken}'s response into {@link CronofyTokens}. */
  private static final String REFRESH = "oauth.refreshAccessToken";

  /**
   * The operations, in a fixed order: the seeds select them by index, so append new ones at the
   * end. {@link #everyOperationIsFuzzed()} fails when the client gains an operation not listed.
   */
  static final List<String> OPERATIONS =
      List.of(
          "bulkDeleteEvents", // 0
          "changeParticipationStatus", // 1
          "closeChannel", // 2
          "createApplicationCalendar", // 3
          "createBookableEvent", // 4
          "createCalendar", // 5
          "createChannel", // 6
          "deleteEvent", // 7
          "freeBusy", // 8
          "freeBusyPage", // 9
          "getAccount", // 10
          "getUserInfo", // 11
          "listCalendars", // 12
          "listChannels", // 13
          "listProfiles", // 14
          "readBookableEvent", // 15
          "readBookableEventRegistrationsPage", // 16
          "readEvents", // 17
          "readEventsPage", // 18
          "removeRegistration", // 19
          "requestToken", // 20
          "revokeAuthorization", // 21
          "revokeProfile", // 22
          "upsertEvent", // 23
          "upsertRegistration", // 24
          REFRESH, // 25
          "queryAvailability", // 26
          "querySequencedAvailability", // 27
          "createRealTimeSchedulingLink", // 28
          "getRealTimeSchedulingLink", // 29
          "getRealTimeSchedulingLinkByToken", // 30
          "disableRealTimeSchedulingLink", // 31
          "createRealTimeSequencingLink", // 32
          "createAddToCalendarLink", // 33
          "upsertSmartInvite", // 34
          "getSmartInvite", // 35
          "upsertAvailabilityRule", // 36
          "getAvailabilityRule", // 37
          "listAvailabilityRules", // 38
          "deleteAvailabilityRule", // 39
          "upsertAvailablePeriod", // 40
          "readAvailablePeriods", // 41
          "readAvailablePeriodsPage", // 42
          "deleteAvailablePeriods", // 43
          "createSchedulingConversation", // 44
          "getSchedulingConversation", // 45
          "getSchedulingConversationByToken", // 46
          "listSchedulingConversationSlots", // 47
          "selectSchedulingConversationSlots", // 48
          "requestElevatedPermissions", // 49
          "createLinkToken", // 50
          "createConferencingServiceAuthorization", // 51
          "createElementToken", // 52
          "createServiceAccountAuthorization", // 53
          "listResources", // 54
          "createDelegatedAuthorization", // 55
          "listAccessibleCalendars", // 56
          "createAttachment", // 57
          "verifyApplication", // 58
          "provisionApplication", // 59
          "sendBatch", // 60
          "disableRealTimeSequencingLink", // 61
          "listBookableEventRegistrations"); // 62

  private static final Canned CANNED = new Canned();

  private static final CronofyClient CLIENT = client();

  private static final Map<String, Operation> DISCOVERED = discover();

  private static final Operation[] SELECTABLE = select();

  /**
   * A client with every credential, so that no operation stops before sending, and the default
   * (US) base URL: nothing reaches the network, the canned interceptor answers first.
   */
  private static CronofyClient client() {
    return CronofyClient.builder()
        .accessToken("fuzz-access-token")
        .refreshToken("fuzz-refresh-token")
        .clientId("fuzz-client-id")
        .clientSecret("fuzz-client-secret")
        .adminApiKey("fuzz-admin-api-key")
        .okHttpClient(CANNED.http())
        .retryPolicy(RetryPolicy.NONE)
        .build();
  }

  private static Map<String, Operation> discover() {
    Map<String, Operation> operations =
        new TreeMap<>(
            FuzzSupport.operations(
                CLIENT.identity(),
                CLIENT.calendars(),
                CLIENT.events(),
                CLIENT.bookableEvents(),
                CLIENT.pushNotifications(),
                CLIENT.availability(),
                CLIENT.realTimeScheduling(),
                CLIENT.smartInvites(),
                CLIENT.availabilityRules(),
                CLIENT.availablePeriods(),
                CLIENT.schedulingConversations(),
                CLIENT.authorizations(),
                CLIENT.enterprise(),
                CLIENT.elements(),
                CLIENT.attachments(),
                CLIENT.applications()));
    // The batch API is reached through CronofyBatch, which maps the 207 to per-request results.
    add(operations, "sendBatch", () -> CLIENT.batch().deleteEvent("fuzz-calendar", "fuzz-event").execute());
    // The OAuth API is reached through CronofyOAuth, which fills in the client credentials.
    add(operations, "requestToken", () -> CLIENT.oauth().exchangeCode("fuzz-code", "https://app.example.com/callback"));
    add(operations, "createApplicationCalendar", () -> CLIENT.oauth().createApplicationCalendar("fuzz-calendar"));
    add(operations, "revokeAuthorization", () -> {
      CLIENT.oauth().revoke("fuzz-token");
      return null;
    });
    // A refresh replaces the client's tokens: use a fresh client, so every input starts alike.
    add(operations, REFRESH, () -> client().oauth().refreshAccessToken());
    return operations;
  }

  private static void add(Map<String, Operation> operations, String operationId, java.util.function.Supplier<Object> execute) {
    operations.put(operationId, new Operation(operationId, execute));
  }

  private static Operation[] select() {
    List<Operation> selectable = new ArrayList<>();
    for (String operationId : OPERATIONS) {
      Operation operation = DISCOVERED.get(operationId);
      if (operation == null) {
        throw new AssertionError("CronofyClient has no operation " + operationId);
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
    int status = variant == Variant.ERROR ? 422 : variant.status;
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
    } catch (BatchPartialFailureException e) {
      if (variant == Variant.ERROR) {
        throw new AssertionError("an error status was decoded as batch results", e);
      }
      Objects.requireNonNull(e.getMessage());
      FuzzSupport.checkValue(e.result().entries());
      return;
    } catch (ApiException e) {
      if (!(e instanceof UnprocessableEntityException) || variant != Variant.ERROR) {
        throw new AssertionError("unexpected " + e.getClass().getSimpleName(), e);
      }
      checkErrorBody(e);
      return;
    }
    if (variant == Variant.ERROR) {
      throw new AssertionError("HTTP 422 returned a value: " + value);
    }
    if (value instanceof CronofyTokens) {
      CronofyTokens tokens = (CronofyTokens) value;
      Objects.requireNonNull(tokens.toString());
      tokens.hashCode();
    } else {
      FuzzSupport.checkValue(value);
    }
  }

  /** The error helpers document "empty" and {@code null} for bodies of another shape: never a throw. */
  private static void checkErrorBody(ApiException e) {
    Map<String, List<ErrorDetail>> fieldErrors = CronofyErrors.fieldErrors(e);
    Objects.requireNonNull(fieldErrors, "fieldErrors");
    for (Map.Entry<String, List<ErrorDetail>> field : fieldErrors.entrySet()) {
      Objects.requireNonNull(field.getKey());
      FuzzSupport.checkValue(field.getValue());
    }
    OAuthError oauthError = CronofyErrors.oauthError(e);
    if (oauthError != null) {
      Objects.requireNonNull(oauthError.getError(), "OAuthError.error");
      FuzzSupport.checkValue(oauthError);
    }
  }

  /** Every operation of the client is in {@link #OPERATIONS}, so every result type is fuzzed. */
  @Test
  void everyOperationIsFuzzed() {
    TreeSet<String> expected = new TreeSet<>();
    for (Class<?> api : new Class<?>[] {
        CLIENT.identity().getClass(), CLIENT.calendars().getClass(), CLIENT.events().getClass(),
        CLIENT.bookableEvents().getClass(), CLIENT.pushNotifications().getClass(),
        CLIENT.availability().getClass(), CLIENT.realTimeScheduling().getClass(),
        CLIENT.smartInvites().getClass(), CLIENT.availabilityRules().getClass(),
        CLIENT.availablePeriods().getClass(), CLIENT.schedulingConversations().getClass(),
        CLIENT.authorizations().getClass(), CLIENT.enterprise().getClass(),
        CLIENT.elements().getClass(), CLIENT.attachments().getClass(),
        CLIENT.applications().getClass(), OAuthApi.class, BatchApi.class}) {
      for (Method method : api.isInterface() ? api.getMethods() : api.getInterfaces()[0].getMethods()) {
        Endpoint endpoint = method.getAnnotation(Endpoint.class);
        if (endpoint != null) {
          expected.add(endpoint.operationId());
        }
      }
    }
    expected.add(REFRESH);
    assertEquals(new ArrayList<>(expected), OPERATIONS.stream().sorted().toList());
  }

  private static int selector(byte[] input, int index) {
    return input.length > index ? input[index] & 0xff : 0;
  }
}
