package io.github.schedkit.cronofy;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.schedkit.core.json.AdaptedBy;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * How many members of an availability participant group must be available: every one of them
 * ({@link #all()}, sent as {@code "all"}) or at least a number of them ({@link #atLeast(int)},
 * sent as that number).
 *
 * <pre>{@code
 * AvailabilityParticipantGroup.builder().members(people).required(AvailabilityRequired.all()).build();
 * AvailabilityParticipantGroup.builder().members(rooms).required(AvailabilityRequired.atLeast(1)).build();
 * }</pre>
 */
@AdaptedBy(AvailabilityRequired.GsonAdapter.class)
public final class AvailabilityRequired {
  private static final String ALL_WIRE_VALUE = "all";
  private static final AvailabilityRequired ALL = new AvailabilityRequired(null);
  /** A whole number as JSON writes it, short enough to fit an {@code int} check without overflow. */
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,10}");

  private final Integer count;

  private AvailabilityRequired(Integer count) {
    this.count = count;
  }

  /**
   * Every member of the group must be available.
   *
   * @return the requirement, sent as {@code "all"}
   */
  public static AvailabilityRequired all() {
    return ALL;
  }

  /**
   * At least {@code count} members of the group must be available.
   *
   * @param count the number of members, at least 1
   * @return the requirement, sent as the number
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public static AvailabilityRequired atLeast(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("the number of required members must be at least 1, got " + count);
    }
    return new AvailabilityRequired(count);
  }

  /**
   * Tells whether every member must be available.
   *
   * @return {@code true} for {@link #all()}
   */
  public boolean isAll() {
    return count == null;
  }

  /**
   * Returns how many members must be available, for {@link #atLeast(int)}.
   *
   * @return the number, or {@code null} for {@link #all()}
   */
  public Integer getCount() {
    return count;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AvailabilityRequired)) {
      return false;
    }
    AvailabilityRequired other = (AvailabilityRequired) o;
    return count == null ? other.count == null : count.equals(other.count);
  }

  @Override
  public int hashCode() {
    return count == null ? 0 : count;
  }

  /** Returns the wire form: {@code all} or the number. */
  @Override
  public String toString() {
    return count == null ? ALL_WIRE_VALUE : count.toString();
  }

  /** Writes {@code "all"} or the number, and reads either. */
  public static final class GsonAdapter extends TypeAdapter<AvailabilityRequired> {
    /** Creates the adapter; Gson calls this. */
    public GsonAdapter() {}

    @Override
    public void write(JsonWriter out, AvailabilityRequired value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else if (value.count == null) {
        out.value(ALL_WIRE_VALUE);
      } else {
        out.value(value.count.longValue());
      }
    }

    @Override
    public AvailabilityRequired read(JsonReader in) throws IOException {
      JsonToken token = in.peek();
      if (token == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      if (token == JsonToken.STRING) {
        String text = in.nextString();
        if (text.equals(ALL_WIRE_VALUE)) {
          return ALL;
        }
        throw new JsonParseException(
            "expected \"all\" or a number of members at " + in.getPath() + " but got \"" + text + "\"");
      }
      if (token == JsonToken.NUMBER) {
        String text = in.nextString();
        long value = WHOLE_NUMBER.matcher(text).matches() ? Long.parseLong(text) : 0;
        if (value < 1 || value > Integer.MAX_VALUE) {
          throw new JsonParseException(
              "expected a whole number of members of at least 1 at " + in.getPath() + " but got " + text);
        }
        return new AvailabilityRequired((int) value);
      }
      throw new JsonParseException(
          "expected \"all\" or a number of members at " + in.getPath() + " but got " + token);
    }
  }
}
