package io.github.schedkit.core.http;

import io.github.schedkit.core.OperationInfo;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * What schedkit's interceptors know about the call a request belongs to: its operation, the
 * credential it is sent with, the client's credentials and resources, and how many times the
 * call's request was sent. Each request a schedkit client makes carries one as its tag; a request
 * without it (sent by other code on a shared {@code OkHttpClient}) passes schedkit's interceptors
 * unchanged.
 *
 * <p>One tag instead of one per fact: OkHttp copies a request's tags every time an interceptor
 * changes the request.
 */
public final class CallContext {
  private final Endpoint endpoint;
  private final OperationInfo operation;
  private final @Nullable Credential credential;
  private final Credentials credentials;
  private final ClientResources resources;
  private final AtomicInteger attempts = new AtomicInteger();

  CallContext(
      Endpoint endpoint,
      OperationInfo operation,
      @Nullable Credential credential,
      Credentials credentials,
      ClientResources resources) {
    this.endpoint = endpoint;
    this.operation = operation;
    this.credential = credential;
    this.credentials = credentials;
    this.resources = resources;
  }

  /**
   * Returns the call context of a request.
   *
   * @param request the request
   * @return its context, or {@code null} if a schedkit client did not make it
   */
  public static @Nullable CallContext of(Request request) {
    return request.tag(CallContext.class);
  }

  /**
   * Returns the operation's annotation, as declared on the generated interface.
   *
   * @return the endpoint
   */
  public Endpoint endpoint() {
    return endpoint;
  }

  /**
   * Returns the operation, as exceptions and attempt events name it.
   *
   * @return the operation
   */
  public OperationInfo operation() {
    return operation;
  }

  /**
   * Returns the credential the call is sent with: the first of the operation's security schemes
   * the client has a credential for.
   *
   * @return the credential, or {@code null} if the operation needs none or its credential is
   *     optional and the client has none
   */
  @Nullable Credential credential() {
    return credential;
  }

  /**
   * Returns the credentials of the client making the call.
   *
   * @return the credentials
   */
  Credentials credentials() {
    return credentials;
  }

  /**
   * Returns what the client making the call owns.
   *
   * @return the client's resources
   */
  ClientResources resources() {
    return resources;
  }

  /**
   * Records one more sending of the call's request; the retry policy calls this.
   *
   * @return the number of attempts so far
   */
  int recordAttempt() {
    return attempts.incrementAndGet();
  }

  /**
   * Returns the number of attempts, at least 1 once anything was sent.
   *
   * @return the attempts
   */
  public int attempts() {
    return Math.max(1, attempts.get());
  }

  /** The same operation and client, for another call: its attempts counted from zero. */
  CallContext forAnotherCall() {
    return new CallContext(endpoint, operation, credential, credentials, resources);
  }
}
