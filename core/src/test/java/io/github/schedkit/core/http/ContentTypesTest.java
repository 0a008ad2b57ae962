package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

class ContentTypesTest {
  private static final ResponseBody XML_BODY = ResponseBody.create("<a/>", MediaType.get("text/xml"));

  @Test
  void eachValueParsesToItsOwnMediaTypeWhenValuesAlternate() {
    for (int i = 0; i < 3; i++) {
      assertEquals(
          StandardCharsets.UTF_8, ContentTypes.of(response("application/json; charset=utf-8"), XML_BODY).charset());
      assertEquals(
          StandardCharsets.ISO_8859_1,
          ContentTypes.of(response("application/json; charset=iso-8859-1"), XML_BODY).charset());
      assertEquals(
          StandardCharsets.ISO_8859_1,
          ContentTypes.of(response("application/json; charset=iso-8859-1"), XML_BODY).charset());
    }
  }

  @Test
  void withoutTheHeaderTheBodysOwnMediaTypeCounts() {
    assertEquals(XML_BODY.contentType(), ContentTypes.of(response(null), XML_BODY));
  }

  @Test
  void aHeaderThatIsNotAMediaTypeGivesNone() {
    assertNull(ContentTypes.of(response("json, probably"), XML_BODY));
    assertNull(ContentTypes.of(response("json, probably"), XML_BODY));
  }

  private static Response response(String contentType) {
    Response.Builder response =
        new Response.Builder()
            .request(new Request.Builder().url("https://api.example.com/").build())
            .protocol(Protocol.HTTP_1_1)
            .code(200)
            .message("OK");
    if (contentType != null) {
      response.header("Content-Type", contentType);
    }
    return response.build();
  }
}
