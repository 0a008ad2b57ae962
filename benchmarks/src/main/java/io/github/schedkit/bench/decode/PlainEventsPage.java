package io.github.schedkit.bench.decode;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * Plain classes equivalent to schedkit's {@code EventsPage} and {@code Event}, for Gson's reflective
 * decoding with a default {@code new Gson()}: {@code @SerializedName} fields, Java enums, and
 * timestamps left as strings (reflective Gson cannot build {@code java.time} types), with the
 * localized-time object form of start and end.
 */
public final class PlainEventsPage {
  PlainPages pages;
  List<PlainEvent> events;

  /** Creates an empty page; Gson fills it in. */
  PlainEventsPage() {}

  /** Pagination state. */
  static final class PlainPages {
    int current;
    int total;

    @SerializedName("next_page")
    String nextPage;
  }

  /** An event. */
  static final class PlainEvent {
    @SerializedName("calendar_id")
    String calendarId;

    @SerializedName("event_id")
    String eventId;

    @SerializedName("event_uid")
    String eventUid;

    String summary;
    String description;
    PlainEventTime start;
    PlainEventTime end;
    Boolean deleted;
    String created;
    String updated;
    PlainLocation location;

    @SerializedName("participation_status")
    PlainAttendeeStatus participationStatus;

    List<PlainAttendee> attendees;
    PlainPerson organizer;
    PlainTransparency transparency;
    PlainEventStatus status;
    List<String> categories;
    Boolean recurring;

    @SerializedName("event_private")
    Boolean eventPrivate;

    PlainOptions options;
  }

  /** A localized time. */
  static final class PlainEventTime {
    String time;
    String tzid;
  }

  /** A location. */
  static final class PlainLocation {
    String description;
  }

  /** An attendee. */
  static final class PlainAttendee {
    String email;

    @SerializedName("display_name")
    String displayName;

    PlainAttendeeStatus status;
  }

  /** An organizer. */
  static final class PlainPerson {
    String email;

    @SerializedName("display_name")
    String displayName;
  }

  /** What the application may do with an event. */
  static final class PlainOptions {
    Boolean delete;
    Boolean update;

    @SerializedName("change_participation_status")
    Boolean changeParticipationStatus;
  }

  /** An attendee's response. */
  enum PlainAttendeeStatus {
    @SerializedName("needs_action")
    NEEDS_ACTION,
    @SerializedName("accepted")
    ACCEPTED,
    @SerializedName("declined")
    DECLINED,
    @SerializedName("tentative")
    TENTATIVE,
    @SerializedName("unknown")
    UNKNOWN
  }

  /** Whether an event blocks time. */
  enum PlainTransparency {
    @SerializedName("opaque")
    OPAQUE,
    @SerializedName("transparent")
    TRANSPARENT,
    @SerializedName("unknown")
    UNKNOWN
  }

  /** The status of an event. */
  enum PlainEventStatus {
    @SerializedName("confirmed")
    CONFIRMED,
    @SerializedName("tentative")
    TENTATIVE,
    @SerializedName("cancelled")
    CANCELLED,
    @SerializedName("unknown")
    UNKNOWN
  }
}
