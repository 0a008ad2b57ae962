package io.github.schedkit.core.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.ApiCall;
import io.github.schedkit.core.errors.InternalServerException;
import io.github.schedkit.core.errors.PaginationException;
import io.github.schedkit.core.fixture.LinkedThingPage;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.RecordingCallback;
import io.github.schedkit.core.fixture.TestClientBuilder;
import io.github.schedkit.core.fixture.Thing;
import io.github.schedkit.core.fixture.ThingPage;
import io.github.schedkit.core.fixture.ThingStatus;
import io.github.schedkit.core.fixture.ThingsApi.ListThingsQuery;
import io.github.schedkit.core.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class PaginationTest extends MockServerTestBase {

  private static String page(Integer next, String... ids) {
    String items =
        java.util.Arrays.stream(ids)
            .map(id -> "{\"id\":\"" + id + "\"}")
            .collect(Collectors.joining(","));
    return "{\"data\":[" + items + "],\"next_page\":" + next + "}";
  }

  private static String linked(String next, String... ids) {
    String items =
        java.util.Arrays.stream(ids)
            .map(id -> "{\"id\":\"" + id + "\"}")
            .collect(Collectors.joining(","));
    return "{\"pages\":{\"current\":1,\"total\":9,\"next_page\":"
        + (next == null ? "null" : "\"" + next + "\"")
        + "},\"things\":["
        + items
        + "]}";
  }

  private static ListThingsQuery filter() {
    return ListThingsQuery.builder().q("needle").status(ThingStatus.ACTIVE).perPage(2).build();
  }

  private static List<String> ids(Iterable<Thing> things) {
    List<String> ids = new ArrayList<>();
    things.forEach(t -> ids.add(t.getId()));
    return ids;
  }

  @Test
  void autoPagerYieldsEveryItemOnceInOrderFetchingLazily() throws Exception {
    server.enqueue(json(page(2, "a", "b")));
    server.enqueue(json(page(3, "c", "d")));
    server.enqueue(json(page(null, "e")));

    ThingPage first = api.listThings(filter()).execute();
    Iterator<Thing> items = first.autoPager().iterator();
    assertEquals(1, server.getRequestCount());

    assertEquals("a", items.next().getId());
    assertEquals("b", items.next().getId());
    assertEquals(1, server.getRequestCount(), "page 2 requested before page 1 was used up");
    assertTrue(items.hasNext());
    assertEquals(2, server.getRequestCount());
    assertEquals("c", items.next().getId());
    assertEquals("d", items.next().getId());
    assertEquals(2, server.getRequestCount(), "page 3 requested before page 2 was used up");
    assertEquals("e", items.next().getId());
    assertEquals(3, server.getRequestCount());
    assertFalse(items.hasNext());
    assertFalse(items.hasNext());
    assertThrows(NoSuchElementException.class, items::next);
    assertEquals(3, server.getRequestCount());

    RecordedRequest p1 = takeRequest();
    RecordedRequest p2 = takeRequest();
    RecordedRequest p3 = takeRequest();
    assertNull(p1.getRequestUrl().queryParameter("page"));
    assertEquals("2", p2.getRequestUrl().queryParameter("page"));
    assertEquals("3", p3.getRequestUrl().queryParameter("page"));
    for (RecordedRequest request : List.of(p1, p2, p3)) {
      HttpUrl url = request.getRequestUrl();
      assertEquals("/v1/things", url.encodedPath());
      assertEquals("needle", url.queryParameter("q"));
      assertEquals("active", url.queryParameter("status"));
      assertEquals("2", url.queryParameter("per_page"));
      assertTrue(url.queryParameterValues("page").size() <= 1, "page sent twice: " + url);
      assertEquals(SECRET, request.getHeader(TestClientBuilder.KEY_HEADER));
      assertEquals("GET", request.getMethod());
    }
  }

  @Test
  void nextPageReplacesAnExplicitPageParameterInsteadOfAddingOne() throws Exception {
    server.enqueue(json(page(3, "c")));
    server.enqueue(json(page(null, "d")));

    ThingPage second = api.listThings(filter().toBuilder().page(2).build()).execute();
    ThingPage third = second.nextPage();

    assertEquals(List.of("d"), ids(third.items()));
    takeRequest();
    HttpUrl url = takeRequest().getRequestUrl();
    assertEquals(List.of("3"), url.queryParameterValues("page"));
    assertEquals("needle", url.queryParameter("q"));
  }

  @Test
  void emptyMiddlePagesAreSkipped() {
    server.enqueue(json(page(2, "a")));
    server.enqueue(json(page(3)));
    server.enqueue(json(page(4)));
    server.enqueue(json(page(null, "b")));

    List<String> all = ids(api.listThings(filter()).execute().autoPager());

    assertEquals(List.of("a", "b"), all);
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void emptyFirstAndLastPages() {
    server.enqueue(json(page(2)));
    server.enqueue(json(page(null)));

    List<String> all = ids(api.listThings().execute().autoPager());

    assertEquals(List.of(), all);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void streamIsLazyAndOrdered() {
    server.enqueue(json(page(2, "a", "b")));
    server.enqueue(json(page(null, "c")));

    ThingPage first = api.listThings(filter()).execute();

    assertEquals("a", first.autoPager().stream().findFirst().orElseThrow().getId());
    assertEquals(1, server.getRequestCount());
    assertEquals(
        List.of("a", "b", "c"),
        first.autoPager().stream().map(Thing::getId).collect(Collectors.toList()));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void eachIteratorStartsAgainFromTheFirstPage() {
    server.enqueue(json(page(2, "a")));
    server.enqueue(json(page(null, "b")));
    server.enqueue(json(page(null, "b2")));

    var pager = api.listThings().execute().autoPager();

    assertEquals(List.of("a", "b"), ids(pager));
    assertEquals(List.of("a", "b2"), ids(pager));
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void nextPageOnTheLastPageIsNoSuchElement() {
    server.enqueue(json(page(null, "a")));

    ThingPage only = api.listThings().execute();

    assertFalse(only.hasNextPage());
    assertThrows(NoSuchElementException.class, only::nextPage);
    assertThrows(NoSuchElementException.class, only::nextPageCall);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void pageNotFromACallCannotFetchTheNextPage() {
    ThingPage detached = Json.gson().fromJson(page(2, "a"), ThingPage.class);

    assertEquals(List.of("a"), ids(detached.items()));
    assertTrue(detached.hasNextPage());
    assertThrows(IllegalStateException.class, detached::nextPage);
    assertThrows(IllegalStateException.class, detached::nextPageCall);
  }

  @Test
  void serverRepeatingTheCurrentPageIsAPaginationException() {
    server.enqueue(json(page(2, "a")));
    server.enqueue(json(page(2, "b")));

    Iterator<Thing> items = api.listThings(filter()).execute().autoPager().iterator();
    assertEquals("a", items.next().getId());
    assertEquals("b", items.next().getId());

    PaginationException e = assertThrows(PaginationException.class, items::hasNext);

    assertEquals(2, server.getRequestCount());
    assertTrue(e.getMessage().contains("/v1/things"), e.getMessage());
    assertFalse(e.getMessage().contains("needle"), e.getMessage());
    assertNoSecret(e);
  }

  @Test
  void linkStylePaginationFollowsSameOriginLinks() throws Exception {
    String second = server.url("/v1/linked?page=2&token=abc").toString();
    server.enqueue(json(linked(second, "a", "b")));
    server.enqueue(json(linked(null, "c")));

    List<String> all = ids(api.listLinkedThings().execute().autoPager());

    assertEquals(List.of("a", "b", "c"), all);
    takeRequest();
    RecordedRequest next = takeRequest();
    assertEquals("/v1/linked?page=2&token=abc", next.getPath());
    assertEquals(SECRET, next.getHeader(TestClientBuilder.KEY_HEADER));
  }

  @Test
  void linkRepeatingTheCurrentUrlIsAPaginationException() {
    server.enqueue(json(linked(server.url("/v1/linked").toString(), "a")));

    LinkedThingPage first = api.listLinkedThings().execute();

    assertThrows(PaginationException.class, first::nextPage);
    Iterator<Thing> items = first.autoPager().iterator();
    assertEquals("a", items.next().getId());
    assertThrows(PaginationException.class, items::hasNext);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void linkToAnotherOriginIsRefusedAndNothingIsSentThere() throws Exception {
    MockWebServer other = new MockWebServer();
    other.start();
    try {
      other.enqueue(json(linked(null, "stolen")));
      server.enqueue(json(linked(other.url("/v1/linked?page=2").toString(), "a")));

      LinkedThingPage first = api.listLinkedThings().execute();
      PaginationException e = assertThrows(PaginationException.class, first::nextPage);
      assertThrows(PaginationException.class, first::nextPageCall);
      Iterator<Thing> items = first.autoPager().iterator();
      assertEquals("a", items.next().getId());
      assertThrows(PaginationException.class, items::hasNext);

      assertEquals(0, other.getRequestCount());
      assertEquals(1, server.getRequestCount());
      assertTrue(e.getMessage().contains("no credential was sent"), e.getMessage());
      assertNoSecret(e);
    } finally {
      other.shutdown();
    }
  }

  @Test
  void linkToAnotherSchemeOrHostIsRefused() {
    int port = server.getPort();
    server.enqueue(json(linked("https://localhost:" + port + "/v1/linked?page=2", "a")));
    server.enqueue(json(linked("http://attacker.invalid:" + port + "/v1/linked?page=2", "a")));

    LinkedThingPage otherScheme = api.listLinkedThings().execute();
    LinkedThingPage otherHost = api.listLinkedThings().execute();

    assertThrows(PaginationException.class, otherScheme::nextPage);
    assertThrows(PaginationException.class, otherHost::nextPage);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void relativeOrMalformedLinkIsAPaginationException() {
    server.enqueue(json(linked("/v1/linked?page=2", "a")));
    server.enqueue(json(linked("not a url", "a")));

    assertThrows(PaginationException.class, api.listLinkedThings().execute()::nextPage);
    assertThrows(PaginationException.class, api.listLinkedThings().execute()::nextPage);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void nextPageAnsweredWithNoContentIsAPaginationException() {
    server.enqueue(json(page(2, "a")));
    server.enqueue(new MockResponse().setResponseCode(204));

    Iterator<Thing> items = api.listThings(filter()).execute().autoPager().iterator();
    assertEquals("a", items.next().getId());

    PaginationException e = assertThrows(PaginationException.class, items::hasNext);
    assertTrue(e.getMessage().contains("no content"), e.getMessage());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void failedPageRequestSurfacesFromTheIterator() {
    server.enqueue(json(page(2, "a")));
    server.enqueue(json(500, "{\"error\":\"boom\"}"));

    Iterator<Thing> items = api.listThings(filter()).execute().autoPager().iterator();
    assertEquals("a", items.next().getId());

    InternalServerException e = assertThrows(InternalServerException.class, items::hasNext);
    assertEquals("listThings", e.operation().operationId());
    assertFalse(e.getMessage().contains("page=2"), e.getMessage());
  }

  @Test
  void nextPageCallCanBeEnqueued() throws Exception {
    server.enqueue(json(page(2, "a")));
    server.enqueue(json(page(null, "b")));

    ThingPage first = api.listThings(filter()).execute();
    ApiCall<ThingPage> next = first.nextPageCall();
    assertEquals("2", next.request().url().queryParameter("page"));
    assertEquals(1, server.getRequestCount(), "nextPageCall() must not send anything");

    var callback = new RecordingCallback<ThingPage>();
    next.enqueue(callback);

    ThingPage second = callback.await().response().body();
    assertEquals(List.of("b"), ids(second.items()));
    assertInstanceOf(ThingPage.class, second);
    assertFalse(second.hasNextPage());
  }

  @Test
  void pagesFetchedByACopyCanPageOnToo() {
    server.enqueue(json(page(2, "a")));
    server.enqueue(json(page(2, "a")));
    server.enqueue(json(page(null, "b")));

    ApiCall<ThingPage> call = api.listThings();
    call.execute();
    ThingPage again = call.copy().execute();

    assertEquals(List.of("b"), ids(again.nextPage().items()));
  }
}
