package io.github.schedkit.cronofy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What every request for one of Cronofy's authorization pages has: where to send the person
 * back, the scopes asked for, and the state returned with the code.
 */
abstract class AuthorizationPageRequest {
  private final String redirectUri;
  private final List<String> scopes;
  private final String state;

  AuthorizationPageRequest(Builder<?> builder) {
    this.redirectUri = builder.redirectUri;
    this.scopes = Collections.unmodifiableList(new ArrayList<>(builder.scopes));
    this.state = builder.state;
  }

  String redirectUri() {
    return redirectUri;
  }

  List<String> scopes() {
    return scopes;
  }

  String state() {
    return state;
  }

  /**
   * The settings every authorization request shares.
   *
   * @param <B> the concrete builder
   */
  abstract static class Builder<B extends Builder<B>> {
    private String redirectUri;
    private final List<String> scopes = new ArrayList<>();
    private String state;

    Builder() {}

    /**
     * Sets where Cronofy sends the person back with {@code code} and {@code state}. Pass the same
     * URI to {@link CronofyOAuth#exchangeCode(String, String)}.
     *
     * @param redirectUri the redirect URI registered for the application
     * @return this builder
     */
    public B redirectUri(String redirectUri) {
      this.redirectUri = redirectUri;
      return self();
    }

    /**
     * Sets the value returned unchanged with the code; use it to prevent cross-site request
     * forgery.
     *
     * @param state the state
     * @return this builder
     */
    public B state(String state) {
      this.state = state;
      return self();
    }

    /** Adds scopes, refusing {@code null} ones. */
    B addScopes(String... scopes) {
      addAll(this.scopes, scopes, "scope");
      return self();
    }

    /**
     * Checks that the redirect URI and at least one scope are set.
     *
     * @param request the request's class name, for the message
     * @throws IllegalStateException naming the missing setting
     */
    void requireRedirectUriAndScope(String request) {
      if (redirectUri == null || redirectUri.trim().isEmpty()) {
        throw new IllegalStateException(request + " needs .redirectUri(..)");
      }
      if (scopes.isEmpty()) {
        throw new IllegalStateException(request + " needs at least one .scope(..)");
      }
    }

    abstract B self();

    /** Adds values to a list, refusing {@code null} ones with the setting's name. */
    static void addAll(List<String> target, String[] values, String setting) {
      for (String value : values) {
        target.add(Objects.requireNonNull(value, setting));
      }
    }
  }
}
