package io.github.schedkit.jicoo;

import io.github.schedkit.core.ClientBuilder;
import io.github.schedkit.core.errors.MissingCredentialException;
import io.github.schedkit.core.http.ClientResources;
import io.github.schedkit.core.http.Credential;
import io.github.schedkit.core.http.Credentials;
import java.util.function.Function;
import retrofit2.Retrofit;

/**
 * Client for the Jicoo API. Build one per API key and share it: it is thread-safe and holds a
 * connection pool. {@link #close()} it when done; built on your own {@code OkHttpClient}, that
 * client is left alone. Its accessors of the API's operations, one per tag of
 * {@code spec/jicoo.yaml} ({@code bookings()}, {@code eventTypes()}, ...), are generated from the spec.
 *
 * <pre>{@code
 * JicooClient jicoo = JicooClient.builder().apiKey("sk_live_...").build();
 * Booking booking = jicoo.bookings().getBooking("ACDADADASS").execute();
 * }</pre>
 */
public final class JicooClient extends JicooApis implements AutoCloseable {
  private final String baseUrl;
  private final ClientResources resources;

  private JicooClient(Retrofit retrofit, ClientResources resources) {
    super(retrofit);
    this.resources = resources;
    this.baseUrl = retrofit.baseUrl().toString();
  }

  /**
   * Starts a client builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Releases what the client owns: its async retry scheduler and, when built without {@code
   * .okHttpClient(..)}, its dispatcher and its share of the connection pool. Calls started
   * afterwards fail with {@link IllegalStateException}; async retries still waiting fail with
   * {@link io.github.schedkit.core.errors.ApiConnectionException}. A caller-supplied {@code
   * OkHttpClient} is left alone. Idempotent.
   */
  @Override
  public void close() {
    resources.close();
  }

  /** Shows the base URL; never the API key. */
  @Override
  public String toString() {
    return "JicooClient{baseUrl=" + baseUrl + "}";
  }

  /** Builds a {@link JicooClient}. The API key is required; everything else is optional. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String apiKey;

    private Builder() {}

    /**
     * Sets the API key, sent as {@code X-Jicoo-Api-Key}. Keys start with {@code sk_live_} and are
     * managed in the Jicoo dashboard under Integrations, API keys.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Reads settings from the environment: {@code JICOO_API_KEY} and {@code JICOO_BASE_URL}. A
     * variable that is unset, empty or only whitespace counts as absent and leaves the builder's
     * value alone, as in {@code CronofyClient.Builder.fromEnv()}.
     *
     * @return this builder
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    /** {@link #fromEnv()} on the given environment; for tests. */
    Builder fromEnv(Function<String, String> environment) {
      String key = environmentValue(environment, "JICOO_API_KEY");
      if (key != null) {
        apiKey(key);
      }
      String url = environmentValue(environment, "JICOO_BASE_URL");
      if (url != null) {
        baseUrl(url);
      }
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws MissingCredentialException if no API key, or a blank one, was set
     */
    public JicooClient build() {
      if (apiKey == null || apiKey.trim().isEmpty()) {
        throw new MissingCredentialException(
            "JicooClient needs an API key: call .apiKey(\"sk_live_...\") (or .fromEnv() with"
                + " JICOO_API_KEY set) on the builder"
                + (apiKey == null ? "" : "; the key given was blank"));
      }
      Credentials credentials =
          credentialHints()
              .scheme(JICOO_API_KEY_SCHEME, Credential.header(JICOO_API_KEY_HEADER, apiKey.trim()))
              .build();
      ClientResources resources = openResources();
      return new JicooClient(buildRetrofit(resources, DEFAULT_BASE_URL, credentials, "schedkit-jicoo"), resources);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Shows whether a key is set; never the key. */
    @Override
    public String toString() {
      return "JicooClient.Builder{apiKey=" + (apiKey == null ? "unset" : "set") + "}";
    }
  }
}
