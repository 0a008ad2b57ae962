package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.fixture.ThingStatus;
import io.github.schedkit.core.fixture.ThingsApi.ListThingsQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

  @Test
  void emptyBuilderHasNoParameters() {
    assertTrue(ListThingsQuery.builder().build().isEmpty());
  }

  @Test
  void unsetAndNullValuesAreOmitted() {
    ListThingsQuery query = ListThingsQuery.builder().q("x").status(null).perPage(null).build();

    assertEquals(Map.of("q", "x"), query);
  }

  @Test
  void settingNullRemovesAnEarlierValue() {
    ListThingsQuery query = ListThingsQuery.builder().q("x").perPage(10).q(null).build();

    assertEquals(Map.of("per_page", "10"), query);
  }

  @Test
  void timestampIsSentInUtcWithMillis() {
    ListThingsQuery query =
        ListThingsQuery.builder()
            .updatedAfter(OffsetDateTime.of(2024, 3, 16, 11, 0, 0, 0, ZoneOffset.ofHours(9)))
            .build();

    assertEquals("2024-03-16T02:00:00.000Z", query.get("updated_after"));
  }

  @Test
  void timestampKeepsMillisAndDropsSmallerFractions() {
    ListThingsQuery query =
        ListThingsQuery.builder()
            .updatedAfter(OffsetDateTime.of(2024, 3, 16, 2, 0, 5, 123_456_789, ZoneOffset.UTC))
            .build();

    assertEquals("2024-03-16T02:00:05.123Z", query.get("updated_after"));
  }

  @Test
  void openEnumIsSentAsItsRawText() {
    assertEquals("active", ListThingsQuery.builder().status(ThingStatus.ACTIVE).build().get("status"));
    assertEquals(
        "Paused V2",
        ListThingsQuery.builder().status(ThingStatus.of("Paused V2")).build().get("status"));
  }

  @Test
  void otherValuesUseToString() {
    assertEquals("25", ListThingsQuery.builder().perPage(25).build().get("per_page"));
  }

  @Test
  void keepsInsertionOrder() {
    ListThingsQuery query = ListThingsQuery.builder().perPage(5).q("a").page(2).build();

    assertEquals("[per_page, q, page]", query.keySet().toString());
  }

  @Test
  void isUnmodifiable() {
    ListThingsQuery query = ListThingsQuery.builder().q("a").build();

    assertThrows(UnsupportedOperationException.class, () -> query.put("q", "b"));
    assertThrows(UnsupportedOperationException.class, query::clear);
    assertThrows(
        UnsupportedOperationException.class, () -> query.entrySet().iterator().next().setValue("b"));
  }

  @Test
  void builderChangesDoNotAffectBuiltParameters() {
    ListThingsQuery.Builder builder = ListThingsQuery.builder().q("a");
    ListThingsQuery first = builder.build();
    builder.q("b").perPage(3);

    assertEquals(Map.of("q", "a"), first);
  }

  @Test
  void toBuilderCopiesWithoutSharing() {
    ListThingsQuery original = ListThingsQuery.builder().q("a").perPage(3).build();

    ListThingsQuery changed = original.toBuilder().q("b").perPage(null).build();

    assertEquals(Map.of("q", "a", "per_page", "3"), original);
    assertEquals(Map.of("q", "b"), changed);
  }
}
