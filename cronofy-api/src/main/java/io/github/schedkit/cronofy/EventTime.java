package io.github.schedkit.cronofy;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.schedkit.core.json.AdaptedBy;
import io.github.schedkit.core.json.Json;
import io.github.schedkit.core.json.MemberNameReader;
import io.github.schedkit.core.json.MemberNames;
import io.github.schedkit.core.json.Utf8JsonReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The start or end of a Cronofy event, in one of the forms the API accepts and returns:
 *
 * <ul>
 *   <li>a date, for all-day events: {@code "2024-09-06"} ({@link #date(LocalDate)});
 *   <li>a time in UTC: {@code "2024-09-13T19:00:00Z"} ({@link #time(OffsetDateTime)});
 *   <li>a time with the IANA time zone it belongs to: {@code {"time": "2024-09-13T19:00:00Z",
 *       "tzid": "Europe/London"}} ({@link #localized(OffsetDateTime, String)});
 *   <li>an all-day date with its time zone, as events read with {@code localized_times} and other
 *       clients' requests carry it: {@code {"time": "2024-09-06", "tzid": "Europe/London"}} ({@link
 *       #localized(LocalDate, String)}).
 * </ul>
 *
 * <p>Times are read in every RFC 3339 form (including a space between date and time) and written
 * the way every timestamp schedkit sends is written ({@link Json#formatTimestamp}: UTC with
 * milliseconds, such as {@code 2024-09-13T19:00:00.000Z}); each form is written back in the same
 * form.
 */
@AdaptedBy(EventTime.GsonAdapter.class)
public final class EventTime {
  private final LocalDate date;
  private final OffsetDateTime time;
  private final String tzid;

  private EventTime(LocalDate date, OffsetDateTime time, String tzid) {
    this.date = date;
    this.time = time;
    this.tzid = tzid;
  }

  /**
   * An all-day date.
   *
   * @param date the date
   * @return the event time
   */
  public static EventTime date(LocalDate date) {
    return new EventTime(Objects.requireNonNull(date, "date"), null, null);
  }

  /**
   * A point in time, sent in UTC.
   *
   * @param time the time; its offset is kept only as the instant it denotes
   * @return the event time
   */
  public static EventTime time(OffsetDateTime time) {
    return new EventTime(null, writable(time), null);
  }

  /**
   * A point in time with the time zone it is meant in (for recurring meetings and DST).
   *
   * @param time the time
   * @param tzid an IANA time zone, such as {@code Europe/London}
   * @return the event time
   */
  public static EventTime localized(OffsetDateTime time, String tzid) {
    return new EventTime(null, writable(time), requireTzid(tzid));
  }

  /**
   * An all-day date with the time zone it is meant in.
   *
   * @param date the date
   * @param tzid an IANA time zone, such as {@code Europe/London}
   * @return the event time
   */
  public static EventTime localized(LocalDate date, String tzid) {
    return new EventTime(Objects.requireNonNull(date, "date"), null, requireTzid(tzid));
  }

  /** Refuses a time the wire form cannot express, so that writing and {@link #toString} never fail. */
  private static OffsetDateTime writable(OffsetDateTime time) {
    return Json.requireWritable(Objects.requireNonNull(time, "time"));
  }

  private static String requireTzid(String tzid) {
    Objects.requireNonNull(tzid, "tzid");
    if (tzid.trim().isEmpty()) {
      throw new IllegalArgumentException("tzid must not be blank");
    }
    return tzid;
  }

  /**
   * Tells whether this is an all-day date.
   *
   * @return {@code true} for the date forms, with or without a time zone
   */
  public boolean isDate() {
    return date != null;
  }

  /**
   * Returns the date of the all-day forms.
   *
   * @return the date, or {@code null} for the time forms
   */
  public LocalDate getDate() {
    return date;
  }

  /**
   * Returns the time of the time forms.
   *
   * @return the time, or {@code null} for the date form
   */
  public OffsetDateTime getTime() {
    return time;
  }

  /**
   * Returns the time zone of the localized forms.
   *
   * @return the IANA time zone, or {@code null} for the other forms
   */
  public String getTzid() {
    return tzid;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof EventTime)) {
      return false;
    }
    EventTime other = (EventTime) o;
    return Objects.equals(date, other.date)
        && (time == null ? other.time == null : other.time != null && time.isEqual(other.time))
        && Objects.equals(tzid, other.tzid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, time == null ? null : time.toInstant(), tzid);
  }

  /** Returns the wire form, such as {@code 2024-09-13T19:00:00.000Z[Europe/London]}. */
  @Override
  public String toString() {
    return (date != null ? date.toString() : Json.formatTimestamp(time)) + (tzid == null ? "" : "[" + tzid + "]");
  }

  /** Reads and writes the three JSON forms. */
  public static final class GsonAdapter extends TypeAdapter<EventTime> {
    private static final int TIME = 0;
    private static final int TZID = 1;
    private static final MemberNames MEMBERS = MemberNames.of("time", "tzid");

    /** Creates the adapter; Gson calls this. */
    public GsonAdapter() {}

    @Override
    public void write(JsonWriter out, EventTime value) throws IOException {
      if (value == null) {
        out.nullValue();
        return;
      }
      String text = value.date != null ? value.date.toString() : Json.formatTimestamp(value.time);
      if (value.tzid == null) {
        out.value(text);
      } else {
        out.beginObject();
        out.name("time").value(text);
        out.name("tzid").value(value.tzid);
        out.endObject();
      }
    }

    @Override
    public EventTime read(JsonReader in) throws IOException {
      JsonToken token = in.peek();
      if (token == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      if (token == JsonToken.STRING) {
        OffsetDateTime common = Utf8JsonReader.nextCommonTimestamp(in);
        return common != null ? new EventTime(null, common, null) : parse(in.nextString(), in);
      }
      if (token != JsonToken.BEGIN_OBJECT) {
        throw new JsonParseException(
            "expected an event time (a date, a time or {time, tzid}) at " + in.getPath() + " but got " + token);
      }
      String time = null;
      OffsetDateTime commonTime = null;
      String tzid = null;
      in.beginObject();
      MemberNameReader names = MemberNames.reader(in);
      while (in.hasNext()) {
        int member = names.nextMember(MEMBERS);
        if (member == TIME && in.peek() == JsonToken.STRING) {
          commonTime = Utf8JsonReader.nextCommonTimestamp(in);
          time = commonTime != null ? null : in.nextString();
        } else if (member == TZID && in.peek() == JsonToken.STRING) {
          tzid = in.nextString();
        } else {
          in.skipValue();
        }
      }
      in.endObject();
      if ((time == null && commonTime == null) || tzid == null) {
        throw new JsonParseException("an event time object needs \"time\" and \"tzid\" at " + in.getPath());
      }
      if (commonTime != null) {
        return new EventTime(null, commonTime, tzid);
      }
      EventTime parsed = parse(time, in);
      return new EventTime(parsed.date, parsed.time, tzid);
    }

    private static EventTime parse(String text, JsonReader in) {
      try {
        if (text.length() == 10) {
          return new EventTime(LocalDate.parse(text), null, null);
        }
        return new EventTime(null, writable(Json.parseTimestamp(text)), null);
      } catch (DateTimeException | IllegalArgumentException e) {
        throw new JsonParseException(
            "expected a date or an RFC 3339 time at " + in.getPath() + " but got \"" + text + "\"", e);
      }
    }
  }
}
