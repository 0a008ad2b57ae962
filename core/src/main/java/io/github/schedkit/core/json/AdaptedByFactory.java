package io.github.schedkit.core.json;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.jspecify.annotations.Nullable;

/**
 * Creates the adapter a type names in its {@link AdaptedBy}, through the adapter's constructor
 * that takes a {@link Gson}, or else its no-argument constructor. Gson caches what it returns, so
 * each adapter is created once per Gson and type.
 */
final class AdaptedByFactory implements TypeAdapterFactory {
  @Override
  @SuppressWarnings("unchecked")
  public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    AdaptedBy adaptedBy = type.getRawType().getAnnotation(AdaptedBy.class);
    if (adaptedBy == null) {
      return null;
    }
    return (TypeAdapter<T>) instantiate(adaptedBy.value(), gson, type);
  }

  private static TypeAdapter<?> instantiate(Class<?> adapter, Gson gson, TypeToken<?> type) {
    try {
      Constructor<?> withGson = constructor(adapter, Gson.class);
      if (withGson != null) {
        return (TypeAdapter<?>) withGson.newInstance(gson);
      }
      Constructor<?> withoutArguments = constructor(adapter);
      if (withoutArguments != null) {
        return (TypeAdapter<?>) withoutArguments.newInstance();
      }
      throw new JsonIOException(
          adapter.getName()
              + ", the adapter "
              + type
              + " names in @AdaptedBy, has neither a public constructor taking a Gson nor a public"
              + " no-argument constructor; if the app is shrunk, schedkit-core's R8/ProGuard rules"
              + " were not applied");
    } catch (InstantiationException | IllegalAccessException e) {
      throw new JsonIOException("cannot create " + adapter.getName() + ", the adapter of " + type, e);
    } catch (InvocationTargetException e) {
      throw new JsonIOException(
          "creating " + adapter.getName() + ", the adapter of " + type + ", failed", e.getCause());
    }
  }

  private static @Nullable Constructor<?> constructor(Class<?> type, Class<?>... parameters) {
    try {
      return type.getConstructor(parameters);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
