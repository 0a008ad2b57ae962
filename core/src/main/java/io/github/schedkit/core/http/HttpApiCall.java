package io.github.schedkit.core.http;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.ApiCallback;
import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.core.OperationInfo;
import io.github.schedkit.core.errors.ApiConnectionException;
import io.github.schedkit.core.errors.ApiException;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The {@link ApiCall} behind every generated operation: sends the request Retrofit built through
 * OkHttp, turns error statuses and I/O failures into typed exceptions, decodes success bodies,
 * and connects decoded pages to their source. Always closes the response.
 */
final class HttpApiCall<T> implements ApiCall<T> {
  private static final long MAX_ERROR_BODY_BYTES = ApiException.MAX_BODY_CHARS * 4L;

  private final Retrofit retrofit;
  private final Request request;
  private final Converter<ResponseBody, T> converter;
  private final OperationInfo operation;
  private final String resultType;
  private final Duration timeout;
  private final AtomicBoolean executed = new AtomicBoolean();
  private final AttemptCounter attempts = new AttemptCounter();
  private volatile Call rawCall;
  private volatile boolean canceled;

  HttpApiCall(
      Retrofit retrofit,
      Request request,
      Converter<ResponseBody, T> converter,
      OperationInfo operation,
      String resultType) {
    this(retrofit, request, converter, operation, resultType, null);
  }

  private HttpApiCall(
      Retrofit retrofit,
      Request request,
      Converter<ResponseBody, T> converter,
      OperationInfo operation,
      String resultType,
      Duration timeout) {
    this.retrofit = retrofit;
    this.request = request;
    this.converter = converter;
    this.operation = operation;
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
    Call call = start();
    call.enqueue(
        new Callback() {
          @Override
          public void onResponse(Call call, Response response) {
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
          public void onFailure(Call call, IOException e) {
            SchedkitException failure = transportFailure(e);
            deliver(() -> callback.onFailure(failure));
          }
        });
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
    return new HttpApiCall<>(retrofit, request, converter, operation, resultType, timeout);
  }

  @Override
  public ApiCall<T> withTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
    }
    return new HttpApiCall<>(retrofit, request, converter, operation, resultType, timeout);
  }

  /** Returns the operation, method and URL path; never headers or query values. */
  @Override
  public String toString() {
    return "ApiCall{" + operation + "}";
  }

  /** A GET of another page of the same operation: same headers and credential, no body. */
  private <P> HttpApiCall<P> pageCall(HttpUrl url, Converter<ResponseBody, P> pageConverter, String pageType) {
    return new HttpApiCall<>(
        retrofit, request.newBuilder().url(url).get().build(), pageConverter, operation, pageType);
  }

  private Call start() {
    if (!executed.compareAndSet(false, true)) {
      throw new IllegalStateException("this call was already executed; use copy() to run it again");
    }
    Call call =
        retrofit.callFactory().newCall(request.newBuilder().tag(AttemptCounter.class, attempts).build());
    if (timeout != null) {
      call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    rawCall = call;
    if (canceled) {
      call.cancel();
    }
    return call;
  }

  private ApiResponse<T> handle(Response response) {
    try (ResponseBody body = response.body()) {
      int status = response.code();
      if (!response.isSuccessful()) {
        throw ApiException.of(
            operation, status, response.headers(), readBounded(body), attempts.get());
      }
      T value = status == 204 || status == 205 || body == null ? null : decode(body, status);
      return new ApiResponse<>(status, response.headers(), value);
    }
  }

  /**
   * Reads the whole body first, so a connection that fails mid-body is a transport failure and
   * only what was fully received is decoded. The bytes are moved into the buffer, not copied. A
   * {@code 202 Accepted} without any body (an asynchronous write whose answer may carry a body only
   * on request, such as Cronofy's delete with {@code include_userinfo}) decodes to {@code null}.
   */
  private T decode(ResponseBody body, int status) {
    Buffer received = new Buffer();
    try {
      body.source().readAll(received);
    } catch (IOException e) {
      throw transportFailure(e);
    }
    if (status == 202 && received.size() == 0) {
      return null;
    }
    MediaType contentType = body.contentType();
    T value;
    try {
      value = converter.convert(ResponseBody.create(received, contentType, received.size()));
    } catch (IOException | RuntimeException e) {
      throw new ResponseDecodingException(operation, resultType, e);
    }
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
    return value;
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
    boolean timedOut =
        e instanceof SocketTimeoutException
            || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
    if (timedOut && !canceled) {
      return new ApiTimeoutException(operation, attempts.get(), (InterruptedIOException) e);
    }
    return new ApiConnectionException(operation, attempts.get(), e);
  }

  private void deliver(Runnable outcome) {
    Executor callbackExecutor = retrofit.callbackExecutor();
    if (callbackExecutor == null) {
      outcome.run();
    } else {
      callbackExecutor.execute(outcome);
    }
  }

  private static String readBounded(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try {
      BufferedSource source = body.source();
      source.request(MAX_ERROR_BODY_BYTES);
      Buffer copy = source.getBuffer().clone();
      long size = Math.min(copy.size(), MAX_ERROR_BODY_BYTES);
      return copy.readString(size, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      return "";
    }
  }
}
