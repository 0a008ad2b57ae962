package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.fixture.ThingStatus;
import io.github.schedkit.core.fixture.ThingsApi.ListThingsQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

  @Test
  void emptyBuilderHasNoParameters() {
    assertTrue(ListThingsQuery.builder().build().names().isEmpty());
  }

  @Test
  void unsetAndNullValuesAreOmitted() {
    ListThingsQuery query = ListThingsQuery.builder().q("x").status(null).perPage(null).build();

    assertEquals(Set.of("q"), query.names());
    assertEquals("x", query.get("q"));
    assertNull(query.get("status"));
  }

  @Test
  void settingNullRemovesAnEarlierValue() {
    ListThingsQuery query = ListThingsQuery.builder().q("x").perPage(10).q(null).build();

    assertEquals(Set.of("per_page"), query.names());
    assertEquals("10", query.get("per_page"));
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

    assertEquals("[per_page, q, page]", query.names().toString());
  }

  @Test
  void isUnmodifiable() {
    ListThingsQuery query = ListThingsQuery.builder().q("a").tagIds(List.of("t1")).build();

    assertThrows(UnsupportedOperationException.class, () -> query.names().clear());
    assertThrows(UnsupportedOperationException.class, () -> query.getAll("tag_ids[]").add("t2"));
  }

  @Test
  void aListParameterIsSentOncePerValueInOrder() {
    ListThingsQuery query = ListThingsQuery.builder().tagIds(List.of("b", "a", "b")).build();
    HttpUrl.Builder url = HttpUrl.get("https://api.example.com/v1/things?x=1").newBuilder();

    query.applyTo(url);

    assertEquals(List.of("b", "a", "b"), query.getAll("tag_ids[]"));
    assertEquals(
        "https://api.example.com/v1/things?x=1&tag_ids%5B%5D=b&tag_ids%5B%5D=a&tag_ids%5B%5D=b",
        url.build().toString());
  }

  @Test
  void anEmptyOrNullListLeavesTheParameterOut() {
    assertTrue(ListThingsQuery.builder().tagIds(List.of()).build().names().isEmpty());
    assertTrue(ListThingsQuery.builder().tagIds(List.of("a")).tagIds(null).build().names().isEmpty());
  }

  @Test
  void aNullListElementIsRejectedWithItsName() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> ListThingsQuery.builder().tagIds(java.util.Arrays.asList("a", null)));
    assertTrue(e.getMessage().contains("tag_ids[]"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    assertEquals(ListThingsQuery.builder().q("a").build(), ListThingsQuery.builder().q("a").build());
    assertEquals(ListThingsQuery.builder().q("a").build().hashCode(), ListThingsQuery.builder().q("a").build().hashCode());
    assertNotEquals(ListThingsQuery.builder().q("a").build(), ListThingsQuery.builder().q("b").build());
  }

  @Test
  void builderChangesDoNotAffectBuiltParameters() {
    ListThingsQuery.Builder builder = ListThingsQuery.builder().q("a");
    ListThingsQuery first = builder.build();
    builder.q("b").perPage(3);

    assertEquals(Set.of("q"), first.names());
    assertEquals("a", first.get("q"));
  }

  @Test
  void toBuilderCopiesWithoutSharing() {
    ListThingsQuery original = ListThingsQuery.builder().q("a").perPage(3).build();

    ListThingsQuery changed = original.toBuilder().q("b").perPage(null).build();

    assertEquals("a", original.get("q"));
    assertEquals("3", original.get("per_page"));
    assertEquals(Set.of("q"), changed.names());
    assertEquals("b", changed.get("q"));
  }
}
