package io.github.schedkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.TestClientBuilder;
import io.github.schedkit.core.fixture.ThingsApi;
import io.github.schedkit.core.http.ClientResources;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Nothing the SDK starts keeps a JVM alive, and {@code close()} releases what a client owns while
 * leaving a caller's {@code OkHttpClient} alone.
 */
class ClientLifecycleTest extends MockServerTestBase {

  /** Runs {@link LifecycleProbe} in a JVM of its own against a server that fails t2 once. */
  private static List<String> probe(String mode) throws Exception {
    MockWebServer probeServer = new MockWebServer();
    probeServer.setDispatcher(
        new Dispatcher() {
          private boolean failedOnce;

          @Override
          public synchronized MockResponse dispatch(RecordedRequest request) {
            if (request.getPath().endsWith("/t2") && !failedOnce) {
              failedOnce = true;
              return new MockResponse().setResponseCode(503).setBody("{}");
            }
            return json("{\"id\":\"t1\"}");
          }
        });
    probeServer.start();
    try {
      String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      Process process =
          new ProcessBuilder(
                  java, "-cp", System.getProperty("java.class.path"), LifecycleProbe.class.getName(),
                  probeServer.url("/").toString(), mode)
              .redirectErrorStream(true)
              .start();
      List<String> lines = new ArrayList<>();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
        }
      }
      // The JVM must end once main returns; the old non-daemon dispatcher kept it up for a minute.
      boolean exited = process.waitFor(30, TimeUnit.SECONDS);
      if (!exited) {
        process.destroyForcibly();
      }
      System.out.println("lifecycle probe (" + mode + "): " + lines + ", JVM exited: " + exited);
      assertTrue(exited, "the probe JVM is still running after main returned: " + lines);
      assertEquals(0, process.exitValue(), lines.toString());
      return lines;
    } finally {
      probeServer.shutdown();
    }
  }

  @Test
  void anUnclosedClientDoesNotKeepTheJvmAlive() throws Exception {
    List<String> lines = probe("leave");

    assertTrue(lines.contains("enqueued call succeeded=true"), lines.toString());
    assertTrue(lines.contains("nonDaemon=[]"), lines.toString());
  }

  @Test
  void closeLeavesNoThreadOrConnectionTheClientOwned() throws Exception {
    List<String> lines = probe("close");

    assertTrue(lines.contains("enqueued call succeeded=true"), lines.toString());
    assertTrue(lines.contains("nonDaemon=[]"), lines.toString());
    assertTrue(lines.contains("sdkThreads=[]"), lines.toString());
    assertTrue(lines.contains("connections=0"), lines.toString());
  }

  @Test
  void closeLeavesACallersOkHttpClientAlone() throws Exception {
    server.enqueue(json("{\"id\":\"t1\"}"));
    server.enqueue(json("{\"id\":\"t2\"}"));
    TestClientBuilder builder = builder();
    ClientResources resources = builder.resources();
    ThingsApi api = builder.retrofit(resources).create(ThingsApi.class);
    api.getThing("t1").execute();

    resources.close();
    resources.close();

    IllegalStateException closed = assertThrows(IllegalStateException.class, () -> api.getThing("t1").execute());
    assertTrue(closed.getMessage().contains("the client was closed"), closed.getMessage());
    assertFalse(okHttp.dispatcher().executorService().isShutdown());
    assertEquals(1, okHttp.connectionPool().idleConnectionCount(), "the caller's pooled connection stays");
    // A client built afresh on the same OkHttpClient still works.
    assertEquals("t2", builder().build().getThing("t2").execute().getId());
  }
}
