package io.github.schedkit.bench.percall;

import io.github.schedkit.bench.fixtures.BookingFixture;
import io.github.schedkit.bench.stock.ApiClient;
import io.github.schedkit.bench.stock.api.BookingsApi;
import io.github.schedkit.bench.stock.model.Booking;
import io.github.schedkit.bench.stock.model.BookingEnvelope;
import java.io.IOException;
import okhttp3.OkHttpClient;
import retrofit2.Response;

/**
 * The stock generated client, used the way its README shows: an {@code ApiClient} with the API
 * key, a base URL, and the Retrofit service it creates. The caller unwraps the envelope and checks
 * the status itself, since the stock client does neither. Built on a given {@code OkHttpClient}
 * through {@code configureFromOkclient}, which adds the API key interceptor to a copy of it.
 */
final class StockJicooClient {
  private final BookingsApi bookings;

  StockJicooClient(String baseUrl, OkHttpClient http) {
    ApiClient client = new ApiClient("jicooApiKey", BookingFixture.API_KEY);
    if (http != null) {
      client.configureFromOkclient(http);
    }
    client.getAdapterBuilder().baseUrl(baseUrl);
    this.bookings = client.createService(BookingsApi.class);
  }

  Booking getBooking(String uid) throws IOException {
    Response<BookingEnvelope> response = bookings.getBooking(uid).execute();
    BookingEnvelope envelope = response.body();
    if (!response.isSuccessful() || envelope == null) {
      throw new IOException("HTTP " + response.code() + " from the stock client");
    }
    return envelope.getData();
  }
}
