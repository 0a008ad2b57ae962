package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecodingTest extends MockServerTestBase {

  @Test
  void decodesASuccessBody() throws Exception {
    server.enqueue(
        json(
            "{\"id\":\"t1\",\"name\":\"First\",\"count\":3,\"created_at\":\"2024-03-01T20:00:00Z\","
                + "\"due_on\":\"2024-03-16\",\"status\":\"active\",\"ignored\":{\"x\":[1,2]}}"));

    Thing thing = api.getThing("t1").execute();

    assertEquals("t1", thing.getId());
    assertEquals("First", thing.getName());
    assertEquals(3, thing.getCount());
    assertEquals(OffsetDateTime.of(2024, 3, 1, 20, 0, 0, 0, ZoneOffset.UTC), thing.getCreatedAt());
    assertEquals(LocalDate.of(2024, 3, 16), thing.getDueOn());
    assertSame(ThingStatus.ACTIVE, thing.getStatus());
    assertEquals("/v1/things/t1", takeRequest().getPath());
  }

  @Test
  void aBodilessAcceptedIsNullButABodilessOkIsADecodingFailure() {
    server.enqueue(new MockResponse().setResponseCode(202));
    server.enqueue(new MockResponse().setResponseCode(200));

    ApiResponse<Thing> accepted = api.getThing("t1").executeWithResponse();
    assertEquals(202, accepted.statusCode());
    assertNull(accepted.body());
    assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute());
  }

  @Test
  void decodesAGenericListBody() {
    server.enqueue(json("[{\"id\":\"a\"},{\"id\":\"b\"}]"));

    List<Thing> things = api.searchThings(null, null).execute();

    assertEquals(2, things.size());
    assertEquals("b", things.get(1).getId());
  }

  @Test
  void unwrapsTheEnvelopeMember() {
    server.enqueue(
        json(
            "{\"meta\":{\"data\":\"not this\"},\"data\":{\"id\":\"w1\",\"name\":\"Wrapped\"},"
                + "\"errors\":{}}"));

    Thing thing = api.getWrappedThing("w1").execute();

    assertEquals("w1", thing.getId());
    assertEquals("Wrapped", thing.getName());
  }

  @Test
  void missingEnvelopeMemberIsADecodingError() {
    server.enqueue(json("{\"errors\":{},\"meta\":{}}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.getWrappedThing("w1").execute());

    assertNamesOperationAndType(e, "getWrappedThing", "Thing");
    assertTrue(e.getMessage().contains("\"data\""), e.getMessage());
    assertEquals(new OperationInfo("getWrappedThing", "GET", "/v1/wrapped/{id}"), e.operation());
  }

  @Test
  void envelopeThatIsNotAnObjectIsADecodingError() {
    server.enqueue(json("[{\"id\":\"w1\"}]"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.getWrappedThing("w1").execute());

    assertNamesOperationAndType(e, "getWrappedThing", "Thing");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "<!DOCTYPE html><html><body>Gateway maintenance</body></html>",
        "{\"id\":\"t1\",\"name\":\"trunc",
        "{\"id\":\"t1\"",
        "{\"id\":\"t1\"} trailing garbage",
        "{\"id\":\"t1\"}{\"id\":\"t2\"}",
        "\"just a string\"",
        "",
        "{\"id\":\"t1\",\"count\":\"many\"}",
        "{\"id\":\"t1\",\"count\":1.5}",
        "{\"id\":[\"t1\"]}",
        "{\"id\":\"t1\",\"status\":{\"value\":\"active\"}}",
        "{\"id\":\"t1\",\"status\":[\"active\"]}",
        "{\"id\":\"t1\",\"created_at\":\"yesterday\"}",
        "{\"id\":\"t1\",\"created_at\":\"2024-03-01T20:00:00\"}",
        "{\"id\":\"t1\",\"created_at\":\"2024-13-01T20:00:00Z\"}",
        "{\"id\":\"t1\",\"due_on\":\"16/03/2024\"}"
      })
  void undecodableSuccessBodyIsADecodingError(String body) {
    server.enqueue(json(body));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute());

    assertNamesOperationAndType(e, "getThing", "Thing");
    assertNotNull(e.getCause());
    assertNoSecret(e);
  }

  @Test
  void jsonNullBodyOnAModelCallIsADecodingError() {
    server.enqueue(json("null"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute());

    assertNamesOperationAndType(e, "getThing", "Thing");
    assertTrue(e.getMessage().contains("JSON null"), e.getMessage());
  }

  @Test
  void nullEnvelopeMemberIsADecodingError() {
    server.enqueue(json("{\"data\":null,\"errors\":{}}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.getWrappedThing("w1").execute());

    assertNamesOperationAndType(e, "getWrappedThing", "Thing");
    assertTrue(e.getMessage().contains("\"data\" member is null"), e.getMessage());
  }

  @Test
  void undecodableEnvelopeMemberIsADecodingError() {
    server.enqueue(json("{\"data\":{\"id\":\"w1\",\"count\":\"x\"},\"errors\":{}}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.getWrappedThing("w1").execute());

    assertNamesOperationAndType(e, "getWrappedThing", "Thing");
  }

  @Test
  void decodingErrorNamesAGenericTypeReadably() {
    server.enqueue(json("{\"id\":\"a\"}"));

    ResponseDecodingException e =
        assertThrows(
            ResponseDecodingException.class, () -> api.searchThings(null, null).execute());

    assertNamesOperationAndType(e, "searchThings", "List<Thing>");
  }

  @Test
  void decodingErrorIsDeliveredAsynchronouslyToo() throws Exception {
    server.enqueue(json("<html></html>"));

    var callback = new RecordingCallback<Thing>();
    api.getThing("t1").enqueue(callback);

    assertInstanceOf(ResponseDecodingException.class, callback.await().failure());
    assertEquals(0, callback.responses());
  }

  @Test
  void noContentOnAVoidCallIsNull() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));

    ApiResponse<Void> response = api.deleteThing("t1").executeWithResponse();

    assertEquals(204, response.statusCode());
    assertNull(response.body());
    assertEquals("DELETE", takeRequest().getMethod());
  }

  @Test
  void okWithABodyOnAVoidCallIsNull() {
    server.enqueue(json("{\"deleted\":true}"));

    assertNull(api.deleteThing("t1").execute());
  }

  @Test
  void noContentOnAModelCallIsNullNotAnError() {
    server.enqueue(new MockResponse().setResponseCode(204));

    assertNull(api.getThing("t1").execute());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-01T20:00:00Z",
        "2024-03-01T20:00:00.000Z",
        "2024-03-02T05:00:00+09:00",
        "2024-03-02T05:00:00.000+09:00",
        "2024-03-01T15:00:00-05:00"
      })
  void timestampsDecodeInEveryRfc3339Form(String timestamp) {
    server.enqueue(json("{\"id\":\"t1\",\"created_at\":\"" + timestamp + "\"}"));

    Thing thing = api.getThing("t1").execute();

    assertEquals(
        OffsetDateTime.of(2024, 3, 1, 20, 0, 0, 0, ZoneOffset.UTC).toInstant(),
        thing.getCreatedAt().toInstant());
  }

  @Test
  void timestampKeepsTheServersOffset() {
    server.enqueue(json("{\"id\":\"t1\",\"created_at\":\"2024-03-02T05:00:00+09:00\"}"));

    assertEquals(ZoneOffset.ofHours(9), api.getThing("t1").execute().getCreatedAt().getOffset());
  }

  @Test
  void nullFieldsDecodeAsNull() {
    server.enqueue(
        json("{\"id\":\"t1\",\"created_at\":null,\"due_on\":null,\"status\":null,\"count\":null}"));

    Thing thing = api.getThing("t1").execute();

    assertNull(thing.getCreatedAt());
    assertNull(thing.getDueOn());
    assertNull(thing.getStatus());
    assertNull(thing.getCount());
  }

  private static void assertNamesOperationAndType(
      ResponseDecodingException e, String operationId, String type) {
    String message = e.getMessage();
    assertTrue(message.contains(operationId), message);
    assertTrue(message.contains(" as " + type), message);
  }
}
