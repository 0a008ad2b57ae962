package io.github.schedkit.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs the test class against a Prism mock of one spec, injected as a {@code PrismServer}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PrismExtension.class)
public @interface UsePrism {
  /**
   * The spec's file name in {@code spec/}.
   *
   * @return such as {@code jicoo.yaml}
   */
  String value();
}
