package io.github.schedkit.core;

import java.time.Duration;
import okhttp3.Request;

/**
 * One invocation of an API operation, ready to run. Every generated operation returns one.
 *
 * <p>Run it once, synchronously with {@link #execute()} or {@link #executeWithResponse()}, or
 * asynchronously with {@link #enqueue(ApiCallback)} (suitable for Android: the callback runs on the
 * platform's callback executor, the main thread there). Use {@link #copy()} to run the same
 * request again. Failures are reported as subclasses of {@link
 * io.github.schedkit.core.errors.SchedkitException}: {@link
 * io.github.schedkit.core.errors.ApiException} and its per-status subclasses for error statuses,
 * {@link io.github.schedkit.core.errors.ApiConnectionException} and {@link
 * io.github.schedkit.core.errors.ApiTimeoutException} for transport failures, and {@link
 * io.github.schedkit.core.errors.ResponseDecodingException} for a success body that does not
 * decode.
 *
 * @param <T> the decoded result; {@link Void} for operations without a response body
 */
public interface ApiCall<T> {

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
}
