package io.github.schedkit.it;

import static io.github.schedkit.it.JicooMock.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schedkit.core.errors.PaginationException;
import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.jicoo.api.BookingsApi.ListBookingsQuery;
import io.github.schedkit.jicoo.model.BookingPage;
import io.github.schedkit.jicoo.model.BookingSortField;
import io.github.schedkit.jicoo.model.BookingStatusFilter;
import io.github.schedkit.jicoo.model.SortDirection;
import io.github.schedkit.mock.PrismServer;
import java.time.OffsetDateTime;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Page-number pagination through Prism: the next page keeps the filters and the key. */
@UsePrism(JicooMock.SPEC)
class JicooPaginationIT {
  private static final RecordingInterceptor SENT = new RecordingInterceptor();
  private static JicooClient jicoo;

  @BeforeAll
  static void setUp(PrismServer prism) {
    jicoo = JicooMock.client(prism, SENT);
  }

  @Test
  void nextPageAsksForPageTwoWithTheSameFilters() {
    SENT.clear();
    ListBookingsQuery query =
        ListBookingsQuery.builder()
            .status(BookingStatusFilter.CANCEL)
            .startedAt(OffsetDateTime.parse("2024-06-12T03:00:00Z"))
            .sort(SortDirection.ASC)
            .order(BookingSortField.CREATED_AT)
            .perPage(2)
            .build();

    BookingPage first = jicoo.bookings().listBookings(query).execute();
    BookingPage second = first.nextPage();

    List<Request> sent = SENT.requests();
    assertEquals(2, sent.size());
    HttpUrl firstUrl = sent.get(0).url();
    HttpUrl secondUrl = sent.get(1).url();
    assertNull(firstUrl.queryParameter("page"));
    assertEquals("2", secondUrl.queryParameter("page"));
    assertEquals("/v1/bookings", secondUrl.encodedPath());
    for (String name : new String[] {"status", "startedAt", "sort", "order", "perPage"}) {
      assertEquals(firstUrl.queryParameter(name), secondUrl.queryParameter(name), name);
    }
    assertEquals("cancel", secondUrl.queryParameter("status"));
    assertEquals("2024-06-12T03:00:00.000Z", secondUrl.queryParameter("startedAt"));
    assertEquals("asc", secondUrl.queryParameter("sort"));
    assertEquals("createdAt", secondUrl.queryParameter("order"));
    assertEquals("2", secondUrl.queryParameter("perPage"));
    assertEquals(JicooMock.API_KEY, sent.get(1).header("X-Jicoo-Api-Key"));

    EXAMPLES.assertMatchesResponse("listBookings", second);
    assertEquals(2, second.items().size());
    assertEquals("ACDADADASS", second.items().get(0).getUid());

    // Prism's static example says "nextPage: 2" again on page 2; the SDK refuses to loop.
    assertThrows(PaginationException.class, second::nextPageCall);
  }
}
