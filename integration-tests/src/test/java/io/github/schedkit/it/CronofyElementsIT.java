package io.github.schedkit.it;

import static io.github.schedkit.it.CronofyMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.model.ElementPermission;
import io.github.schedkit.cronofy.model.ElementToken;
import io.github.schedkit.cronofy.model.ElementTokenRequest;
import io.github.schedkit.mock.PrismServer;
import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Elements operation against Prism, authenticated with the client secret as API key. */
@UsePrism(CronofyMock.SPEC)
class CronofyElementsIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static CronofyClient cronofy;

  @BeforeAll
  static void setUp(PrismServer prism) {
    cronofy = CronofyMock.client(prism, SENT);
  }

  @Test
  void createElementToken() {
    ElementTokenRequest request =
        ElementTokenRequest.builder()
            .version("1")
            .permissions(List.of(ElementPermission.AGENDA))
            .subs(List.of("acc_678347111010113"))
            .origin("http://localhost")
            .build();
    assertEquals(EXAMPLES.request("createElementToken", ElementTokenRequest.class), request);

    ElementToken token = cronofy.elements().createElementToken(request).execute();

    Request sent = SENT.last();
    CronofyMock.assertPostedExample(sent, "/v1/element_tokens", "createElementToken");
    CronofyMock.assertApiKey(sent);

    // Unwrapped from {"element_token": {...}}.
    EXAMPLES.assertMatchesResponse("createElementToken", token);
    assertEquals(List.of(ElementPermission.AGENDA), token.getPermissions());
    assertEquals("ELEMENT_TOKEN", token.getToken());
    assertEquals(Integer.valueOf(64800), token.getExpiresIn());
    assertFalse(token.toString().contains("ELEMENT_TOKEN"), "the token is redacted: " + token);
  }
}
