package io.github.schedkit.core.http;

import io.github.schedkit.core.errors.CredentialHeaderException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * The extra headers and query parameters of {@code ApiCall.withHeader} and {@code
 * withQueryParameter}: checked, then added to a copy of the request.
 */
final class PerCallOptions {
  /** Headers that carry credentials whatever the client's credentials are. */
  private static final Set<String> CREDENTIAL_HEADERS = caseInsensitive(
      Arrays.asList("Authorization", "Proxy-Authorization", "Cookie"));

  private PerCallOptions() {}

  /**
   * Returns {@code request} with header {@code name} set to {@code value}.
   *
   * @throws CredentialHeaderException if the header carries credentials
   * @throws IllegalArgumentException if the name or value is missing or not valid in a header
   */
  static Request withHeader(Request request, String name, String value) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a per-call header needs a name; got " + (name == null ? "null" : "\"\""));
    }
    if (isCredentialHeader(request, name)) {
      throw new CredentialHeaderException(name);
    }
    if (value == null) {
      throw new IllegalArgumentException("the per-call header '" + name + "' needs a value; got null");
    }
    try {
      new Headers.Builder().add(name, value);
    } catch (IllegalArgumentException invalid) {
      throw new IllegalArgumentException(
          "the per-call header '" + name + "' has a character not allowed in an HTTP header name or value");
    }
    return request.newBuilder().header(name, value).build();
  }

  /**
   * Returns {@code request} with query parameter {@code name=value} added.
   *
   * @throws IllegalArgumentException if the name is missing or empty, or the value is missing
   */
  static Request withQueryParameter(Request request, String name, String value) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(
          "a per-call query parameter needs a name; got " + (name == null ? "null" : "\"\""));
    }
    if (value == null) {
      throw new IllegalArgumentException("the per-call query parameter '" + name + "' needs a value; got null");
    }
    return request.newBuilder().url(request.url().newBuilder().addQueryParameter(name, value).build()).build();
  }

  private static boolean isCredentialHeader(Request request, String name) {
    if (CREDENTIAL_HEADERS.contains(name)) {
      return true;
    }
    CallContext context = CallContext.of(request);
    return context != null && caseInsensitive(context.credentials().headerNames()).contains(name);
  }

  private static Set<String> caseInsensitive(Iterable<String> names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : names) {
      set.add(name);
    }
    return Collections.unmodifiableSet(set);
  }
}
