package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;

/** A 2xx that does not decode says what was expected and what came, and keeps the response. */
class DecodeFailureMessageTest extends MockServerTestBase {
  private static final String HTML =
      "<!DOCTYPE html><html><head><title>Maintenance</title></head>"
          + "<body>Dear guest@example.com, booking 20240316 is safe.</body></html>";

  @Test
  void anHtmlPageNamesItsContentTypeAndABodyPrefix() {
    server.enqueue(
        new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setHeader("X-Request-Id", "r1").setBody(HTML));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute());

    assertEquals(
        "could not decode the response of getThing (GET /v1/things/{id}) as Thing: expected JSON, got text/html: "
            + "\"<!DOCTYPE html><html><head><title>Maintenance</title></head>…\"",
        e.getMessage());
    assertEquals(200, e.statusCode());
    assertEquals("text/html; charset=utf-8", e.contentType());
    assertEquals("r1", e.headers().get("X-Request-Id"));
    assertEquals(HTML, e.body());
    assertNoLibraryAdvice(e.getMessage());
  }

  @Test
  void malformedJsonGivesTheParsersFindingWithoutItsAdvice() {
    server.enqueue(json("{\"id\": \"t1\", oops}"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute());

    assertTrue(e.getMessage().startsWith("could not decode the response of getThing (GET /v1/things/{id}) as Thing: "), e.getMessage());
    assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; the body starts with \"{\"id\": \"t1\", oops}\""), e.getMessage());
    assertNoLibraryAdvice(e.getMessage());
  }

  @Test
  void aWrongTypeMasksTheValueTheParserQuotes() {
    server.enqueue(json("{\"id\":\"t1\",\"count\":\"guest@example.com\"}"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute());

    assertFalse(e.getMessage().contains("guest@example.com"), e.getMessage());
    assertEquals("{\"id\":\"t1\",\"count\":\"guest@example.com\"}", e.body());
    assertNoLibraryAdvice(e.getMessage());
  }

  @Test
  void anEmptyHtmlAnswerSaysTheBodyWasEmpty() {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain"));

    ResponseDecodingException e = assertThrows(ResponseDecodingException.class, () -> api.getThing("t1").execute());

    assertTrue(e.getMessage().endsWith("expected JSON, got text/plain with an empty body"), e.getMessage());
  }

  private static void assertNoLibraryAdvice(String message) {
    assertFalse(message.contains("setStrictness"), message);
    assertFalse(message.contains("setLenient"), message);
    assertFalse(message.contains("Troubleshooting"), message);
    assertFalse(message.contains("https://"), message);
    assertFalse(message.contains("com.google.gson"), message);
  }
}
