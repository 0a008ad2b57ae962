package io.github.schedkit.bench.percall;

import io.github.schedkit.bench.check.DecodedValues;
import io.github.schedkit.bench.fixtures.BookingFixture;
import io.github.schedkit.bench.fixtures.EventsFixture;
import io.github.schedkit.bench.server.LoopbackServer;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.api.EventsApi.ReadEventsQuery;
import io.github.schedkit.cronofy.model.EventsPage;
import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.jicoo.model.Booking;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time per call, on one loopback server with keep-alive: Jicoo's {@code getBooking} through
 * schedkit, through raw OkHttp + Gson, and through the stock generated client; a Cronofy
 * {@code readEvents} page of {@value #EVENTS_PER_PAGE} events through schedkit and through raw
 * OkHttp + Gson. Before anything is timed, each side's result is checked against what the server
 * sent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {
  /** Events on the {@code readEvents} page. */
  public static final int EVENTS_PER_PAGE = 25;

  private final EventsFixture events = new EventsFixture(EVENTS_PER_PAGE);
  private final ReadEventsQuery localizedTimes = ReadEventsQuery.builder().localizedTimes(true).build();
  private LoopbackServer server;
  private JicooClient jicoo;
  private CronofyClient cronofy;
  private RawOkHttpClient raw;
  private StockJicooClient stock;

  /** Creates the benchmark state; JMH calls this. */
  public PerCallBenchmark() {}

  /**
   * Starts the server, builds every client (retries off, so nothing hides a failure) and checks
   * that each one decodes what the server sends.
   *
   * @throws IOException if the server cannot start or a raw call fails
   */
  @Setup
  public void setUp() throws IOException {
    server = LoopbackServer.start(new PerCallRoute(events));
    jicoo = JicooClient.builder().apiKey(BookingFixture.API_KEY).baseUrl(server.baseUrl()).maxRetries(0).build();
    cronofy =
        CronofyClient.builder().accessToken(EventsFixture.ACCESS_TOKEN).baseUrl(server.baseUrl()).maxRetries(0).build();
    raw = new RawOkHttpClient(server.baseUrl());
    stock = new StockJicooClient(server.baseUrl());

    DecodedValues.checkBooking("schedkit", jicooGetBookingSchedkit());
    DecodedValues.checkBooking("raw OkHttp + Gson", jicooGetBookingRawOkHttpGson());
    DecodedValues.checkStockBooking("stock generated client", jicooGetBookingStockGenerated());
    DecodedValues.checkEventsPage("schedkit", events, cronofyReadEventsSchedkit());
    DecodedValues.checkEventsPage("raw OkHttp + Gson", events, cronofyReadEventsRawOkHttpGson());
  }

  /** Stops the server and the raw client's threads. */
  @TearDown
  public void tearDown() {
    raw.close();
    server.close();
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
