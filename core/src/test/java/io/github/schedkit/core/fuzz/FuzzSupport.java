package io.github.schedkit.core.fuzz;

import com.google.gson.JsonParseException;
import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.errors.PaginationException;
import io.github.schedkit.core.errors.ResponseDecodingException;
import io.github.schedkit.core.http.Endpoint;
import io.github.schedkit.core.http.QueryParameters;
import io.github.schedkit.core.json.ExtensibleModel;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.core.json.OpenEnum;
import io.github.schedkit.core.pagination.Page;
import io.github.schedkit.core.pagination.PageHolder;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * What the fuzz targets share: a canned HTTP response served by an OkHttp interceptor (so a fuzz
 * input travels the SDK's real path: Retrofit, {@code ApiCall}, the envelope-unwrapping converter,
 * Gson and the model adapters), the reflective discovery of every operation, and the checks a
 * decoded value or a decoding failure must pass. Shared by both API modules' fuzz targets through
 * core's test fixtures.
 */
public final class FuzzSupport {
  private FuzzSupport() {}

  /** The response the next call receives; fuzzing runs one input at a time. */
  public static final class Canned {
    private volatile int status = 200;
    private volatile MediaType contentType;
    private volatile byte[] body = new byte[0];

    public void set(int status, MediaType contentType, byte[] body) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
    }

    /** An application interceptor that answers every request with the canned response. */
    public Interceptor interceptor() {
      return chain ->
          new Response.Builder()
              .request(chain.request())
              .protocol(Protocol.HTTP_1_1)
              .code(status)
              .message("fuzz")
              .body(ResponseBody.create(body, contentType))
              .build();
    }

    /** An OkHttp client that never touches the network. */
    public OkHttpClient http() {
      return new OkHttpClient.Builder().addInterceptor(interceptor()).build();
    }
  }

  /** The response variants a fuzz input can choose. */
  public enum Variant {
    JSON(200, "application/json"),
    JSON_UTF8(200, "application/json; charset=utf-8"),
    NO_CONTENT_TYPE(200, null),
    /** An error status, which each target chooses (400 for Jicoo, 422 for Cronofy). */
    ERROR(0, "application/json");

    public final int status;
    public final MediaType contentType;

    Variant(int status, String contentType) {
      this.status = status;
      this.contentType = contentType == null ? null : MediaType.get(contentType);
    }
  }

  /** One operation, ready to run against whatever response is canned. */
  public static final class Operation {
    public final String operationId;
    private final Supplier<Object> execute;

    public Operation(String operationId, Supplier<Object> execute) {
      this.operationId = operationId;
      this.execute = execute;
    }

    /** Builds a fresh call and executes it, as {@code api.operation(...).execute()}. */
    public Object execute() {
      return execute.get();
    }

    @Override
    public String toString() {
      return operationId;
    }
  }

  /**
   * Finds every operation of the given generated API objects, keyed by operationId. Of the
   * overloads that also take optional query parameters only the plain one is kept: both decode
   * the same way.
   */
  public static Map<String, Operation> operations(Object... apis) {
    Map<String, Operation> found = new TreeMap<>();
    for (Object api : apis) {
      for (Class<?> type : api.getClass().getInterfaces()) {
        for (Method method : type.getMethods()) {
          Endpoint endpoint = method.getAnnotation(Endpoint.class);
          if (endpoint == null || takesQueryParameters(method)) {
            continue;
          }
          Object[] arguments = arguments(method);
          Operation previous =
              found.put(
                  endpoint.operationId(),
                  new Operation(endpoint.operationId(), () -> call(api, method, arguments).execute()));
          if (previous != null) {
            throw new AssertionError("operationId " + endpoint.operationId() + " appears twice");
          }
        }
      }
    }
    return found;
  }

  private static ApiCall<?> call(Object api, Method method, Object[] arguments) {
    try {
      return (ApiCall<?>) method.invoke(api, arguments);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      throw new AssertionError("building the call of " + method.getName() + " failed", e.getCause());
    }
  }

  private static boolean takesQueryParameters(Method method) {
    for (Class<?> parameter : method.getParameterTypes()) {
      if (QueryParameters.class.isAssignableFrom(parameter)) {
        return true;
      }
    }
    return false;
  }

  /** Path and query values are plain identifiers; request bodies are empty models. */
  private static Object[] arguments(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = types[i] == String.class ? "fuzz" : Json.gson().fromJson("{}", types[i]);
    }
    return arguments;
  }

  /**
   * Checks a failure to decode a success body: a {@link ResponseDecodingException} is the
   * documented outcome, and its cause must be a parse failure (Gson's exceptions, an I/O error, or
   * the {@code IllegalStateException}/{@code NumberFormatException} Gson's reader throws for a
   * token of the wrong type), or any exception thrown by Gson itself (its map adapter throws a
   * {@code NullPointerException} for a null key, as in {@code [[null, 1]]}). Any other cause (a
   * {@code NullPointerException}, a {@code ClassCastException}, a {@code DateTimeException} ...
   * from SDK code) is a bug that the catch-all in the call merely hides.
   */
  public static void checkDecodingFailure(ResponseDecodingException e) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonParseException
        || cause instanceof IOException
        || cause instanceof IllegalStateException
        || cause instanceof NumberFormatException
        || thrownByGson(cause)) {
      return;
    }
    throw new AssertionError("decoding failed with a cause that is not a parse failure", e);
  }

  private static boolean thrownByGson(Throwable cause) {
    StackTraceElement[] trace = cause == null ? new StackTraceElement[0] : cause.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith("com.google.gson.");
  }

  /**
   * Uses a decoded value as an application would: {@code toString}, {@code hashCode} and {@code
   * equals} (every model, enum and list element), and for pages their items and the next-page
   * call, which may only fail as documented ({@link NoSuchElementException} on the last page,
   * {@link PaginationException} for a next-page link it will not follow).
   */
  public static void checkValue(Object value) {
    if (value == null) {
      return;
    }
    Objects.requireNonNull(value.toString(), "toString");
    value.hashCode();
    if (!value.equals(value)) {
      throw new AssertionError("a decoded value is not equal to itself: " + value);
    }
    if (value instanceof List) {
      for (Object element : new ArrayList<>((List<?>) value)) {
        checkValue(element);
      }
    }
    if (value instanceof ExtensibleModel) {
      Objects.requireNonNull(((ExtensibleModel) value).additionalProperties(), "additionalProperties");
    }
    if (value instanceof OpenEnum) {
      Objects.requireNonNull(((OpenEnum<?>) value).asString(), "asString");
      Objects.requireNonNull(((OpenEnum<?>) value).value(), "value");
    }
    if (value instanceof Page) {
      checkPage((Page<?, ?>) value);
    }
    if (value instanceof PageHolder) {
      for (Page<?, ?> nested : ((PageHolder) value).nestedPages()) {
        checkPage(nested);
      }
    }
  }

  private static void checkPage(Page<?, ?> page) {
    List<?> items = Objects.requireNonNull(page.items(), "items");
    for (Object item : items) {
      checkValue(item);
    }
    boolean hasNext = page.hasNextPage();
    try {
      ApiCall<?> next = page.nextPageCall();
      if (!hasNext) {
        throw new AssertionError("nextPageCall() succeeded although hasNextPage() is false");
      }
      Objects.requireNonNull(next.request().url(), "next page URL");
    } catch (NoSuchElementException | PaginationException documented) {
      // The last page, or a next page the SDK refuses to follow.
    }
  }
}
