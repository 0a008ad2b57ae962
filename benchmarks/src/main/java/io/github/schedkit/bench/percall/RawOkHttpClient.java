package io.github.schedkit.bench.percall;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.github.schedkit.bench.fixtures.BookingFixture;
import io.github.schedkit.bench.fixtures.EventsFixture;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.jicoo.model.Booking;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Type;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The baseline: the same requests made by hand with OkHttp, decoded with Gson into the same model
 * classes schedkit returns (with schedkit's Gson configuration, which those models need for
 * timestamps and open enums). No interceptors, no Retrofit, no error mapping.
 */
final class RawOkHttpClient {
  private static final Type BOOKING_ENVELOPE = new TypeToken<Envelope<Booking>>() {}.getType();

  private final OkHttpClient http;
  private final Gson gson = Json.gson();
  private final HttpUrl baseUrl;

  RawOkHttpClient(String baseUrl, OkHttpClient http) {
    this.baseUrl = HttpUrl.get(baseUrl);
    this.http = http;
  }

  Booking getBooking(String uid) throws IOException {
    Request request =
        new Request.Builder()
            .url(baseUrl.newBuilder().addPathSegments("v1/bookings").addPathSegment(uid).build())
            .header(BookingFixture.API_KEY_HEADER, BookingFixture.API_KEY)
            .build();
    Envelope<Booking> envelope = fetch(request, BOOKING_ENVELOPE);
    return envelope.data;
  }

  EventsPage readEvents(String tzid) throws IOException {
    Request request =
        new Request.Builder()
            .url(
                baseUrl.newBuilder()
                    .addPathSegments("v1/events")
                    .addQueryParameter("tzid", tzid)
                    .addQueryParameter("localized_times", "true")
                    .build())
            .header("Authorization", "Bearer " + EventsFixture.ACCESS_TOKEN)
            .build();
    return fetch(request, EventsPage.class);
  }

  void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private <T> T fetch(Request request, Type type) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("HTTP " + response.code() + " for " + request.url());
      }
      try (Reader reader = body.charStream()) {
        return gson.fromJson(reader, type);
      }
    }
  }

  /** Jicoo's response envelope. */
  static final class Envelope<T> {
    T data;
  }
}
