package io.github.schedkit.core.http;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What one client owns besides its settings, and releases on {@link #close()}: the scheduler of
 * its async retries, and, for a client built without a caller's {@code OkHttpClient}, its
 * dispatcher and its share of the connection pool. Client builders create it; applications only
 * close the client.
 *
 * <p>Every thread it starts is a daemon thread, so nothing the SDK starts keeps a JVM alive. A
 * client built without an {@code OkHttpClient} gets its own dispatcher (named {@code schedkit-N
 * dispatcher}) and shares one connection pool with the other such clients; closing the last open
 * one of them closes the pool's idle connections. A caller's {@code OkHttpClient} is never shut
 * down, and its dispatcher and pool are left alone.
 */
public final class ClientResources implements AutoCloseable {
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  /** The SDK-owned pools in use, with the number of open clients on each. */
  private static final Map<ConnectionPool, Integer> POOL_USERS = new IdentityHashMap<>();

  private final String name = "schedkit-" + CLIENTS.incrementAndGet();
  private final OkHttpClient base;
  private final @Nullable ExecutorService dispatcherThreads;
  private final @Nullable ConnectionPool sharedPool;
  private final Object lock = new Object();
  private final Set<Runnable> pendingRetries = Collections.newSetFromMap(new ConcurrentHashMap<Runnable, Boolean>());
  private @Nullable ScheduledThreadPoolExecutor scheduler;
  private volatile boolean closed;

  private ClientResources(OkHttpClient base, @Nullable ConnectionPool sharedPool) {
    this.base = base;
    this.sharedPool = sharedPool;
    this.dispatcherThreads =
        sharedPool == null
            ? null
            : new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), daemon("dispatcher"));
  }

  /**
   * Resources for a client built on a caller's {@code OkHttpClient}: only the retry scheduler is
   * the client's own.
   *
   * @param callerClient the caller's client, never shut down
   * @return the resources
   */
  public static ClientResources borrowing(OkHttpClient callerClient) {
    return new ClientResources(callerClient, null);
  }

  /**
   * Resources for a client built without an {@code OkHttpClient}: a dispatcher of its own with
   * daemon threads, and the template's connection pool, shared with the other clients built this
   * way.
   *
   * @param template the SDK's default client (timeouts and pool)
   * @return the resources
   */
  public static ClientResources owning(OkHttpClient template) {
    ConnectionPool pool = template.connectionPool();
    synchronized (POOL_USERS) {
      Integer users = POOL_USERS.get(pool);
      POOL_USERS.put(pool, users == null ? 1 : users + 1);
    }
    return new ClientResources(template, pool);
  }

  /**
   * Starts the {@code OkHttpClient} of the client, to which the builder adds its interceptors.
   *
   * @return a builder on the caller's client, or on the SDK's template with this client's own
   *     dispatcher
   */
  public OkHttpClient.Builder httpClientBuilder() {
    OkHttpClient.Builder builder = base.newBuilder();
    if (dispatcherThreads != null) {
      builder.dispatcher(new Dispatcher(dispatcherThreads));
    }
    return builder;
  }

  /**
   * Tells whether {@link #close()} was called.
   *
   * @return {@code true} once closed
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Releases what the client owns: pending async retries fail with "the client was closed", the
   * retry scheduler stops, the client's own dispatcher stops taking calls (calls already running
   * finish), and the shared pool's idle connections are closed when no open client built without
   * an {@code OkHttpClient} remains. Idempotent.
   */
  @Override
  public void close() {
    ScheduledThreadPoolExecutor pending;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      pending = scheduler;
    }
    if (pending != null) {
      pending.shutdownNow();
      // Each retry still waiting runs now, sees the client closed, and reports that to its callback.
      // A pending retry removes itself before it runs, so it runs once, here or on the scheduler.
      for (Runnable retry : pendingRetries) {
        retry.run();
      }
    }
    if (dispatcherThreads != null) {
      dispatcherThreads.shutdown();
    }
    if (sharedPool != null) {
      boolean lastUser;
      synchronized (POOL_USERS) {
        int users = POOL_USERS.get(sharedPool) - 1;
        lastUser = users == 0;
        if (lastUser) {
          POOL_USERS.remove(sharedPool);
        } else {
          POOL_USERS.put(sharedPool, users);
        }
      }
      if (lastUser) {
        sharedPool.evictAll();
      }
    }
  }

  /** Shows the client's thread-name prefix and whether it is closed. */
  @Override
  public String toString() {
    return "ClientResources{" + name + (closed ? ", closed" : "") + "}";
  }

  /** The prefix of the names of the threads this client starts, such as {@code schedkit-3}. */
  String threadNamePrefix() {
    return name;
  }

  /**
   * Runs {@code task} after {@code delayMillis} on the client's scheduler (a daemon thread that
   * ends when idle).
   *
   * @throws RejectedExecutionException if the client is closed
   */
  void schedule(Runnable task, long delayMillis) {
    Runnable once =
        new Runnable() {
          @Override
          public void run() {
            if (pendingRetries.remove(this)) {
              task.run();
            }
          }
        };
    synchronized (lock) {
      if (closed) {
        throw new RejectedExecutionException("the client was closed");
      }
      if (scheduler == null) {
        scheduler = new ScheduledThreadPoolExecutor(1, daemon("retry scheduler"));
        scheduler.setKeepAliveTime(10, TimeUnit.SECONDS);
        scheduler.allowCoreThreadTimeOut(true);
      }
      pendingRetries.add(once);
      scheduler.schedule(once, delayMillis, TimeUnit.MILLISECONDS);
    }
  }

  private ThreadFactory daemon(String role) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + " " + role + " " + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
