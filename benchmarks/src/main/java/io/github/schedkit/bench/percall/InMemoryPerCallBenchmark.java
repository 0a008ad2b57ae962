package io.github.schedkit.bench.percall;

import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * The per-call benchmarks without a server or a network: every side builds on one {@code
 * OkHttpClient} whose sockets answer each request in memory ({@link InMemorySocketFactory}), on
 * the calling thread. Every interceptor and OkHttp's whole HTTP/1.1 path still run, and the route
 * still accepts only the exact request, so the latency is each side's own client-side cost.
 */
public class InMemoryPerCallBenchmark extends PerCallBenchmark {
  /** The base URL; nothing listens there, the socket factory answers instead. */
  private static final String BASE_URL = "http://127.0.0.1:9/";

  private OkHttpClient http;

  /** Creates the benchmark state; JMH calls this. */
  public InMemoryPerCallBenchmark() {}

  @Override
  protected String start(PerCallRoute route) throws IOException {
    http = new OkHttpClient.Builder().socketFactory(new InMemorySocketFactory(route)).build();
    return BASE_URL;
  }

  @Override
  protected OkHttpClient httpClient() {
    return http;
  }

  @Override
  protected void stop() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
