package io.github.schedkit.cronofy;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.ApiCallback;
import io.github.schedkit.core.ApiResponse;
import io.github.schedkit.core.errors.SchedkitException;
import java.time.Duration;
import okhttp3.Request;

/**
 * A call whose decoded result is turned into another type once it arrives, for results the
 * generated interfaces cannot express (such as a batch answer paired with its requests). The
 * mapping may throw a {@link SchedkitException}; it then reaches the caller as the call's failure,
 * from {@link #execute()} or through {@link ApiCallback#onFailure}.
 *
 * @param <S> the decoded result of the underlying call
 * @param <T> the result of this call
 */
final class MappedApiCall<S, T> implements ApiCall<T> {
  /** Turns the underlying call's result into this call's result. */
  interface Mapping<S, T> {
    T apply(S result);
  }

  private final ApiCall<S> delegate;
  private final Mapping<S, T> mapping;

  MappedApiCall(ApiCall<S> delegate, Mapping<S, T> mapping) {
    this.delegate = delegate;
    this.mapping = mapping;
  }

  @Override
  public T execute() {
    return executeWithResponse().body();
  }

  @Override
  public ApiResponse<T> executeWithResponse() {
    return map(delegate.executeWithResponse());
  }

  @Override
  public void enqueue(ApiCallback<T> callback) {
    delegate.enqueue(
        new ApiCallback<S>() {
          @Override
          public void onResponse(ApiResponse<S> response) {
            ApiResponse<T> mapped;
            try {
              mapped = map(response);
            } catch (SchedkitException failure) {
              callback.onFailure(failure);
              return;
            }
            callback.onResponse(mapped);
          }

          @Override
          public void onFailure(SchedkitException failure) {
            callback.onFailure(failure);
          }
        });
  }

  @Override
  public void cancel() {
    delegate.cancel();
  }

  @Override
  public boolean isCanceled() {
    return delegate.isCanceled();
  }

  @Override
  public boolean isExecuted() {
    return delegate.isExecuted();
  }

  @Override
  public Request request() {
    return delegate.request();
  }

  @Override
  public ApiCall<T> copy() {
    return new MappedApiCall<>(delegate.copy(), mapping);
  }

  @Override
  public ApiCall<T> withTimeout(Duration timeout) {
    return new MappedApiCall<>(delegate.withTimeout(timeout), mapping);
  }

  @Override
  public ApiCall<T> withHeader(String name, String value) {
    return new MappedApiCall<>(delegate.withHeader(name, value), mapping);
  }

  @Override
  public ApiCall<T> withQueryParameter(String name, String value) {
    return new MappedApiCall<>(delegate.withQueryParameter(name, value), mapping);
  }

  /** Shows the underlying call: the operation, never headers or bodies. */
  @Override
  public String toString() {
    return delegate.toString();
  }

  private ApiResponse<T> map(ApiResponse<S> response) {
    return new ApiResponse<>(response.statusCode(), response.headers(), mapping.apply(response.body()));
  }
}
