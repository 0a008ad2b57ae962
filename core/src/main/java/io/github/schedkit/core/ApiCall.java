package io.github.schedkit.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * One invocation of an API operation, ready to run. Every generated operation returns one.
 *
 * <p>Run it once, synchronously with {@link #execute()} or {@link #executeWithResponse()}, or
 * asynchronously with {@link #executeAsync()} (a {@link CompletableFuture}) or {@link
 * #enqueue(ApiCallback)} (suitable for Android: the callback runs on the platform's callback
 * executor, the main thread there). Use {@link #copy()} to run the same request again, and {@link
 * #withHeader} or {@link #withQueryParameter} for a copy that sends something the spec does not
 * know yet. Failures are reported as subclasses of {@link
 * io.github.schedkit.core.errors.SchedkitException}: {@link
 * io.github.schedkit.core.errors.ApiException} and its per-status subclasses for error statuses,
 * {@link io.github.schedkit.core.errors.ApiConnectionException} and {@link
 * io.github.schedkit.core.errors.ApiTimeoutException} for transport failures, and {@link
 * io.github.schedkit.core.errors.ResponseDecodingException} for a success body that does not
 * decode.
 *
 * @param <T> the decoded result; {@link Void} for operations without a response body
 */
public interface ApiCall<T extends @Nullable Object> {

  /**
   * Sends the request and returns the decoded result.
   *
   * @return the decoded body; {@code null} for operations without a response body
   * @throws io.github.schedkit.core.errors.SchedkitException on any failure
   * @throws IllegalStateException if this call was already executed
   */
  T execute();

  /**
   * Sends the request and returns the decoded result with the HTTP status and headers.
   *
   * @return the response
   * @throws io.github.schedkit.core.errors.SchedkitException on any failure
   * @throws IllegalStateException if this call was already executed
   */
  ApiResponse<T> executeWithResponse();

  /**
   * Sends the request in the background and reports the outcome to {@code callback}, exactly
   * once.
   *
   * @param callback receives the result or the failure
   * @throws IllegalStateException if this call was already executed
   */
  void enqueue(ApiCallback<T> callback);

  /**
   * Sends the request in the background and returns a future of the decoded result. The future
   * completes on the thread that {@link #enqueue(ApiCallback)} would call back on (an OkHttp
   * thread on the JVM, the main thread on Android); a failure completes it exceptionally with the
   * same typed exception {@link #execute()} would throw, which {@link CompletableFuture#join()}
   * wraps in a {@link java.util.concurrent.CompletionException} and {@link
   * CompletableFuture#get()} in an {@link java.util.concurrent.ExecutionException}. Cancelling
   * the future ({@code cancel(true)} or {@code cancel(false)}) cancels this call: the request in
   * flight is abandoned, and a retry that is waiting is never sent.
   *
   * @return the future of the decoded body; {@code null} for operations without a response body
   * @throws IllegalStateException if this call was already executed
   */
  default CompletableFuture<T> executeAsync() {
    return CallFutures.start(this, ApiResponse::body);
  }

  /**
   * Like {@link #executeAsync()}, with the HTTP status and headers.
   *
   * @return the future of the response; cancelling it cancels this call
   * @throws IllegalStateException if this call was already executed
   */
  default CompletableFuture<ApiResponse<T>> executeWithResponseAsync() {
    return CallFutures.start(this, response -> response);
  }

  /**
   * Cancels the call. A call in flight fails with {@link
   * io.github.schedkit.core.errors.ApiConnectionException}; a call not yet started will not start.
   */
  void cancel();

  /**
   * Tells whether {@link #cancel()} was called.
   *
   * @return {@code true} once cancelled
   */
  boolean isCanceled();

  /**
   * Tells whether this call was executed or enqueued.
   *
   * @return {@code true} once started
   */
  boolean isExecuted();

  /**
   * Returns the HTTP request this call sends, before authentication is added.
   *
   * @return the request
   */
  Request request();

  /**
   * Returns a new, unstarted call for the same request.
   *
   * @return a fresh call
   */
  ApiCall<T> copy();

  /**
   * Returns a new, unstarted call for the same request whose whole-call timeout (all attempts and
   * waits included) replaces the client's.
   *
   * @param timeout the timeout; zero means none
   * @return a fresh call
   */
  ApiCall<T> withTimeout(Duration timeout);

  /**
   * Returns a new, unstarted call for the same request with one more header, replacing any value
   * the request already has for that name. For headers the spec does not know yet; headers that
   * carry credentials are refused, as the client sends its own. Follow-up page calls send the
   * header too.
   *
   * @param name the header name, such as {@code X-Beta-Feature}
   * @param value the value
   * @return a fresh call
   * @throws io.github.schedkit.core.errors.CredentialHeaderException if {@code name} is {@code
   *     Authorization}, {@code Proxy-Authorization}, {@code Cookie} or a header the client's
   *     credentials travel in (any case)
   * @throws IllegalArgumentException if the name or value is missing or not valid in an HTTP
   *     header
   */
  ApiCall<T> withHeader(String name, String value);

  /**
   * Returns a new, unstarted call for the same request with one more query parameter, added after
   * those already there (a name may repeat). For parameters the spec does not know yet. Follow-up
   * page calls keep it when the next page's URL is built from this one (page numbers), not when
   * the server sends a whole next-page link.
   *
   * @param name the parameter name, sent encoded
   * @param value the value, sent encoded
   * @return a fresh call
   * @throws IllegalArgumentException if the name is missing or empty, or the value is missing
   */
  ApiCall<T> withQueryParameter(String name, String value);
}
