package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.errors.CredentialHeaderException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.TestClientBuilder;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingPage;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ApiCall#withHeader} and {@link ApiCall#withQueryParameter}, as the server sees them. */
class PerCallOptionsTest extends MockServerTestBase {

  @Test
  void theServerSeesTheExtraHeaderAndQueryParameters() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));

    api.getThing("t1")
        .withHeader("X-Beta-Feature", "timezones")
        .withQueryParameter("include", "extras")
        .withQueryParameter("include", "owner & team")
        .execute();

    RecordedRequest request = takeRequest();
    assertEquals("timezones", request.getHeader("X-Beta-Feature"));
    assertEquals(Arrays.asList("extras", "owner & team"), request.getRequestUrl().queryParameterValues("include"));
    assertEquals("/v1/things/t1?include=extras&include=owner%20%26%20team", request.getPath());
    assertEquals(SECRET, request.getHeader(TestClientBuilder.KEY_HEADER), "the client's credential is still sent");
  }

  @Test
  void theOriginalCallIsLeftUnchangedAndStillRuns() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));
    server.enqueue(json("{\"id\":\"t1\"}"));
    ApiCall<Thing> plain = api.getThing("t1");

    ApiCall<Thing> extended = plain.withHeader("X-Trace", "on").withQueryParameter("debug", "1");
    extended.execute();
    plain.execute();

    assertEquals("on", takeRequest().getHeader("X-Trace"));
    RecordedRequest second = takeRequest();
    assertNull(second.getHeader("X-Trace"));
    assertEquals("/v1/things/t1", second.getPath());
    assertNull(plain.request().header("X-Trace"));
  }

  @Test
  void aHeaderSetTwiceKeepsTheLastValue() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));

    api.getThing("t1").withHeader("X-Mode", "a").withHeader("x-mode", "b").executeAsync().get(3, TimeUnit.SECONDS);

    assertEquals(Arrays.asList("b"), takeRequest().getHeaders().values("X-Mode"));
  }

  @Test
  void followingPagesCarryTheExtraHeaderAndQueryParameter() throws Exception {
    server.enqueue(json("{\"data\":[{\"id\":\"a\"}],\"next_page\":2}"));
    server.enqueue(json("{\"data\":[{\"id\":\"b\"}],\"next_page\":null}"));

    ThingPage first = api.listThings().withHeader("X-Beta", "1").withQueryParameter("scope", "all").execute();
    first.nextPage();

    takeRequest();
    RecordedRequest next = takeRequest();
    assertEquals("1", next.getHeader("X-Beta"));
    assertEquals("/v1/things?scope=all&page=2", next.getPath());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "authorization", "Proxy-Authorization", "COOKIE", "X-Api-Key", "x-api-key"})
  void credentialHeadersAreRefusedByName(String name) {
    CredentialHeaderException refused =
        assertThrows(CredentialHeaderException.class, () -> api.getThing("t1").withHeader(name, "attacker-value"));

    assertEquals(name, refused.headerName());
    assertTrue(refused.getMessage().contains("'" + name + "'"), refused.getMessage());
    assertFalse(refused.getMessage().contains("attacker-value"), refused.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void badNamesAndValuesAreRefusedWithAMessageNamingThem() {
    ApiCall<Thing> call = api.getThing("t1");

    assertEquals(
        "a per-call header needs a name; got null",
        assertThrows(IllegalArgumentException.class, () -> call.withHeader(null, "v")).getMessage());
    assertEquals(
        "the per-call header 'X-Empty' needs a value; got null",
        assertThrows(IllegalArgumentException.class, () -> call.withHeader("X-Empty", null)).getMessage());
    assertEquals(
        "the per-call header 'X-Bad' has a character not allowed in an HTTP header name or value",
        assertThrows(IllegalArgumentException.class, () -> call.withHeader("X-Bad", "line\nbreak")).getMessage());
    assertEquals(
        "a per-call query parameter needs a name; got \"\"",
        assertThrows(IllegalArgumentException.class, () -> call.withQueryParameter("", "v")).getMessage());
    assertEquals(
        "the per-call query parameter 'q' needs a value; got null",
        assertThrows(IllegalArgumentException.class, () -> call.withQueryParameter("q", null)).getMessage());
  }
}
