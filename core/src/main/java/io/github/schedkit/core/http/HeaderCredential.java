package io.github.schedkit.core.http;

import java.util.Objects;
import okhttp3.Request;

/** A credential carried in one request header; its value never appears in {@link #toString()}. */
final class HeaderCredential implements Credential {
  private final String name;
  private final String value;

  HeaderCredential(String name, String value) {
    this.name = Objects.requireNonNull(name, "name");
    this.value = Objects.requireNonNull(value, "value");
  }

  @Override
  public void applyTo(Request.Builder request) {
    request.header(name, value);
  }

  @Override
  public String headerName() {
    return name;
  }

  @Override
  public String toString() {
    return "HeaderCredential{" + name + ": ██}";
  }
}
