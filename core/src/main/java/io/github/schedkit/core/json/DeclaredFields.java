package io.github.schedkit.core.json;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The members a model class declares, by JSON name (its {@code @SerializedName}, alternates
 * included, or else the field name), read straight from a {@link JsonReader} into a new instance,
 * as Gson's reflective adapter would, with the adapters Gson has for the field types. Static and
 * transient fields are not members.
 *
 * <p>Only plain generated-style models can be read this way ({@link #readable()}): a no-argument
 * constructor, no field-level {@code @JsonAdapter}, no type variables in field types. For others
 * only {@link #names()} is known.
 *
 * @param <T> the model class
 */
final class DeclaredFields<T> {
  private final Map<String, Bound> byName;
  private final Constructor<T> constructor;

  private DeclaredFields(Map<String, Bound> byName, Constructor<T> constructor) {
    this.byName = byName;
    this.constructor = constructor;
  }

  /**
   * Collects the declared members of a class.
   *
   * @param gson the Gson whose adapters read the field types
   * @param type the model class
   * @param <T> the model class
   * @return its members
   */
  static <T> DeclaredFields<T> of(Gson gson, Class<T> type) {
    Map<String, Bound> byName = new HashMap<>();
    boolean readable = true;
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if ((field.getModifiers() & (Modifier.STATIC | Modifier.TRANSIENT)) != 0 || field.isSynthetic()) {
          continue;
        }
        readable &= field.getAnnotation(JsonAdapter.class) == null && isConcrete(field.getGenericType());
        Bound bound = readable && makeAccessible(field) ? new Bound(field) : null;
        readable &= bound != null;
        SerializedName name = field.getAnnotation(SerializedName.class);
        if (name == null) {
          byName.put(field.getName(), bound);
        } else {
          byName.put(name.value(), bound);
          for (String alternate : name.alternate()) {
            byName.put(alternate, bound);
          }
        }
      }
    }
    Constructor<T> constructor = readable ? noArgumentConstructor(type) : null;
    if (constructor != null) {
      for (Bound bound : byName.values()) {
        bound.adapter = gson.getAdapter(TypeToken.get(bound.field.getGenericType()));
      }
    }
    return new DeclaredFields<>(Collections.unmodifiableMap(byName), constructor);
  }

  /**
   * Returns the JSON names of the declared members.
   *
   * @return the names
   */
  Set<String> names() {
    return byName.keySet();
  }

  /**
   * Tells whether {@link #newInstance()} and {@link #read} can be used.
   *
   * @return {@code true} for a plain generated-style model
   */
  boolean readable() {
    return constructor != null;
  }

  /**
   * Creates an empty instance to read members into.
   *
   * @return the instance
   * @throws JsonIOException if the constructor fails
   */
  T newInstance() {
    try {
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new JsonIOException("cannot create " + constructor.getDeclaringClass().getName(), e);
    }
  }

  /**
   * Reads the value of a member into an instance, if the class declares it.
   *
   * @param in the reader, positioned at the member's value
   * @param name the member's JSON name
   * @param target the instance
   * @return {@code false} if the class declares no such member (nothing was read)
   * @throws IOException if reading fails
   */
  boolean read(JsonReader in, String name, T target) throws IOException {
    Bound bound = byName.get(name);
    if (bound == null) {
      return false;
    }
    Object value = bound.adapter.read(in);
    if (value != null || !bound.field.getType().isPrimitive()) {
      try {
        bound.field.set(target, value);
      } catch (IllegalAccessException e) {
        throw new JsonIOException("cannot set " + bound.field, e);
      }
    }
    return true;
  }

  private static boolean makeAccessible(Field field) {
    try {
      field.setAccessible(true);
      return true;
    } catch (RuntimeException inaccessible) {
      return false;
    }
  }

  private static <T> Constructor<T> noArgumentConstructor(Class<T> type) {
    if (Modifier.isAbstract(type.getModifiers())) {
      return null;
    }
    try {
      Constructor<T> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor;
    } catch (NoSuchMethodException | RuntimeException none) {
      return null;
    }
  }

  /** Whether a field type has no type variables, so its adapter does not depend on the instance's type. */
  private static boolean isConcrete(Type type) {
    if (type instanceof Class) {
      return true;
    }
    if (type instanceof ParameterizedType) {
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        if (!isConcrete(argument)) {
          return false;
        }
      }
      return true;
    }
    if (type instanceof GenericArrayType) {
      return isConcrete(((GenericArrayType) type).getGenericComponentType());
    }
    if (type instanceof WildcardType) {
      WildcardType wildcard = (WildcardType) type;
      for (Type bound : wildcard.getUpperBounds()) {
        if (!isConcrete(bound)) {
          return false;
        }
      }
      for (Type bound : wildcard.getLowerBounds()) {
        if (!isConcrete(bound)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** A field and the adapter of its type. */
  private static final class Bound {
    final Field field;
    TypeAdapter<?> adapter;

    Bound(Field field) {
      this.field = field;
    }
  }
}
