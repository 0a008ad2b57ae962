package io.github.schedkit.cronofy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What to ask a domain administrator for on Cronofy's Enterprise Connect authorization page: the
 * service account's scopes, the delegated scopes it may later grant on the domain's users and
 * resources, and where to send the administrator back. Turn it into a URL with {@link
 * CronofyOAuth#enterpriseConnectAuthorizationUrl(EnterpriseConnectAuthorizationRequest)}.
 *
 * <pre>{@code
 * EnterpriseConnectAuthorizationRequest request = EnterpriseConnectAuthorizationRequest.builder()
 *     .redirectUri("https://example.com/oauth/enterprise_connect")
 *     .scope("service_account/accounts/manage", "service_account/resources/manage")
 *     .delegatedScope("read_write")
 *     .state(csrfToken)
 *     .build();
 * }</pre>
 */
public final class EnterpriseConnectAuthorizationRequest extends AuthorizationPageRequest {
  private final List<String> delegatedScopes;

  private EnterpriseConnectAuthorizationRequest(Builder builder) {
    super(builder);
    this.delegatedScopes = Collections.unmodifiableList(new ArrayList<>(builder.delegatedScopes));
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  List<String> delegatedScopes() {
    return delegatedScopes;
  }

  /**
   * Builds an {@link EnterpriseConnectAuthorizationRequest}; the redirect URI, at least one scope
   * and at least one delegated scope are required. The administrator comes back to the redirect
   * URI with the code of the service account's tokens.
   */
  public static final class Builder extends AuthorizationPageRequest.Builder<Builder> {
    private final List<String> delegatedScopes = new ArrayList<>();

    private Builder() {}

    /**
     * Adds scopes of the service account: {@code service_account/accounts/manage}, {@code
     * service_account/accounts/unrestricted_access}, {@code service_account/resources/manage} or
     * {@code service_account/resources/unrestricted_access}.
     *
     * @param scopes the scopes to add
     * @return this builder
     */
    public Builder scope(String... scopes) {
      return addScopes(scopes);
    }

    /**
     * Adds delegated scopes: the most the service account may later grant on a user's or
     * resource's calendar, such as {@code read_only}, {@code write_only}, {@code read_write},
     * {@code free_busy} or {@code free_busy_write}.
     *
     * @param delegatedScopes the delegated scopes to add
     * @return this builder
     */
    public Builder delegatedScope(String... delegatedScopes) {
      addAll(this.delegatedScopes, delegatedScopes, "delegatedScope");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalStateException if the redirect URI, every scope or every delegated scope is
     *     missing
     */
    public EnterpriseConnectAuthorizationRequest build() {
      requireRedirectUriAndScope("EnterpriseConnectAuthorizationRequest");
      if (delegatedScopes.isEmpty()) {
        throw new IllegalStateException("EnterpriseConnectAuthorizationRequest needs at least one .delegatedScope(..)");
      }
      return new EnterpriseConnectAuthorizationRequest(this);
    }

    @Override
    Builder self() {
      return this;
    }
  }
}
