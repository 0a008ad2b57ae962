package io.github.schedkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The schedkit version, read once from the jar. */
public final class SdkVersion {
  private static final String VERSION = load();

  private SdkVersion() {}

  /**
   * Returns the schedkit version.
   *
   * @return the version, such as {@code 0.1.0}, or {@code unknown}
   */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("schedkit.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
