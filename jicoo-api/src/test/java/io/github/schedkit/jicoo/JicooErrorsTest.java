package io.github.schedkit.jicoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.ErrorBody;
import io.github.schedkit.core.errors.FieldError;
import io.github.schedkit.core.errors.UnprocessableEntityException;
import java.util.Arrays;
import java.util.Collections;
import okhttp3.Headers;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JicooErrors#of}: Jicoo's {@code {"data", "errors"}} body as an {@link ErrorBody}. */
class JicooErrorsTest {
  private static final OperationInfo OPERATION = new OperationInfo("getBooking", "GET", "/v1/bookings/{uid}");

  private static ErrorBody read(int status, String body) {
    return JicooErrors.of(ApiException.of(OPERATION, status, Headers.of(), body, 1));
  }

  @Test
  void aParameterErrorFromTheServerReadsAsMessageAndFieldErrors() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(422)
              .setHeader("Content-Type", "application/json")
              .setBody(
                  "{\"data\":null,\"errors\":{\"message\":\"Parameter Error\","
                      + "\"email\":[\"is invalid\",\"is too long\"],\"startedAt\":\"must be in the future\"}}"));
      JicooClient jicoo = JicooClient.builder().apiKey("sk_live_test").baseUrl(server.url("/").toString()).build();

      UnprocessableEntityException e =
          assertThrows(UnprocessableEntityException.class, () -> jicoo.bookings().getBooking("B1").execute());
      ErrorBody error = JicooErrors.of(e);

      assertEquals("Parameter Error", error.message());
      assertEquals(
          Arrays.asList(
              new FieldError("email", null, "is invalid"),
              new FieldError("email", null, "is too long"),
              new FieldError("startedAt", null, "must be in the future")),
          error.fieldErrors());
      assertEquals(2, error.fieldErrors("email").size());
      jicoo.close();
    }
  }

  @Test
  void theSpecExampleHasAMessageAndNoFieldErrors() {
    ErrorBody error = read(404, "{\"data\":null,\"errors\":{\"message\":\"Record Not Found\"}}");

    assertEquals("Record Not Found", error.message());
    assertEquals(Collections.emptyList(), error.fieldErrors());
  }

  @Test
  void fieldErrorObjectsKeepTheirCode() {
    ErrorBody error =
        read(
            422,
            "{\"errors\":{\"email\":[{\"code\":\"invalid\",\"message\":\"is invalid\"}],"
                + "\"name\":{\"key\":\"blank\",\"description\":\"can't be blank\"},\"count\":3}}");

    assertNull(error.message());
    assertEquals(
        Arrays.asList(
            new FieldError("email", "invalid", "is invalid"),
            new FieldError("name", "blank", "can't be blank"),
            new FieldError("count", null, "3")),
        error.fieldErrors());
  }

  @Test
  void aStringErrorsMemberOrATopLevelMessageIsTheMessage() {
    assertEquals("Forbidden", read(403, "{\"data\":null,\"errors\":\"Forbidden\"}").message());
    assertEquals("Too Many Requests", read(429, "{\"message\":\"Too Many Requests\"}").message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "<html>502 Bad Gateway</html>",
        "not json at all {",
        "[1,2,3]",
        "\"just a string\"",
        "{\"errors\":null}",
        "{\"errors\":{}}",
        "{\"errors\":[\"a\"]}",
        "{\"errors\":{\"email\":[null,[],{}]}}",
        "{\"data\":{\"x\":1}}"
      })
  void anUnexpectedBodyGivesTheEmptyErrorBody(String body) {
    assertSame(ErrorBody.empty(), read(500, body));
  }
}
