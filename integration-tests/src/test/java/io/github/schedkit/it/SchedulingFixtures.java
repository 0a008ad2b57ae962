package io.github.schedkit.it;

import io.github.schedkit.cronofy.AvailabilityRequired;
import io.github.schedkit.cronofy.model.AvailabilityMember;
import io.github.schedkit.cronofy.model.AvailabilityParticipantGroup;
import io.github.schedkit.cronofy.model.QueryPeriod;
import io.github.schedkit.cronofy.model.SchedulingDuration;
import java.time.OffsetDateTime;
import java.util.Arrays;

/** Short builders for the scheduling building blocks that the Cronofy scheduling tests share. */
final class SchedulingFixtures {
  private SchedulingFixtures() {}

  /** A duration of {@code minutes} minutes. */
  static SchedulingDuration minutes(int minutes) {
    return SchedulingDuration.builder().minutes(minutes).build();
  }

  /** A period between two RFC 3339 times. */
  static QueryPeriod period(String start, String end) {
    return QueryPeriod.builder().start(OffsetDateTime.parse(start)).end(OffsetDateTime.parse(end)).build();
  }

  /** A member with only its {@code sub}. */
  static AvailabilityMember member(String sub) {
    return AvailabilityMember.builder().sub(sub).build();
  }

  /** A participant group in which every member must be available. */
  static AvailabilityParticipantGroup allOf(AvailabilityMember... members) {
    return AvailabilityParticipantGroup.builder()
        .members(Arrays.asList(members))
        .required(AvailabilityRequired.all())
        .build();
  }
}
