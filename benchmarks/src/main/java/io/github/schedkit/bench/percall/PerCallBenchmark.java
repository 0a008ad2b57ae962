package io.github.schedkit.bench.percall;

import io.github.schedkit.bench.check.DecodedValues;
import io.github.schedkit.bench.fixtures.BookingFixture;
import io.github.schedkit.bench.fixtures.EventsFixture;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.api.EventsApi.ReadEventsQuery;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.jicoo.model.Booking;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time per call: Jicoo's {@code getBooking} through schedkit, through raw OkHttp + Gson, and
 * through the stock generated client; a Cronofy {@code readEvents} page of {@value
 * #EVENTS_PER_PAGE} events through schedkit and through raw OkHttp + Gson. Subclasses say how the
 * requests reach the {@link PerCallRoute} that answers them. Before anything is timed, each side's
 * result is checked against what was sent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public abstract class PerCallBenchmark {
  /** Events on the {@code readEvents} page. */
  public static final int EVENTS_PER_PAGE = 25;

  private final EventsFixture events = new EventsFixture(EVENTS_PER_PAGE);
  private final ReadEventsQuery localizedTimes = ReadEventsQuery.builder().localizedTimes(true).build();
  private JicooClient jicoo;
  private CronofyClient cronofy;
  private RawOkHttpClient raw;
  private StockJicooClient stock;

  /** Creates the benchmark state; JMH calls the subclasses' constructors. */
  protected PerCallBenchmark() {}

  /**
   * Makes {@code route} reachable.
   *
   * @param route answers every request
   * @return the base URL to send requests to
   * @throws IOException if that fails
   */
  protected abstract String start(PerCallRoute route) throws IOException;

  /**
   * Returns the {@code OkHttpClient} every side builds on.
   *
   * @return the client, or {@code null} for each side's default
   */
  protected abstract OkHttpClient httpClient();

  /** Releases what {@link #start} set up. */
  protected abstract void stop();

  /**
   * Starts the transport, builds every client (retries off, so nothing hides a failure) and
   * checks that each one decodes what was sent.
   *
   * @throws IOException if the transport cannot start or a raw call fails
   */
  @Setup
  public void setUp() throws IOException {
    String baseUrl = start(new PerCallRoute(events));
    OkHttpClient http = httpClient();
    JicooClient.Builder jicooBuilder =
        JicooClient.builder().apiKey(BookingFixture.API_KEY).baseUrl(baseUrl).maxRetries(0);
    CronofyClient.Builder cronofyBuilder =
        CronofyClient.builder().accessToken(EventsFixture.ACCESS_TOKEN).baseUrl(baseUrl).maxRetries(0);
    if (http != null) {
      jicooBuilder.okHttpClient(http);
      cronofyBuilder.okHttpClient(http);
    }
    jicoo = jicooBuilder.build();
    cronofy = cronofyBuilder.build();
    raw = new RawOkHttpClient(baseUrl, http != null ? http : new OkHttpClient());
    stock = new StockJicooClient(baseUrl, http);

    DecodedValues.checkBooking("schedkit", jicooGetBookingSchedkit());
    DecodedValues.checkBooking("raw OkHttp + Gson", jicooGetBookingRawOkHttpGson());
    DecodedValues.checkStockBooking("stock generated client", jicooGetBookingStockGenerated());
    DecodedValues.checkEventsPage("schedkit", events, cronofyReadEventsSchedkit());
    DecodedValues.checkEventsPage("raw OkHttp + Gson", events, cronofyReadEventsRawOkHttpGson());
  }

  /** Closes the clients and stops the transport. */
  @TearDown
  public void tearDown() {
    jicoo.close();
    cronofy.close();
    raw.close();
    stop();
  }

  /**
   * {@code getBooking} through schedkit.
   *
   * @return the booking
   */
  @Benchmark
  public Booking jicooGetBookingSchedkit() {
    return jicoo.bookings().getBooking(BookingFixture.UID).execute();
  }

  /**
   * {@code getBooking} with raw OkHttp + Gson.
   *
   * @return the booking
   * @throws IOException if the call fails
   */
  @Benchmark
  public Booking jicooGetBookingRawOkHttpGson() throws IOException {
    return raw.getBooking(BookingFixture.UID);
  }

  /**
   * {@code getBooking} through the stock generated client.
   *
   * @return the booking, in the stock client's model
   * @throws IOException if the call fails
   */
  @Benchmark
  public io.github.schedkit.bench.stock.model.Booking jicooGetBookingStockGenerated() throws IOException {
    return stock.getBooking(BookingFixture.UID);
  }

  /**
   * A {@code readEvents} page through schedkit.
   *
   * @return the page
   */
  @Benchmark
  public EventsPage cronofyReadEventsSchedkit() {
    return cronofy.events().readEvents(EventsFixture.TZID, localizedTimes).execute();
  }

  /**
   * The same {@code readEvents} page with raw OkHttp + Gson.
   *
   * @return the page
   * @throws IOException if the call fails
   */
  @Benchmark
  public EventsPage cronofyReadEventsRawOkHttpGson() throws IOException {
    return raw.readEvents(EventsFixture.TZID);
  }
}
