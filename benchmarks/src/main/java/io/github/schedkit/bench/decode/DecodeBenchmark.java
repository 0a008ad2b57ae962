package io.github.schedkit.bench.decode;

import com.google.gson.Gson;
import io.github.schedkit.bench.check.Check;
import io.github.schedkit.bench.check.DecodedValues;
import io.github.schedkit.bench.fixtures.EventsFixture;
import io.github.schedkit.core.http.JsonConverterFactory;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.cronofy.model.EventsPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.Okio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Decoding one large Cronofy events page ({@value #EVENTS} events with attendees and localized
 * times, about 1 MB) from UTF-8 bytes: into schedkit's models exactly as the client decodes a
 * response (the response-body converter of {@link JsonConverterFactory}, which reads UTF-8 bytes
 * with {@code Utf8JsonReader}), and into plain equivalent classes with {@code new Gson()} through
 * an {@code InputStreamReader}. Both read a stream over the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeBenchmark {
  /** Events on the page. */
  public static final int EVENTS = 1800;

  private static final MediaType JSON = MediaType.get("application/json");

  private final EventsFixture fixture = new EventsFixture(EVENTS);
  private final Converter<ResponseBody, ?> schedkitConverter =
      new JsonConverterFactory(Json.gson())
          .responseBodyConverter(
              EventsPage.class, new Annotation[0], new Retrofit.Builder().baseUrl("https://api.cronofy.com/").build());
  private final Gson plainGson = new Gson();

  /** Creates the benchmark state; JMH calls this. */
  public DecodeBenchmark() {}

  /**
   * Returns the size of the page the benchmark decodes.
   *
   * @return its size in bytes
   */
  public static int pageBytes() {
    return new EventsFixture(EVENTS).json().length;
  }

  /**
   * Checks that both decoders get every event of the page right before anything is timed.
   *
   * @throws IOException never: the bytes are in memory and well formed
   */
  @Setup
  public void checkBothDecodeThePage() throws IOException {
    DecodedValues.checkEventsPage("schedkit decoding", fixture, schedkitModels());
    PlainEventsPage plain = plainGsonReflective();
    fixture.checkCount("plain Gson decoding", plain.events.size());
    for (int i = 0; i < plain.events.size(); i++) {
      PlainEventsPage.PlainEvent event = plain.events.get(i);
      List<String> emails = event.attendees.stream().map(a -> a.email).collect(Collectors.toList());
      EventsFixture.checkEvent(
          "plain Gson decoding",
          i,
          event.eventUid,
          OffsetDateTime.parse(event.start.time),
          event.start.tzid,
          OffsetDateTime.parse(event.end.time),
          event.end.tzid,
          emails);
      Check.equal("plain Gson decoding event " + i + " status", PlainEventsPage.PlainEventStatus.CONFIRMED, event.status);
    }
  }

  /**
   * Decodes the page into schedkit's {@code EventsPage} with the client's response-body converter.
   *
   * @return the page
   * @throws IOException never: the bytes are in memory and well formed
   */
  @Benchmark
  public EventsPage schedkitModels() throws IOException {
    BufferedSource source = Okio.buffer(Okio.source(new ByteArrayInputStream(fixture.json())));
    return (EventsPage) schedkitConverter.convert(ResponseBody.create(source, JSON, fixture.json().length));
  }

  /**
   * Decodes the page into the plain classes with {@code new Gson()}.
   *
   * @return the page
   */
  @Benchmark
  public PlainEventsPage plainGsonReflective() {
    return plainGson.fromJson(reader(), PlainEventsPage.class);
  }

  private Reader reader() {
    return new InputStreamReader(new ByteArrayInputStream(fixture.json()), StandardCharsets.UTF_8);
  }
}
