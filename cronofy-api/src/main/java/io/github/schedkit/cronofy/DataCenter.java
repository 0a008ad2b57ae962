package io.github.schedkit.cronofy;

import java.util.Locale;

/**
 * The Cronofy data centers. Each account lives in one; its REST API (including the token,
 * refresh and revoke calls) is served by the {@link #apiBaseUrl() API host}, and the browser
 * authorization page by the {@link #appBaseUrl() app host}.
 */
public enum DataCenter {
  /** United States: {@code api.cronofy.com}, {@code app.cronofy.com}. The default. */
  US("us", ""),
  /** United Kingdom: {@code api-uk.cronofy.com}, {@code app-uk.cronofy.com}. */
  UK("uk", "-uk"),
  /** Germany: {@code api-de.cronofy.com}, {@code app-de.cronofy.com}. */
  DE("de", "-de"),
  /** Australia: {@code api-au.cronofy.com}, {@code app-au.cronofy.com}. */
  AU("au", "-au"),
  /** Canada: {@code api-ca.cronofy.com}, {@code app-ca.cronofy.com}. */
  CA("ca", "-ca"),
  /** Singapore: {@code api-sg.cronofy.com}, {@code app-sg.cronofy.com}. */
  SG("sg", "-sg");

  private final String id;
  private final String suffix;

  DataCenter(String id, String suffix) {
    this.id = id;
    this.suffix = suffix;
  }

  /**
   * Returns the data center's identifier, as Cronofy's dashboard shows it ("SDK identifier").
   *
   * @return such as {@code us} or {@code de}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the base URL of the REST API.
   *
   * @return such as {@code https://api-de.cronofy.com}
   */
  public String apiBaseUrl() {
    return "https://api" + suffix + ".cronofy.com";
  }

  /**
   * Returns the base URL of the browser-facing app, where users authorize access.
   *
   * @return such as {@code https://app-de.cronofy.com}
   */
  public String appBaseUrl() {
    return "https://app" + suffix + ".cronofy.com";
  }

  /**
   * Returns the data center with an identifier, ignoring case.
   *
   * @param id such as {@code de}
   * @return the data center
   * @throws IllegalArgumentException if no data center has that identifier
   */
  public static DataCenter fromId(String id) {
    for (DataCenter dataCenter : values()) {
      if (dataCenter.id.equals(id == null ? null : id.trim().toLowerCase(Locale.ROOT))) {
        return dataCenter;
      }
    }
    throw new IllegalArgumentException(
        "unknown Cronofy data center \"" + id + "\"; expected one of us, uk, de, au, ca, sg");
  }
}
