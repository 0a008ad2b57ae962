package io.github.schedkit.cronofy;

/**
 * What to ask a user for on Cronofy's authorization page: where to send them back, the scopes,
 * and the optional parameters the page accepts. Turn it into a URL with {@link
 * CronofyOAuth#authorizationUrl(AuthorizationRequest)}.
 *
 * <pre>{@code
 * AuthorizationRequest request = AuthorizationRequest.builder()
 *     .redirectUri("https://example.com/oauth/callback")
 *     .scope("read_events", "create_event", "delete_event")
 *     .state(csrfToken)
 *     .build();
 * }</pre>
 */
public final class AuthorizationRequest extends AuthorizationPageRequest {
  private final String locale;
  private final Boolean avoidLinking;
  private final String linkToken;
  private final String providerName;
  private final String delegatedScope;

  private AuthorizationRequest(Builder builder) {
    super(builder);
    this.locale = builder.locale;
    this.avoidLinking = builder.avoidLinking;
    this.linkToken = builder.linkToken;
    this.providerName = builder.providerName;
    this.delegatedScope = builder.delegatedScope;
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  String locale() {
    return locale;
  }

  Boolean avoidLinking() {
    return avoidLinking;
  }

  String linkToken() {
    return linkToken;
  }

  String providerName() {
    return providerName;
  }

  String delegatedScope() {
    return delegatedScope;
  }

  /** Builds an {@link AuthorizationRequest}; the redirect URI and at least one scope are required. */
  public static final class Builder extends AuthorizationPageRequest.Builder<Builder> {
    private String locale;
    private Boolean avoidLinking;
    private String linkToken;
    private String providerName;
    private String delegatedScope;

    private Builder() {}

    /**
     * Adds scopes, such as {@code read_events}, {@code create_event}, {@code delete_event}, {@code
     * read_free_busy}, {@code create_calendar}, {@code change_participation_status}, or the
     * simplified {@code read_only} and {@code read_write}.
     *
     * @param scopes the scopes to add
     * @return this builder
     */
    public Builder scope(String... scopes) {
      return addScopes(scopes);
    }

    /**
     * Sets the language of the authorization page, such as {@code de} or {@code fr}.
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(String locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Asks Cronofy not to link this authorization to an account the user already has.
     *
     * @param avoidLinking whether to avoid linking
     * @return this builder
     */
    public Builder avoidLinking(boolean avoidLinking) {
      this.avoidLinking = avoidLinking;
      return this;
    }

    /**
     * Sets a link token (from the Link Tokens API) to link the authorization to an existing
     * account explicitly.
     *
     * @param linkToken the link token
     * @return this builder
     */
    public Builder linkToken(String linkToken) {
      this.linkToken = linkToken;
      return this;
    }

    /**
     * Pre-selects a calendar provider, such as {@code google} or {@code office365}.
     *
     * @param providerName the provider
     * @return this builder
     */
    public Builder providerName(String providerName) {
      this.providerName = providerName;
      return this;
    }

    /**
     * Sets the delegated scope for Business Connect, {@code free_busy} or {@code read_only}.
     *
     * @param delegatedScope the delegated scope
     * @return this builder
     */
    public Builder delegatedScope(String delegatedScope) {
      this.delegatedScope = delegatedScope;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalStateException if the redirect URI or every scope is missing
     */
    public AuthorizationRequest build() {
      requireRedirectUriAndScope("AuthorizationRequest");
      return new AuthorizationRequest(this);
    }

    @Override
    Builder self() {
      return this;
    }
  }
}
