package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.core.Envelope;
import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
  void unwrapsTheEnvelopeMemberAndKeepsTheOthers() {
    server.enqueue(
        json(
            "{\"meta\":{\"data\":\"not this\"},\"data\":{\"id\":\"w1\",\"name\":\"Wrapped\"},"
                + "\"errors\":{},\"sub\":\"acc_1\"}"));

    ApiResponse<Thing> response = api.getWrappedThing("w1").executeWithResponse();

    assertEquals("w1", response.body().getId());
    assertEquals("Wrapped", response.body().getName());
    Envelope envelope = response.envelope();
    assertTrue(envelope.wrapped());
    assertEquals("data", envelope.unwrappedMember());
    assertEquals(Arrays.asList("meta", "errors", "sub"), new ArrayList<>(envelope.memberNames()));
    assertEquals("acc_1", envelope.member("sub", String.class));
    assertEquals("not this", envelope.otherMembers().getAsJsonObject("meta").get("data").getAsString());
    assertNull(envelope.member("absent", String.class));
  }

  @Test
  void readsABareObjectAsTheResult() {
    server.enqueue(json("{\"id\":\"w1\",\"name\":\"Bare\",\"count\":2}"));

    ApiResponse<Thing> response = api.getWrappedThing("w1").executeWithResponse();

    assertEquals("Bare", response.body().getName());
    assertEquals(2, response.body().getCount());
    assertFalse(response.envelope().wrapped());
    assertEquals("data", response.envelope().unwrappedMember());
    assertTrue(response.envelope().memberNames().isEmpty());
  }

  @Test
  void readsAListWrappedOrBare() {
    server.enqueue(json("{\"things\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"sub\":\"acc_1\"}"));
    server.enqueue(json("[{\"id\":\"c\"}]"));

    ApiResponse<List<Thing>> wrapped = api.listWrappedThings().executeWithResponse();
    ApiResponse<List<Thing>> bare = api.listWrappedThings().executeWithResponse();

    assertEquals("b", wrapped.body().get(1).getId());
    assertEquals("acc_1", wrapped.envelope().member("sub", String.class));
    assertEquals("c", bare.body().get(0).getId());
    assertFalse(bare.envelope().wrapped());
  }

  @Test
  void anOperationThatUnwrapsNothingHasNoEnvelope() {
    server.enqueue(json("{\"id\":\"t1\"}"));

    assertSame(Envelope.none(), api.getThing("t1").executeWithResponse().envelope());
  }

  @Test
  void objectWithoutTheMemberThatIsNotTheResultIsADecodingError() {
    server.enqueue(json("{\"errors\":{},\"count\":\"many\"}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.getWrappedThing("w1").execute());

    assertNamesOperationAndType(e, "getWrappedThing", "Thing");
    assertTrue(e.getMessage().contains("no \"data\" member"), e.getMessage());
    assertTrue(e.getMessage().contains("$.count"), e.getMessage());
    assertEquals(new OperationInfo("getWrappedThing", "GET", "/v1/wrapped/{id}"), e.operation());
  }

  @Test
  void listEnvelopeWithoutItsMemberIsADecodingError() {
    server.enqueue(json("{\"sub\":\"acc_1\"}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.listWrappedThings().execute());

    assertTrue(e.getMessage().contains("no \"things\" member"), e.getMessage());
  }

  @Test
  void envelopeMemberOfTheWrongTypeNamesTheMember() {
    server.enqueue(json("{\"data\":{\"id\":\"w1\"},\"sub\":[1]}"));

    Envelope envelope = api.getWrappedThing("w1").executeWithResponse().envelope();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> envelope.member("sub", Integer.class));
    assertTrue(e.getMessage().contains("\"sub\""), e.getMessage());
  }

  @Test
  void arrayForAnObjectResultIsADecodingError() {
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
    assertFalse(e.getMessage().contains("github.com"), e.getMessage());
    assertFalse(e.getMessage().contains("setStrictness"), e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "{\"id\":\"t1\",\"count\":\"many\"} -> $.count",
        "{\"id\":\"t1\",\"created_at\":\"yesterday\"} -> $.created_at",
        "{\"id\":\"t1\",\"status\":[\"active\"]} -> $.status",
        "{\"id\":\"t1\",\"due_on\":\"16/03/2024\"} -> $.due_on"
      })
  void decodingErrorNamesThePathOfTheMember(String bodyAndPath) {
    String[] parts = bodyAndPath.split(" -> ");
    server.enqueue(json(parts[0]));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute());

    assertTrue(e.getMessage().contains("at " + parts[1] + ":"), e.getMessage());
  }

  @Test
  void decodingErrorInsideAnEnvelopeNamesThePathFromTheDocumentRoot() {
    server.enqueue(json("{\"things\":[{\"id\":\"a\"},{\"id\":\"b\",\"count\":[]}]}"));

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> api.listWrappedThings().execute());

    assertTrue(e.getMessage().contains("at $.things[1].count:"), e.getMessage());
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
