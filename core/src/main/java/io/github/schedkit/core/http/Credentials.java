package io.github.schedkit.core.http;

import io.github.schedkit.core.errors.MissingCredentialException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The credentials a client holds, by security-scheme name from the spec, and for each scheme the
 * client lacks, the builder setting that would provide it. Chooses the credential an operation
 * needs from its {@link Endpoint#security()}.
 */
public final class Credentials {
  private final Map<String, Credential> byScheme;
  private final Map<String, String> missingHints;

  private Credentials(Builder builder) {
    this.byScheme = Collections.unmodifiableMap(new LinkedHashMap<>(builder.byScheme));
    this.missingHints = Collections.unmodifiableMap(new LinkedHashMap<>(builder.missingHints));
  }

  /**
   * Starts an empty set of credentials.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the credential to send for an operation, checking that one is available.
   *
   * @param endpoint the operation
   * @return the credential, or {@code null} when the operation needs none
   * @throws MissingCredentialException if the operation needs a credential the client lacks
   */
  public Credential require(Endpoint endpoint) {
    Credential credential = find(endpoint);
    if (credential != null || endpoint.security().length == 0 || endpoint.securityOptional()) {
      return credential;
    }
    StringBuilder message =
        new StringBuilder(endpoint.operationId()).append(" needs a credential this client lacks: set ");
    String[] schemes = endpoint.security();
    for (int i = 0; i < schemes.length; i++) {
      if (i > 0) {
        message.append(" or ");
      }
      String hint = missingHints.get(schemes[i]);
      message.append(hint != null ? hint : "a credential for security scheme '" + schemes[i] + "'");
    }
    throw new MissingCredentialException(message.append(" on the client builder").toString());
  }

  /**
   * Returns the first configured credential among the operation's schemes.
   *
   * @param endpoint the operation
   * @return the credential, or {@code null} if none is configured or none is needed
   */
  public @Nullable Credential find(Endpoint endpoint) {
    for (String scheme : endpoint.security()) {
      Credential credential = byScheme.get(scheme);
      if (credential != null) {
        return credential;
      }
    }
    return null;
  }

  /**
   * Returns the headers the configured credentials travel in, for redaction.
   *
   * @return the header names
   */
  public Set<String> headerNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Credential credential : byScheme.values()) {
      names.add(credential.headerName());
    }
    return names;
  }

  /** Lists the configured scheme names, never the secrets. */
  @Override
  public String toString() {
    return "Credentials" + byScheme.keySet();
  }

  /** Builds {@link Credentials}. */
  public static final class Builder {
    private final Map<String, Credential> byScheme = new LinkedHashMap<>();
    private final Map<String, String> missingHints = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the credential for a security scheme.
     *
     * @param scheme the scheme name from the spec
     * @param credential the credential
     * @return this builder
     */
    public Builder scheme(String scheme, Credential credential) {
      byScheme.put(scheme, credential);
      return this;
    }

    /**
     * Names the builder setting that provides a scheme, for the message of a missing credential.
     *
     * @param scheme the scheme name from the spec
     * @param builderSetting the setting, such as {@code .accessToken(..)}
     * @return this builder
     */
    public Builder hint(String scheme, String builderSetting) {
      missingHints.put(scheme, builderSetting);
      return this;
    }

    /**
     * Builds the credentials.
     *
     * @return the credentials
     */
    public Credentials build() {
      return new Credentials(this);
    }
  }
}
