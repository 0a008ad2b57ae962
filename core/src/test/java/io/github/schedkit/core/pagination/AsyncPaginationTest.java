package io.github.schedkit.core.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.InternalServerException;
import io.github.schedkit.core.errors.PaginationException;
import io.github.schedkit.core.fixture.MockServerTestBase;
import io.github.schedkit.core.fixture.ThingPage;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** {@link Page#nextPageAsync()} and {@link AutoPager#forEachAsync}. */
class AsyncPaginationTest extends MockServerTestBase {

  private static MockResponse page(Integer next, String... ids) {
    StringBuilder items = new StringBuilder();
    for (String id : ids) {
      items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\"}");
    }
    return json("{\"data\":[" + items + "],\"next_page\":" + next + "}");
  }

  @Test
  void nextPageAsyncFetchesTheNextPage() throws Exception {
    server.enqueue(page(2, "a"));
    server.enqueue(page(null, "b"));

    ThingPage first = api.listThings().execute();
    ThingPage second = first.nextPageAsync().get(3, TimeUnit.SECONDS);

    assertEquals("b", second.items().get(0).getId());
    takeRequest();
    assertEquals("/v1/things?page=2", takeRequest().getPath());
    assertThrows(NoSuchElementException.class, second::nextPageAsync);
  }

  @Test
  void nextPageAsyncFailsWhenTheNextPageHasNoContent() throws Exception {
    server.enqueue(page(2, "a"));
    server.enqueue(new MockResponse().setResponseCode(204));

    ThingPage first = api.listThings().execute();
    CompletionException failure = assertThrows(CompletionException.class, () -> first.nextPageAsync().join());

    assertInstanceOf(PaginationException.class, failure.getCause());
  }

  @Test
  void forEachAsyncVisitsEveryItemInOrderAcrossPages() throws Exception {
    server.enqueue(page(2, "a", "b"));
    server.enqueue(page(3));
    server.enqueue(page(4, "c"));
    server.enqueue(page(null, "d", "e"));
    List<String> seen = new CopyOnWriteArrayList<>();

    ThingPage first = api.listThings().execute();
    first.autoPager().forEachAsync(thing -> seen.add(thing.getId())).get(3, TimeUnit.SECONDS);

    assertEquals(List.of("a", "b", "c", "d", "e"), seen);
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void forEachAsyncFailsWithTheTypedExceptionOfAFailedPage() throws Exception {
    server.enqueue(page(2, "a"));
    server.enqueue(json(500, "{}"));
    List<String> seen = new CopyOnWriteArrayList<>();

    ThingPage first = api.listThings().execute();
    CompletableFuture<Void> run = first.autoPager().forEachAsync(thing -> seen.add(thing.getId()));

    CompletionException failure = assertThrows(CompletionException.class, run::join);
    assertInstanceOf(InternalServerException.class, failure.getCause());
    assertEquals(List.of("a"), seen);
  }

  @Test
  void forEachAsyncStopsWhenTheActionThrows() throws Exception {
    server.enqueue(page(2, "a", "b"));
    IllegalStateException boom = new IllegalStateException("boom");

    ThingPage first = api.listThings().execute();
    CompletableFuture<Void> run =
        first.autoPager().forEachAsync(thing -> {
          throw boom;
        });

    assertEquals(boom, assertThrows(CompletionException.class, run::join).getCause());
    assertEquals(1, server.getRequestCount(), "a page was fetched after the action failed");
  }

  @Test
  void cancellingForEachAsyncCancelsThePageRequestInFlight() throws Exception {
    server.enqueue(page(2, "a"));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    List<String> seen = new CopyOnWriteArrayList<>();

    ThingPage first = api.listThings().execute();
    CompletableFuture<Void> run = first.autoPager().forEachAsync(thing -> seen.add(thing.getId()));
    takeRequest();
    takeRequest(); // page 2 is in flight and unanswered
    long started = System.nanoTime();
    assertTrue(run.cancel(true));

    assertTrue(run.isCancelled());
    assertEquals(List.of("a"), seen);
    // The cancelled OkHttp call gives its connection up at once rather than at the 2 s read timeout.
    assertNoConnectionInUse(okHttp);
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 1000, "the page request was not cancelled");
  }
}
