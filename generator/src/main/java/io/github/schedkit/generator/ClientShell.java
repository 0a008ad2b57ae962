package io.github.schedkit.generator;

import io.swagger.v3.oas.models.tags.Tag;
import java.util.Locale;
import java.util.Map;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.model.OperationMap;

/**
 * What the generated client shell (template {@code client/apis.mustache}, the package-private
 * {@code <Api>Apis} class that the hand-written {@code <Api>Client} extends) and the operations
 * table need to know about the API and its tags.
 *
 * <p>The API's name comes from the invoker package ({@code io.github.schedkit.cronofy} gives
 * {@code cronofy}, {@code CronofyClient}, {@code CronofyApis}). Each tag becomes an accessor named
 * after its interface ({@code PushNotificationsApi} gives {@code pushNotifications()}), unless the
 * tag says {@code x-schedkit-wrapped: true}: hand-written code then exposes its operations, the
 * shell only creates the interface for it, and each of its operations must say with
 * {@code x-schedkit-call} how users call it.
 */
final class ClientShell {
  static final String WRAPPED = "x-schedkit-wrapped";

  private final String variable;

  /**
   * Names the API after its invoker package.
   *
   * @param invokerPackage the package of the client, such as {@code io.github.schedkit.cronofy}
   */
  ClientShell(String invokerPackage) {
    this.variable = invokerPackage.substring(invokerPackage.lastIndexOf('.') + 1);
  }

  /**
   * Returns the API's name as a variable, such as {@code cronofy}.
   *
   * @return the name
   */
  String variable() {
    return variable;
  }

  /**
   * Returns the API's name as a class name prefix, such as {@code Cronofy}.
   *
   * @return the prefix
   */
  String prefix() {
    return variable.substring(0, 1).toUpperCase(Locale.ROOT) + variable.substring(1);
  }

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

  /**
   * Adds to a tag's operations what the shell needs: {@code schedkitDescription} (the tag's
   * description), {@code schedkitAccessor}, {@code schedkitTitle} (such as {@code push notifications})
   * and {@code schedkitWrapped}, and to each operation {@code schedkitConstant}, the name of its
   * {@code OperationInfo} constant (such as {@code REQUEST_TOKEN}).
   *
   * @param tag the tag's operations
   * @param spec the tag as the spec states it, or {@code null}
   * @throws SpecNotExpressibleException when an operation of a wrapped tag lacks {@code x-schedkit-call}
   */
  static void describe(OperationMap tag, Tag spec) {
    tag.put("schedkitDescription", spec != null && spec.getDescription() != null
        ? spec.getDescription()
        : "Operations tagged " + tag.getClassname() + ".");
    tag.put("schedkitAccessor", accessor(tag.getClassname()));
    String name = tag.getClassname().replaceAll("Api$", "");
    tag.put("schedkitTitle", name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
    Map<String, Object> extensions = spec == null ? null : spec.getExtensions();
    boolean wrapped = extensions != null && Boolean.TRUE.equals(extensions.get(WRAPPED));
    tag.put("schedkitWrapped", wrapped);
    for (CodegenOperation op : tag.getOperation()) {
      op.vendorExtensions.put("schedkitConstant", op.operationId.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }
    if (wrapped) {
      for (CodegenOperation op : tag.getOperation()) {
        if (!op.vendorExtensions.containsKey(OperationTable.CALL)) {
          throw SpecNotExpressibleException.operation(op.operationId, "its tag is " + WRAPPED
              + ", so hand-written code calls it: say how users call it with " + OperationTable.CALL);
        }
      }
    }
  }
}
