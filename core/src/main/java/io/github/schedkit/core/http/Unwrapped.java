package io.github.schedkit.core.http;

import io.github.schedkit.core.Envelope;

/**
 * A result read from a response that may be wrapped in an envelope, with what stood beside it.
 * {@link ApiCallAdapterFactory} asks {@link JsonConverterFactory} for {@code Unwrapped<T>} when the
 * operation's {@link Endpoint#unwrap()} names a member; {@link HttpApiCall} takes it apart.
 *
 * @param <T> the result
 */
final class Unwrapped<T> {
  private final T value;
  private final Envelope envelope;

  Unwrapped(T value, Envelope envelope) {
    this.value = value;
    this.envelope = envelope;
  }

  T value() {
    return value;
  }

  Envelope envelope() {
    return envelope;
  }
}
