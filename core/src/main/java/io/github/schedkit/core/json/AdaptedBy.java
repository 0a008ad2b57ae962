package io.github.schedkit.core.json;

import com.google.gson.TypeAdapter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the Gson adapter that reads and writes a type: the generated adapter of a model or an open
 * enum, or the hand-written one of a type such as Cronofy's {@code EventTime}. The Gson of {@link
 * Json#newGsonBuilder()} finds it through this annotation.
 *
 * <p>It takes the place of Gson's {@code @JsonAdapter} because Gson's shrinker rules keep every
 * class that carries {@code @JsonAdapter}, used or not: an app would ship every model of an API.
 * With this annotation R8 and ProGuard keep only the models the app reaches, each with its adapter.
 *
 * <p>The adapter has a public constructor taking the {@link com.google.gson.Gson} that asks for it
 * (to get the adapters of its members), or a public no-argument constructor. It reads and writes
 * {@code null} itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AdaptedBy {
  /**
   * Returns the adapter class.
   *
   * @return the class of the adapter that reads and writes the annotated type
   */
  @SuppressWarnings("rawtypes")
  Class<? extends TypeAdapter> value();
}
