package io.github.schedkit.core.corpus;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.http.Endpoint;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generated operations a client offers, found by their {@link Endpoint#operationId()}: the
 * generated Retrofit interfaces returned by the client's public accessors, or held by what those
 * accessors return (such as an OAuth helper wrapping the generated OAuth interface). Of each
 * operationId, the method without the optional-query parameter and without a whole-URL parameter
 * (variants that follow a link the server gave) is chosen.
 */
public final class OperationIndex {

  /** A generated operation and the interface instance to call it on. */
  public static final class Operation {
    private final Object target;
    private final Method method;

    Operation(Object target, Method method) {
      this.target = target;
      this.method = method;
    }

    /**
     * Returns the generated interface instance.
     *
     * @return the instance
     */
    public Object target() {
      return target;
    }

    /**
     * Returns the generated method: the overload without the optional-query parameter.
     *
     * @return the method
     */
    public Method method() {
      return method;
    }

    /**
     * Returns the method's {@link Endpoint} annotation.
     *
     * @return the annotation
     */
    public Endpoint endpoint() {
      return method.getAnnotation(Endpoint.class);
    }

    /**
     * Prepares a call of the operation with harmless arguments and a request body decoded from
     * {@code {}} (see {@link OperationArguments}).
     *
     * @return the call, not yet sent
     */
    public ApiCall<?> call() {
      try {
        return (ApiCall<?>) method.invoke(target, OperationArguments.fill(method, null));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
      }
    }
  }

  private final Map<String, Operation> operations = new TreeMap<>();

  private OperationIndex() {}

  /**
   * Indexes the generated operations reachable from a client's accessors.
   *
   * @param client the client, such as a {@code CronofyClient}
   * @return the index
   */
  public static OperationIndex of(Object client) {
    OperationIndex index = new OperationIndex();
    for (Object api : apis(client)) {
      index.add(api);
    }
    return index;
  }

  /**
   * Returns every operation the client offers.
   *
   * @return the operations by operationId, sorted
   */
  public Map<String, Operation> operations() {
    return Collections.unmodifiableMap(operations);
  }

  /**
   * Finds an operation.
   *
   * @param operationId the spec's operationId
   * @return the operation
   * @throws IllegalArgumentException naming the operationId if no accessor reaches it
   */
  public Operation operation(String operationId) {
    Operation operation = operations.get(operationId);
    if (operation == null) {
      throw new IllegalArgumentException(
          "no generated operation \"" + operationId + "\" is reachable from the client; known: " + operations.keySet());
    }
    return operation;
  }

  private static Set<Object> apis(Object client) {
    Set<Object> apis = new LinkedHashSet<>();
    for (Method accessor : client.getClass().getMethods()) {
      if (accessor.getParameterCount() != 0
          || Modifier.isStatic(accessor.getModifiers())
          || accessor.getDeclaringClass() == Object.class
          || accessor.getReturnType().isPrimitive()) {
        continue;
      }
      Object value = invoke(client, accessor);
      if (value == null) {
        continue;
      }
      if (isGeneratedApi(value.getClass())) {
        apis.add(value);
      } else {
        apis.addAll(heldApis(value));
      }
    }
    return apis;
  }

  /** The generated interface instances a wrapper (such as CronofyOAuth) holds in its fields. */
  private static List<Object> heldApis(Object wrapper) {
    List<Object> held = new ArrayList<>();
    for (Class<?> type = wrapper.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      if (type.getName().startsWith("java.")) {
        break;
      }
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || !isGeneratedApi(field.getType())) {
          continue;
        }
        field.setAccessible(true);
        try {
          Object value = field.get(wrapper);
          if (value != null) {
            held.add(value);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + field, e);
        }
      }
    }
    return held;
  }

  private static Object invoke(Object client, Method accessor) {
    try {
      return accessor.invoke(client);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + accessor, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "accessor " + accessor.getName() + "() of the corpus client failed; configure every credential", e.getCause());
    }
  }

  private static boolean isGeneratedApi(Class<?> type) {
    for (Class<?> candidate : type.isInterface() ? new Class<?>[] {type} : type.getInterfaces()) {
      for (Method method : candidate.getMethods()) {
        if (method.isAnnotationPresent(Endpoint.class)) {
          return true;
        }
      }
    }
    return false;
  }

  private void add(Object api) {
    for (Class<?> type : api.getClass().isInterface() ? new Class<?>[] {api.getClass()} : api.getClass().getInterfaces()) {
      for (Method method : type.getMethods()) {
        Endpoint endpoint = method.getAnnotation(Endpoint.class);
        if (endpoint == null || hasQueryParameter(method) || followsALink(method)) {
          continue;
        }
        Operation previous = operations.put(endpoint.operationId(), new Operation(api, method));
        if (previous != null && !previous.method().equals(method)) {
          throw new IllegalStateException(
              "two generated methods without a query parameter claim operationId " + endpoint.operationId()
                  + ": " + previous.method() + " and " + method);
        }
      }
    }
  }

  /** Whether the method takes a whole URL (a variant that follows a link the server gave). */
  private static boolean followsALink(Method method) {
    for (java.lang.annotation.Annotation[] annotations : method.getParameterAnnotations()) {
      for (java.lang.annotation.Annotation annotation : annotations) {
        if (annotation instanceof retrofit2.http.Url) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasQueryParameter(Method method) {
    for (Class<?> parameter : method.getParameterTypes()) {
      if (parameter.getSimpleName().endsWith("Query")) {
        return true;
      }
    }
    return false;
  }
}
