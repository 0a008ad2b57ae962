package io.github.schedkit.core.http;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.ApiCallback;
import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.ApiTimeoutException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.errors.SchedkitException;
import io.github.schedkit.core.pagination.Page;
import io.github.schedkit.core.pagination.PageHolder;
import io.github.schedkit.core.pagination.PageSource;
import io.github.schedkit.core.pagination.Pages;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.annotation.Annotation;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.Okio;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The {@link ApiCall} behind every generated operation: sends the request Retrofit built through
 * OkHttp, turns error statuses and I/O failures into typed exceptions, decodes success bodies,
 * and connects decoded pages to their source. Always closes the response.
 */
final class HttpApiCall<T> implements ApiCall<T> {
  private final Retrofit retrofit;
  private final Request request;
  private final Converter<ResponseBody, ?> converter;
  private final CallContext context;
  private final String resultType;
  private final Duration timeout;
  private final AtomicBoolean executed = new AtomicBoolean();
  private volatile Call rawCall;
  private volatile boolean canceled;

  HttpApiCall(
      Retrofit retrofit,
      Request request,
      Converter<ResponseBody, ?> converter,
      String resultType) {
    this(retrofit, request, converter, resultType, null);
  }

  private HttpApiCall(
      Retrofit retrofit,
      Request request,
      Converter<ResponseBody, ?> converter,
      String resultType,
      Duration timeout) {
    this.retrofit = retrofit;
    this.request = request;
    this.context = Objects.requireNonNull(CallContext.of(request), "the request's CallContext tag");
    this.converter = converter;
    this.resultType = resultType;
    this.timeout = timeout;
  }

  @Override
  public T execute() {
    return executeWithResponse().body();
  }

  @Override
  public ApiResponse<T> executeWithResponse() {
    Call call = start();
    Response response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw transportFailure(e);
    }
    return handle(response);
  }

  @Override
  public void enqueue(ApiCallback<T> callback) {
    markExecuted();
    DeferredRetry deferred = new DeferredRetry();
    Request tagged = request.newBuilder().tag(DeferredRetry.class, deferred).build();
    ScheduledAttempts.start(
        context.resources(),
        deferred,
        new ScheduledAttempts.Attempts() {
          @Override
          public Call next(long timeoutMillis) {
            return newCall(tagged, timeoutMillis);
          }

          @Override
          public boolean canceled() {
            return canceled;
          }
        },
        new ScheduledAttempts.Outcome() {
          @Override
          public void response(Response response) {
            ApiResponse<T> result;
            try {
              result = handle(response);
            } catch (SchedkitException failure) {
              deliver(() -> callback.onFailure(failure));
              return;
            }
            deliver(() -> callback.onResponse(result));
          }

          @Override
          public void failure(IOException e) {
            SchedkitException failure = transportFailure(e);
            deliver(() -> callback.onFailure(failure));
          }
        },
        wholeCallTimeoutMillis());
  }

  @Override
  public void cancel() {
    canceled = true;
    Call call = rawCall;
    if (call != null) {
      call.cancel();
    }
  }

  @Override
  public boolean isCanceled() {
    return canceled;
  }

  @Override
  public boolean isExecuted() {
    return executed.get();
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public ApiCall<T> copy() {
    return new HttpApiCall<>(
        retrofit, forAnotherCall(request.newBuilder()), converter, resultType, timeout);
  }

  @Override
  public ApiCall<T> withTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
    }
    return new HttpApiCall<>(
        retrofit, forAnotherCall(request.newBuilder()), converter, resultType, timeout);
  }

  @Override
  public ApiCall<T> withHeader(String name, String value) {
    return withRequest(PerCallOptions.withHeader(request, name, value).newBuilder());
  }

  @Override
  public ApiCall<T> withQueryParameter(String name, String value) {
    return withRequest(PerCallOptions.withQueryParameter(request, name, value).newBuilder());
  }

  /** Returns the operation, method and URL path; never headers or query values. */
  @Override
  public String toString() {
    return "ApiCall{" + context.operation() + "}";
  }

  /** A GET of another page of the same operation: same headers and credential, no body. */
  private <P> HttpApiCall<P> pageCall(HttpUrl url, Converter<ResponseBody, P> pageConverter, String pageType) {
    return new HttpApiCall<>(
        retrofit, forAnotherCall(request.newBuilder().url(url).get()), pageConverter, pageType);
  }

  private HttpApiCall<T> withRequest(Request.Builder changed) {
    return new HttpApiCall<>(retrofit, forAnotherCall(changed), converter, resultType, timeout);
  }

  /** The request of another call: the same, with attempts counted from zero. */
  private Request forAnotherCall(Request.Builder request) {
    return request.tag(CallContext.class, context.forAnotherCall()).build();
  }

  private Call start() {
    markExecuted();
    return newCall(request, timeout == null ? -1 : timeout.toMillis());
  }

  private void markExecuted() {
    if (context.resources().isClosed()) {
      throw new IllegalStateException(context.operation() + ": the client was closed");
    }
    if (!executed.compareAndSet(false, true)) {
      throw new IllegalStateException("this call was already executed; use copy() to run it again");
    }
  }

  /** A new OkHttp call for {@code tagged}, with {@code timeoutMillis} unless negative. */
  private Call newCall(Request tagged, long timeoutMillis) {
    Call call = retrofit.callFactory().newCall(tagged);
    if (timeoutMillis >= 0) {
      call.timeout().timeout(timeoutMillis, TimeUnit.MILLISECONDS);
    }
    rawCall = call;
    if (canceled) {
      call.cancel();
    }
    return call;
  }

  /** The timeout of the whole call, all attempts included: this call's own, or the client's. */
  private long wholeCallTimeoutMillis() {
    if (timeout != null) {
      return timeout.toMillis();
    }
    Call.Factory factory = retrofit.callFactory();
    return factory instanceof OkHttpClient ? ((OkHttpClient) factory).callTimeoutMillis() : 0;
  }

  private ApiResponse<T> handle(Response response) {
    try (ResponseBody body = response.body()) {
      int status = response.code();
      if (!response.isSuccessful()) {
        throw ErrorResponses.toException(context.operation(), response, context.attempts());
      }
      if (status == 204 || status == 205 || body == null) {
        return new ApiResponse<>(status, response.headers(), null);
      }
      Object decoded = decode(response, body);
      if (decoded instanceof Unwrapped) {
        Unwrapped<?> unwrapped = (Unwrapped<?>) decoded;
        return new ApiResponse<>(status, response.headers(), cast(unwrapped.value()), unwrapped.envelope());
      }
      return new ApiResponse<>(status, response.headers(), cast(decoded));
    }
  }

  /** The converter was made for {@code T}, or for {@code Unwrapped<T>}, by the adapter factory. */
  @SuppressWarnings("unchecked")
  private T cast(Object value) {
    return (T) value;
  }

  /**
   * Reads the whole body first, so a connection that fails mid-body is a transport failure and
   * only what was fully received is decoded. The converter reads the buffer through a {@link
   * BufferReader}, so the body is still at hand for an error, and the buffer's segments return to
   * okio's pool afterwards. A {@code 202 Accepted} without any body (an asynchronous write whose
   * answer may carry a body only on request, such as Cronofy's delete with {@code
   * include_userinfo}) decodes to {@code null}.
   */
  private Object decode(Response response, ResponseBody body) {
    Buffer received = new Buffer();
    try {
      received.readFrom(body.byteStream());
    } catch (IOException e) {
      received.clear();
      throw transportFailure(e);
    }
    if (response.code() == 202 && received.size() == 0) {
      return null;
    }
    MediaType contentType = ContentTypes.of(response, body);
    Object decoded;
    try {
      decoded =
          converter.convert(
              ResponseBody.create(Okio.buffer(new BufferReader(received)), contentType, received.size()));
    } catch (IOException | RuntimeException e) {
      throw new ResponseDecodingException(
          context.operation(),
          resultType,
          e,
          response.code(),
          response.headers(),
          ErrorResponses.bodyText(received));
    } finally {
      received.clear();
    }
    Object value = decoded instanceof Unwrapped ? ((Unwrapped<?>) decoded).value() : decoded;
    if (value instanceof Page) {
      Pages.attach((Page<?, ?>) value, new Source<>(converter, resultType));
    }
    if (value instanceof PageHolder) {
      for (Page<?, ?> nested : ((PageHolder) value).nestedPages()) {
        Class<?> pageType = nested.getClass();
        Converter<ResponseBody, ?> pageConverter =
            retrofit.responseBodyConverter(pageType, new Annotation[0]);
        Pages.attach(nested, new Source<>(pageConverter, pageType.getSimpleName()));
      }
    }
    return decoded;
  }

  /** Fetches further pages of the page this call decoded (or of a page embedded in it). */
  private final class Source<P> implements PageSource<P> {
    private final Converter<ResponseBody, P> pageConverter;
    private final String pageType;

    Source(Converter<ResponseBody, P> pageConverter, String pageType) {
      this.pageConverter = pageConverter;
      this.pageType = pageType;
    }

    @Override
    public HttpUrl url() {
      return request.url();
    }

    @Override
    public ApiCall<P> callFor(HttpUrl url) {
      return pageCall(url, pageConverter, pageType);
    }
  }

  private SchedkitException transportFailure(IOException e) {
    if (e instanceof CarriedException) {
      return ((CarriedException) e).carried();
    }
    boolean timedOut =
        e instanceof SocketTimeoutException
            || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
    if (timedOut && !canceled) {
      return new ApiTimeoutException(context.operation(), context.attempts(), (InterruptedIOException) e);
    }
    return new ApiConnectionException(context.operation(), context.attempts(), e);
  }

  private void deliver(Runnable outcome) {
    Executor callbackExecutor = retrofit.callbackExecutor();
    if (callbackExecutor == null) {
      outcome.run();
    } else {
      callbackExecutor.execute(outcome);
    }
  }
}
