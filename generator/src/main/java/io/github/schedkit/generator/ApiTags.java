package io.github.schedkit.generator;

import java.util.Locale;

/** Names of what the client shell generates per tag (one Retrofit interface per tag). */
final class ApiTags {
  private ApiTags() {}

  /**
   * Returns the client's accessor of a tag's interface: {@code PushNotificationsApi} becomes
   * {@code pushNotifications}.
   *
   * @param classname the interface's simple name
   * @return the accessor name
   */
  static String accessor(String classname) {
    String tag = classname.endsWith("Api") ? classname.substring(0, classname.length() - 3) : classname;
    return tag.substring(0, 1).toLowerCase(Locale.ROOT) + tag.substring(1);
  }
}
