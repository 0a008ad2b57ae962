package io.github.schedkit.bench.percall;

import io.github.schedkit.bench.server.LoopbackServer;
import java.io.IOException;
import okhttp3.OkHttpClient;

/**
 * The per-call benchmarks over one loopback server with keep-alive: each side as an application
 * would build it, with its own default {@code OkHttpClient}. Latency includes the server and the
 * loopback network, which are the same for every side.
 */
public class LoopbackPerCallBenchmark extends PerCallBenchmark {
  private LoopbackServer server;

  /** Creates the benchmark state; JMH calls this. */
  public LoopbackPerCallBenchmark() {}

  @Override
  protected String start(PerCallRoute route) throws IOException {
    server = LoopbackServer.start(route);
    return server.baseUrl();
  }

  @Override
  protected OkHttpClient httpClient() {
    return null;
  }

  @Override
  protected void stop() {
    server.close();
  }
}
