package io.github.schedkit.core;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import io.github.schedkit.core.json.Json;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What stood around the result of an operation that unwraps an envelope, such as Jicoo's {@code
 * {"data": {...}, "errors": {}}} or Cronofy's {@code {"calendars": [...], "sub": "acc_..."}}.
 *
 * <p>Both APIs document some of these responses both wrapped and bare, so the client accepts both,
 * decided from the JSON's shape: a JSON object holding the {@linkplain #unwrappedMember() member}
 * is the envelope, anything else is the result itself. The members beside the unwrapped one are
 * kept here, for example {@code response.envelope().member("sub", String.class)}.
 */
public final class Envelope {
  private static final Envelope NONE = new Envelope("", false, new JsonObject());

  private final String unwrappedMember;
  private final boolean wrapped;
  private final JsonObject otherMembers;

  private Envelope(String unwrappedMember, boolean wrapped, JsonObject otherMembers) {
    this.unwrappedMember = unwrappedMember;
    this.wrapped = wrapped;
    this.otherMembers = otherMembers;
  }

  /**
   * Returns the envelope of a response whose operation unwraps nothing.
   *
   * @return the empty envelope
   */
  public static Envelope none() {
    return NONE;
  }

  /**
   * Returns the envelope of a response that came wrapped.
   *
   * @param unwrappedMember the member that held the result, such as {@code data}
   * @param otherMembers the other members of the envelope object; kept, not copied
   * @return the envelope
   */
  public static Envelope wrapped(String unwrappedMember, JsonObject otherMembers) {
    return new Envelope(unwrappedMember, true, otherMembers);
  }

  /**
   * Returns the envelope of a response that came bare, although its operation may unwrap a member.
   *
   * @param unwrappedMember the member the operation unwraps when the response is wrapped
   * @return the envelope, with no members
   */
  public static Envelope bare(String unwrappedMember) {
    return new Envelope(unwrappedMember, false, new JsonObject());
  }

  /**
   * Tells whether the response came as an envelope object holding the result.
   *
   * @return {@code true} for a wrapped response, {@code false} for a bare one or an operation that
   *     unwraps nothing
   */
  public boolean wrapped() {
    return wrapped;
  }

  /**
   * Returns the name of the member the operation unwraps.
   *
   * @return the member name, such as {@code data} or {@code calendars}; empty when the operation
   *     unwraps nothing
   */
  public String unwrappedMember() {
    return unwrappedMember;
  }

  /**
   * Returns the names of the envelope's other members, in the order they came.
   *
   * @return the names, such as {@code errors} or {@code sub}; empty for a bare response
   */
  public Set<String> memberNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Map.Entry<String, JsonElement> member : otherMembers.entrySet()) {
      names.add(member.getKey());
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * Decodes one of the envelope's other members.
   *
   * @param name the member name, such as {@code sub}
   * @param type the type to decode it as, such as {@code String.class}
   * @param <V> the decoded type
   * @return the value, or {@code null} when the member is absent or JSON {@code null}
   * @throws IllegalArgumentException if the member cannot be decoded as {@code type}
   */
  public <V> @Nullable V member(String name, Class<V> type) {
    return member(name, (Type) type);
  }

  /**
   * Decodes one of the envelope's other members as a generic type.
   *
   * @param name the member name
   * @param type the type to decode it as, for example from a Gson {@code TypeToken}
   * @param <V> the decoded type
   * @return the value, or {@code null} when the member is absent or JSON {@code null}
   * @throws IllegalArgumentException if the member cannot be decoded as {@code type}
   */
  public <V> @Nullable V member(String name, Type type) {
    JsonElement value = otherMembers.get(name);
    if (value == null) {
      return null;
    }
    try {
      return Json.gson().fromJson(value, type);
    } catch (JsonParseException | IllegalStateException | ClassCastException e) {
      throw new IllegalArgumentException(
          "the envelope member \"" + name + "\" cannot be read as " + typeName(type), e);
    }
  }

  /**
   * Returns the envelope's other members as JSON.
   *
   * @return a copy of the members beside the unwrapped one; empty for a bare response
   */
  public JsonObject otherMembers() {
    return otherMembers.deepCopy();
  }

  /** Returns the unwrapped member, whether the response was wrapped and the other members' names. */
  @Override
  public String toString() {
    return "Envelope{unwrappedMember="
        + unwrappedMember
        + ", wrapped="
        + wrapped
        + ", members="
        + memberNames()
        + "}";
  }

  private static String typeName(Type type) {
    return type instanceof Class ? ((Class<?>) type).getSimpleName() : type.toString();
  }
}
