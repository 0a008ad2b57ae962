package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.errors.ApiException;
import io.github.schedkit.core.errors.ErrorBody;
import io.github.schedkit.core.errors.FieldError;
import io.github.schedkit.core.errors.UnprocessableEntityException;
import io.github.schedkit.cronofy.model.ErrorDetail;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CronofyErrors#of}: Cronofy's error bodies in the shared {@link ErrorBody} shape. */
class CronofyErrorsTest {
  private static final OperationInfo OPERATION = new OperationInfo("requestToken", "POST", "/oauth/token");

  private static ApiException failure(int status, String body) {
    return ApiException.of(OPERATION, status, Headers.of(), body, 1);
  }

  @Test
  void aValidationErrorFromTheServerReadsAsFieldErrorsLikeFieldErrorsDoes() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(422)
              .setBody(
                  "{\"errors\":{\"summary\":[{\"key\":\"errors.required\",\"description\":\"summary must be specified\"}],"
                      + "\"end\":[{\"key\":\"errors.required\"}]}}"));
      CronofyClient cronofy =
          CronofyClient.builder().accessToken("token").baseUrl(server.url("/").toString()).build();

      UnprocessableEntityException e =
          assertThrows(
              UnprocessableEntityException.class,
              () -> cronofy.calendars().listCalendars().execute());
      ErrorBody error = CronofyErrors.of(e);

      assertNull(error.message());
      assertEquals(
          Arrays.asList(
              new FieldError("summary", "errors.required", "summary must be specified"),
              new FieldError("end", "errors.required", null)),
          error.fieldErrors());
      Map<String, List<ErrorDetail>> byField = CronofyErrors.fieldErrors(e);
      assertEquals("errors.required", byField.get("summary").get(0).getKey(), "the existing view still works");
      cronofy.close();
    }
  }

  @Test
  void anOAuthErrorsDescriptionOrCodeIsTheMessage() {
    assertEquals(
        "The refresh token was revoked",
        CronofyErrors.of(failure(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token was revoked\"}"))
            .message());
    assertEquals("invalid_client", CronofyErrors.of(failure(400, "{\"error\":\"invalid_client\"}")).message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "<html>502 Bad Gateway</html>",
        "not json {",
        "[]",
        "{\"errors\":[\"a\"]}",
        "{\"errors\":{\"summary\":null}}",
        "{\"errors\":{\"summary\":[null]}}",
        "{\"message\":\"x\"}"
      })
  void anUnexpectedBodyGivesTheEmptyErrorBody(String body) {
    assertSame(ErrorBody.empty(), CronofyErrors.of(failure(422, body)));
  }
}
