package io.github.schedkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** How Json's Gson finds the adapter a type names in {@link AdaptedBy}. */
class AdaptedByFactoryTest {
  @AdaptedBy(NeedsGson.class)
  static final class WithGsonAdapter {
    final String text;

    WithGsonAdapter(String text) {
      this.text = text;
    }
  }

  @AdaptedBy(NoArguments.class)
  static final class WithPlainAdapter {}

  @AdaptedBy(PrivateConstructor.class)
  static final class WithUncreatableAdapter {}

  @AdaptedBy(FailingConstructor.class)
  static final class WithFailingAdapter {}

  /** Takes the Gson, as generated model adapters do, and records it. */
  public static final class NeedsGson extends Fixed<WithGsonAdapter> {
    static Gson given;

    public NeedsGson(Gson gson) {
      super(new WithGsonAdapter("from the Gson adapter"));
      given = gson;
    }
  }

  /** Has only a no-argument constructor, as open enum adapters do. */
  public static final class NoArguments extends Fixed<WithPlainAdapter> {
    public NoArguments() {
      super(new WithPlainAdapter());
    }
  }

  /** Has no public constructor, as a shrunk app without schedkit's rules would. */
  public static final class PrivateConstructor extends Fixed<WithUncreatableAdapter> {
    private PrivateConstructor() {
      super(new WithUncreatableAdapter());
    }
  }

  /** Fails while it is created. */
  public static final class FailingConstructor extends Fixed<WithFailingAdapter> {
    public FailingConstructor() {
      super(null);
      throw new IllegalStateException("no adapter today");
    }
  }

  /** Reads any JSON value as one fixed value. */
  abstract static class Fixed<T> extends TypeAdapter<T> {
    private final T value;

    Fixed(T value) {
      this.value = value;
    }

    @Override
    public void write(JsonWriter out, T ignored) throws IOException {
      out.value("written");
    }

    @Override
    public T read(JsonReader in) throws IOException {
      in.skipValue();
      return value;
    }
  }

  @Test
  void anAdapterTakingAGsonGetsTheGsonThatAskedForIt() {
    Gson gson = Json.newGsonBuilder().create();

    assertEquals("from the Gson adapter", gson.fromJson("{}", WithGsonAdapter.class).text);
    assertSame(gson, NeedsGson.given);
  }

  @Test
  void anAdapterWithoutArgumentsIsCreatedToo() {
    assertEquals("\"written\"", Json.gson().toJson(new WithPlainAdapter()));
  }

  @Test
  void anAdapterWithoutAPublicConstructorFailsNamingTheAdapterAndTheRules() {
    JsonIOException e =
        assertThrows(JsonIOException.class, () -> Json.gson().getAdapter(WithUncreatableAdapter.class));

    assertTrue(e.getMessage().startsWith(PrivateConstructor.class.getName() + ", the adapter "), e.getMessage());
    assertTrue(e.getMessage().contains("WithUncreatableAdapter names in @AdaptedBy"), e.getMessage());
    assertTrue(e.getMessage().contains("R8/ProGuard rules"), e.getMessage());
  }

  @Test
  void anAdapterWhoseConstructorFailsGivesTheCause() {
    JsonIOException e = assertThrows(JsonIOException.class, () -> Json.gson().getAdapter(WithFailingAdapter.class));

    assertTrue(e.getMessage().contains("FailingConstructor, the adapter of"), e.getMessage());
    assertEquals("no adapter today", e.getCause().getMessage());
  }

  @Test
  void typesWithoutTheAnnotationAreLeftToGson() {
    assertEquals("\"text\"", Json.gson().toJson("text"));
  }
}
