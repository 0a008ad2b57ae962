package io.github.schedkit.core;

import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.TestClientBuilder;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingsApi;
import io.github.schedkit.core.http.ClientResources;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Run in its own JVM by {@link ClientLifecycleTest}: builds a client without an {@code
 * OkHttpClient}, makes a sync call and an enqueued call that is retried once, optionally closes
 * the client, then prints the live non-daemon threads besides {@code main}, the live threads the
 * SDK started, and the connections in the SDK's pool, and returns from {@code main}.
 */
public final class LifecycleProbe {
  private LifecycleProbe() {}

  /**
   * Runs the probe.
   *
   * @param args the server URL, then {@code close} or {@code leave}
   * @throws Exception if the probe itself fails
   */
  public static void main(String[] args) throws Exception {
    TestClientBuilder builder = new TestClientBuilder().baseUrl(args[0]);
    ClientResources resources = builder.resources();
    ThingsApi api = builder.retrofit(resources).create(ThingsApi.class);
    api.getThing("t1").execute();
    RecordingCallback<Thing> callback = new RecordingCallback<>();
    api.getThing("t2").enqueue(callback);
    callback.await();
    System.out.println("enqueued call succeeded=" + (callback.response() != null));
    if (args[1].equals("close")) {
      resources.close();
      // Threads end on their own after close; give them a bounded moment.
      for (int i = 0; i < 100 && !sdkThreads().isEmpty(); i++) {
        Thread.sleep(20);
      }
    }
    System.out.println("nonDaemon=" + nonDaemonThreads());
    System.out.println("sdkThreads=" + sdkThreads());
    System.out.println("connections=" + sharedClient().connectionPool().connectionCount());
  }

  private static List<String> nonDaemonThreads() {
    List<String> names = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && !thread.isDaemon() && !thread.getName().equals("main") && !thread.getName().equals("DestroyJavaVM")) {
        names.add(thread.getName());
      }
    }
    return names;
  }

  private static List<String> sdkThreads() {
    List<String> names = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && (thread.getName().startsWith("schedkit-") || thread.getName().startsWith("OkHttp Dispatcher"))) {
        names.add(thread.getName());
      }
    }
    return names;
  }

  private static OkHttpClient sharedClient() throws ReflectiveOperationException {
    Field shared = ClientBuilder.class.getDeclaredField("SHARED");
    shared.setAccessible(true);
    return (OkHttpClient) shared.get(null);
  }
}
