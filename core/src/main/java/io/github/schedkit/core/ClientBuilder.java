package io.github.schedkit.core;

import io.github.schedkit.core.http.ApiCallAdapterFactory;
import io.github.schedkit.core.http.AttemptListener;
import io.github.schedkit.core.http.AuthInterceptor;
import io.github.schedkit.core.http.ClientResources;
import io.github.schedkit.core.http.Credentials;
import io.github.schedkit.core.http.HttpLogger;
import io.github.schedkit.core.http.HttpLogging;
import io.github.schedkit.core.http.ImmediateRetryGuard;
import io.github.schedkit.core.http.JsonConverterFactory;
import io.github.schedkit.core.http.LogLevel;
import io.github.schedkit.core.http.RateLimitInterceptor;
import io.github.schedkit.core.http.RateLimiter;
import io.github.schedkit.core.http.RetryInterceptor;
import io.github.schedkit.core.http.RetryPolicy;
import io.github.schedkit.core.json.Json;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * The settings every schedkit client builder shares: base URL, timeouts and the {@link
 * OkHttpClient} to build on. API modules extend it with their credentials.
 *
 * <p>Timeouts default to {@value #DEFAULT_CONNECT_SECONDS} s to connect, {@value
 * #DEFAULT_READ_WRITE_SECONDS} s between bytes read or written, and {@value
 * #DEFAULT_CALL_SECONDS} s for a whole call. With a caller-supplied {@code OkHttpClient}, its own
 * timeouts are kept unless set here. Clients built without one share a connection pool, each
 * with a dispatcher of its own whose threads are daemon threads; {@code close()} on the client
 * releases them (see {@link ClientResources}).
 *
 * @param <B> the concrete builder
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  /** Default connect timeout, in seconds. */
  public static final int DEFAULT_CONNECT_SECONDS = 10;

  /** Default read and write timeouts, in seconds. */
  public static final int DEFAULT_READ_WRITE_SECONDS = 30;

  /** Default whole-call timeout, in seconds. */
  public static final int DEFAULT_CALL_SECONDS = 60;

  private static final Logger JUL = Logger.getLogger("io.github.schedkit.http");

  private static final OkHttpClient SHARED =
      new OkHttpClient.Builder()
          .connectTimeout(DEFAULT_CONNECT_SECONDS, TimeUnit.SECONDS)
          .readTimeout(DEFAULT_READ_WRITE_SECONDS, TimeUnit.SECONDS)
          .writeTimeout(DEFAULT_READ_WRITE_SECONDS, TimeUnit.SECONDS)
          .callTimeout(DEFAULT_CALL_SECONDS, TimeUnit.SECONDS)
          .build();

  private @Nullable HttpUrl baseUrl;
  private @Nullable OkHttpClient okHttpClient;
  private @Nullable Duration connectTimeout;
  private @Nullable Duration readTimeout;
  private @Nullable Duration writeTimeout;
  private @Nullable Duration callTimeout;
  private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  private LogLevel logLevel = LogLevel.NONE;
  private @Nullable HttpLogger logger;
  private @Nullable RateLimiter rateLimiter;
  private AttemptListener attemptListener = AttemptListener.NONE;

  /** Creates a builder with default settings. */
  protected ClientBuilder() {}

  /**
   * Sends requests to another base URL, such as a mock server or a proxy.
   *
   * @param baseUrl an absolute http or https URL
   * @return this builder
   * @throws IllegalArgumentException if {@code baseUrl} is not an absolute http(s) URL
   */
  public B baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    HttpUrl parsed = HttpUrl.parse(baseUrl.trim());
    if (parsed == null) {
      throw new IllegalArgumentException(
          "baseUrl must be an absolute http or https URL, got: " + baseUrl);
    }
    this.baseUrl = parsed;
    return self();
  }

  /**
   * Builds on a caller's {@code OkHttpClient}, sharing its connection pool, dispatcher and
   * interceptors. schedkit adds its own interceptors to a derived client, never to this one, and
   * the client's {@code close()} leaves it alone: shut it down yourself when you are done with it.
   *
   * @param okHttpClient the client to build on
   * @return this builder
   */
  public B okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
    return self();
  }

  /**
   * Sets the connect timeout.
   *
   * @param timeout the timeout; zero means none
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = checkTimeout(timeout, "connectTimeout");
    return self();
  }

  /**
   * Sets the read timeout: the longest wait for the next bytes of a response.
   *
   * @param timeout the timeout; zero means none
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = checkTimeout(timeout, "readTimeout");
    return self();
  }

  /**
   * Sets the write timeout: the longest wait to send the next bytes of a request.
   *
   * @param timeout the timeout; zero means none
   * @return this builder
   */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = checkTimeout(timeout, "writeTimeout");
    return self();
  }

  /**
   * Sets the whole-call timeout: the longest a call may take from start to decoded result.
   *
   * @param timeout the timeout; zero means none
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = checkTimeout(timeout, "callTimeout");
    return self();
  }

  /**
   * Sets how many times a failed request may be sent again (default 2; 0 disables retries),
   * keeping the default backoff. See {@link RetryInterceptor} for what is retried.
   *
   * @param maxRetries 0 or more
   * @return this builder
   */
  public B maxRetries(int maxRetries) {
    this.retryPolicy = RetryPolicy.builder().maxRetries(maxRetries).build();
    return self();
  }

  /**
   * Sets the whole retry policy: retry count, backoff, the {@code Retry-After} cap.
   *
   * @param retryPolicy the policy; {@link RetryPolicy#NONE} disables retries
   * @return this builder
   */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * Keeps the client's requests under a {@link RateLimiter}'s limits, delaying those that would
   * exceed them. Give the same limiter to every client of an application to share its limits.
   * Off unless set.
   *
   * @param rateLimiter the limiter
   * @return this builder
   */
  public B rateLimiter(RateLimiter rateLimiter) {
    this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
    return self();
  }

  /**
   * Tells a listener about every attempt of every call: operation, method, path template, status
   * or failure, duration, attempt number, and the reason and wait of a retry. No credential, query
   * value or body reaches it.
   *
   * @param attemptListener the listener
   * @return this builder
   */
  public B attemptListener(AttemptListener attemptListener) {
    this.attemptListener = Objects.requireNonNull(attemptListener, "attemptListener");
    return self();
  }

  /**
   * Turns on HTTP logging to {@code java.util.logging} (logger {@code io.github.schedkit.http},
   * level INFO; on Android that reaches logcat). Needs {@code
   * com.squareup.okhttp3:logging-interceptor} on the classpath. Credential and cookie headers are
   * redacted, and the bodies of calls that carry credentials (such as the OAuth token calls)
   * are never logged.
   *
   * @param level how much to log; {@link LogLevel#NONE} (the default) turns logging off
   * @return this builder
   */
  public B logging(LogLevel level) {
    return logging(level, line -> JUL.info(line));
  }

  /**
   * Turns on HTTP logging to a logger of your own.
   *
   * @param level how much to log
   * @param logger receives each line, already redacted
   * @return this builder
   */
  public B logging(LogLevel level, HttpLogger logger) {
    this.logLevel = Objects.requireNonNull(level, "level");
    this.logger = Objects.requireNonNull(logger, "logger");
    return self();
  }

  /**
   * Tells whether {@link #baseUrl(String)} was called.
   *
   * @return {@code true} if a base URL was set
   */
  protected final boolean hasBaseUrl() {
    return baseUrl != null;
  }

  /**
   * Creates what the client owns and releases on {@code close()}: its retry scheduler and, unless
   * built on a caller's {@code OkHttpClient}, its dispatcher and its share of the connection pool.
   *
   * @return the resources, to pass to {@link #buildRetrofit} and to close with the client
   */
  protected final ClientResources openResources() {
    return okHttpClient != null ? ClientResources.borrowing(okHttpClient) : ClientResources.owning(SHARED);
  }

  /**
   * Builds the Retrofit instance behind a client.
   *
   * @param resources what the client owns, from {@link #openResources()}
   * @param defaultBaseUrl the API's production URL, used unless {@link #baseUrl(String)} was set
   * @param credentials the client's credentials
   * @param product the product token for the {@code User-Agent}, such as {@code schedkit-jicoo}
   * @param interceptors the module's own application interceptors, run in order inside the retry
   *     policy and before the rate limiter and the credential (for example Cronofy's token
   *     refresh)
   * @return the Retrofit instance
   */
  protected final Retrofit buildRetrofit(
      ClientResources resources,
      String defaultBaseUrl,
      Credentials credentials,
      String product,
      Interceptor... interceptors) {
    HttpUrl url = baseUrl != null ? baseUrl : HttpUrl.get(defaultBaseUrl);
    if (!url.encodedPath().endsWith("/")) {
      url = url.newBuilder().addPathSegment("").build();
    }
    OkHttpClient.Builder http = resources.httpClientBuilder();
    if (connectTimeout != null) {
      http.connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (readTimeout != null) {
      http.readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (writeTimeout != null) {
      http.writeTimeout(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (callTimeout != null) {
      http.callTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    http.addInterceptor(new RetryInterceptor(retryPolicy, attemptListener));
    for (Interceptor interceptor : interceptors) {
      http.addInterceptor(interceptor);
    }
    if (rateLimiter != null) {
      http.addInterceptor(new RateLimitInterceptor(rateLimiter));
    }
    // The RetryPolicy is the one place that sends a request again: OkHttp would otherwise resend
    // by itself after a connection dropped mid-request, a 408 or a 503 with Retry-After: 0, POSTs
    // included, unseen by the policy and the attempt listener.
    http.retryOnConnectionFailure(false);
    http.addInterceptor(ImmediateRetryGuard.restore());
    http.addNetworkInterceptor(ImmediateRetryGuard.hide());
    http.addNetworkInterceptor(new AuthInterceptor());
    if (logLevel != LogLevel.NONE) {
      http.addNetworkInterceptor(HttpLogging.interceptor(logLevel, logger, credentials.headerNames()));
    }
    return new Retrofit.Builder()
        .baseUrl(url)
        .client(http.build())
        .addCallAdapterFactory(
            new ApiCallAdapterFactory(credentials, resources, product + "/" + SdkVersion.get() + " (Java)"))
        .addConverterFactory(new JsonConverterFactory(Json.gson()))
        .build();
  }

  /**
   * Reads one setting of {@code fromEnv()} the way every schedkit client does: a variable that is
   * unset, empty or only whitespace counts as absent, so it leaves the builder's value alone.
   *
   * @param environment the environment, such as {@code System::getenv}
   * @param name the variable name
   * @return the value without surrounding whitespace, or {@code null} when absent
   */
  protected static @Nullable String environmentValue(
      Function<String, @Nullable String> environment, String name) {
    String value = environment.apply(name);
    return value == null || value.trim().isEmpty() ? null : value.trim();
  }

  /**
   * Returns this builder as its concrete type.
   *
   * @return this
   */
  protected abstract B self();

  private static Duration checkTimeout(Duration timeout, String name) {
    Objects.requireNonNull(timeout, name);
    if (timeout.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, got " + timeout);
    }
    return timeout;
  }
}
