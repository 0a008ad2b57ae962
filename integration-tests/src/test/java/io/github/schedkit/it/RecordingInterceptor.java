package io.github.schedkit.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Remembers the requests sent, as they went on the wire. Add it as a network interceptor: it
 * records the request the server received (the response's), so headers added by interceptors
 * that run after it, such as the SDK's credentials, are included.
 */
final class RecordingInterceptor implements Interceptor {
  private final List<Request> requests = new ArrayList<>();
  private final List<Integer> statuses = new ArrayList<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    synchronized (requests) {
      requests.add(response.request());
      statuses.add(response.code());
    }
    return response;
  }

  List<Request> requests() {
    synchronized (requests) {
      return new ArrayList<>(requests);
    }
  }

  Request last() {
    synchronized (requests) {
      if (requests.isEmpty()) {
        throw new AssertionError("no request was sent");
      }
      return requests.get(requests.size() - 1);
    }
  }

  /** The JSON body of the last request, as sent. */
  JsonObject lastJsonBody() {
    return jsonBody(last());
  }

  /** The JSON body of a request as sent; fails unless it is {@code application/json}. */
  static JsonObject jsonBody(Request request) {
    assertNotNull(request.body(), request.method() + " " + request.url() + " has no body");
    MediaType type = request.body().contentType();
    assertEquals("application/json", type == null ? null : type.type() + "/" + type.subtype());
    Buffer buffer = new Buffer();
    try {
      request.body().writeTo(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return JsonParser.parseString(buffer.readUtf8()).getAsJsonObject();
  }

  /** The last request, asserting its method and its encoded path. */
  Request last(String method, String encodedPath) {
    Request last = last();
    assertEquals(method, last.method(), "method of " + last.url());
    assertEquals(encodedPath, last.url().encodedPath());
    return last;
  }

  /** The HTTP status of the last response, for operations whose result has no status. */
  int lastStatus() {
    synchronized (requests) {
      if (statuses.isEmpty()) {
        throw new AssertionError("no request was sent");
      }
      return statuses.get(statuses.size() - 1);
    }
  }

  void clear() {
    synchronized (requests) {
      requests.clear();
      statuses.clear();
    }
  }
}
