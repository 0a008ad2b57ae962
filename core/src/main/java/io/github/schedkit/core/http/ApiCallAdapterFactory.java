package io.github.schedkit.core.http;

import com.google.gson.reflect.TypeToken;
import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.OperationInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Retrofit;

/**
 * Makes Retrofit methods that return {@link ApiCall} work. Each call checks, before anything is
 * sent, that the client holds the credential the operation needs and that no path parameter is
 * empty, then tags the request with its {@link CallContext} for the interceptors and names schedkit
 * in its {@code User-Agent} (unless the operation sets that header itself; a per-call header or
 * an interceptor may replace it).
 */
public final class ApiCallAdapterFactory extends CallAdapter.Factory {
  private static final String USER_AGENT = "User-Agent";

  private final Credentials credentials;
  private final ClientResources resources;
  private final String userAgent;

  /**
   * Creates the factory.
   *
   * @param credentials the client's credentials, checked for every call
   * @param resources what the client owns: its calls schedule async retries there and fail once
   *     it is closed
   * @param userAgent the {@code User-Agent} of every request, such as {@code schedkit-jicoo/0.1.0
   *     (Java)}
   */
  public ApiCallAdapterFactory(Credentials credentials, ClientResources resources, String userAgent) {
    this.credentials = credentials;
    this.resources = resources;
    this.userAgent = userAgent;
  }

  @Override
  public @Nullable CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != ApiCall.class) {
      return null;
    }
    if (!(returnType instanceof ParameterizedType)) {
      throw new IllegalArgumentException("ApiCall return types must be parameterized: ApiCall<T>");
    }
    Type resultType = getParameterUpperBound(0, (ParameterizedType) returnType);
    Endpoint endpoint = null;
    for (Annotation annotation : annotations) {
      if (annotation instanceof Endpoint) {
        endpoint = (Endpoint) annotation;
      }
    }
    if (endpoint == null) {
      throw new IllegalArgumentException("methods returning ApiCall need an @Endpoint annotation");
    }
    Type decodedType =
        endpoint.unwrap().isEmpty()
            ? resultType
            : TypeToken.getParameterized(Unwrapped.class, resultType).getType();
    Converter<ResponseBody, ?> converter = retrofit.responseBodyConverter(decodedType, annotations);
    return new Adapter(endpoint, resultType, converter, retrofit);
  }

  private final class Adapter implements CallAdapter<Object, ApiCall<Object>> {
    private final Endpoint endpoint;
    private final Type resultType;
    private final Converter<ResponseBody, ?> converter;
    private final Retrofit retrofit;
    private final OperationInfo operation;
    private final @Nullable Credential credential;

    Adapter(
        Endpoint endpoint,
        Type resultType,
        Converter<ResponseBody, ?> converter,
        Retrofit retrofit) {
      this.endpoint = endpoint;
      this.resultType = resultType;
      this.converter = converter;
      this.retrofit = retrofit;
      this.operation = new OperationInfo(endpoint.operationId(), endpoint.method(), endpoint.path());
      this.credential = credentials.find(endpoint);
    }

    @Override
    public Type responseType() {
      return resultType;
    }

    /**
     * Checks the call, then makes its request in one copy of what Retrofit built: the query
     * parameters and the {@code User-Agent} added, and the {@link CallContext} the interceptors
     * read, which counts this call's own attempts.
     */
    @Override
    public ApiCall<Object> adapt(Call<Object> call) {
      if (credential == null) {
        credentials.require(endpoint);
      }
      Request built = call.request();
      HttpUrl url = withQueryParameters(built);
      if (hasEmptySegment(url.encodedPath())) {
        throw new IllegalArgumentException(
            operation + ": a path parameter is empty; pass a non-empty identifier");
      }
      Request.Builder request =
          built
              .newBuilder()
              .url(url)
              .tag(CallContext.class, new CallContext(endpoint, operation, credential, credentials, resources));
      if (built.header(USER_AGENT) == null) {
        request.header(USER_AGENT, userAgent);
      }
      return new HttpApiCall<>(retrofit, request.build(), converter, typeName(resultType));
    }
  }

  /**
   * Returns the URL with the {@link QueryParameters} passed as an argument (a Retrofit {@code @Tag})
   * added.
   */
  private static HttpUrl withQueryParameters(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return request.url();
    }
    HttpUrl.Builder url = null;
    for (Object argument : invocation.arguments()) {
      if (argument instanceof QueryParameters) {
        if (url == null) {
          url = request.url().newBuilder();
        }
        ((QueryParameters) argument).applyTo(url);
      }
    }
    return url == null ? request.url() : url.build();
  }

  /** Whether a URL path (such as {@code /v1/bookings/}) has an empty segment. */
  private static boolean hasEmptySegment(String encodedPath) {
    return encodedPath.endsWith("/") || encodedPath.contains("//");
  }

  private static String typeName(Type type) {
    if (type instanceof Class) {
      return ((Class<?>) type).getSimpleName();
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      StringBuilder name = new StringBuilder(typeName(parameterized.getRawType())).append('<');
      Type[] arguments = parameterized.getActualTypeArguments();
      for (int i = 0; i < arguments.length; i++) {
        name.append(i > 0 ? ", " : "").append(typeName(arguments[i]));
      }
      return name.append('>').toString();
    }
    return type.toString();
  }
}
