package io.github.schedkit.bench.pagination;

import io.github.schedkit.bench.check.Check;
import io.github.schedkit.bench.fixtures.RegistrationsFixture;
import io.github.schedkit.cronofy.CronofyClient;
import io.github.schedkit.cronofy.model.BookableEvent;
import io.github.schedkit.cronofy.model.Registration;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs in its own small-heap JVM (started by {@link PaginationSection}): iterates every registration
 * of bookable events with many pages through the auto-pager, checking each one, and prints one
 * {@code RESULT} line per event with the time taken, the peak heap, and the most heap still in use
 * after a full GC at any point of the iteration.
 */
public final class PaginationProbe {
  /** Prefix of the lines {@link PaginationSection} reads. */
  static final String RESULT = "RESULT";

  private static final int LIVE_SAMPLE_EVERY_PAGES = 100;
  private static final int WARM_UP_PAGES = 500;

  private final CronofyClient client;

  private PaginationProbe(String baseUrl) {
    this.client =
        CronofyClient.builder()
            .clientSecret(RegistrationsFixture.CLIENT_SECRET)
            .baseUrl(baseUrl)
            .maxRetries(0)
            .build();
  }

  /**
   * Iterates the bookable events with the given page counts, in order.
   *
   * @param args the server's base URL, then page counts (such as {@code 200 2000})
   */
  public static void main(String[] args) {
    PaginationProbe probe = new PaginationProbe(args[0]);
    probe.iterate(WARM_UP_PAGES);
    probe.maxLiveHeap(WARM_UP_PAGES);
    for (int i = 1; i < args.length; i++) {
      int pages = Integer.parseInt(args[i]);
      System.gc();
      List<MemoryPoolMXBean> heap = heapPools();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long started = System.nanoTime();
      long count = probe.iterate(pages);
      long millis = (System.nanoTime() - started) / 1_000_000;
      long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      long live = probe.maxLiveHeap(pages);
      System.out.println(
          String.format(
              Locale.ROOT,
              "%s pages=%d registrations=%d millis=%d peakHeap=%d liveHeap=%d maxHeap=%d gc=%s",
              RESULT,
              pages,
              count,
              millis,
              peak,
              live,
              Runtime.getRuntime().maxMemory(),
              gcNames()));
    }
  }

  private long iterate(int pages) {
    return walk(pages, null);
  }

  /** Iterates again, running a full GC every {@value #LIVE_SAMPLE_EVERY_PAGES} pages to see what stays reachable. */
  private long maxLiveHeap(int pages) {
    long[] live = new long[1];
    walk(pages, live);
    return live[0];
  }

  private long walk(int pages, long[] maxLive) {
    BookableEvent event = client.bookableEvents().readBookableEvent(RegistrationsFixture.eventId(pages)).execute();
    long k = 0;
    for (Registration registration : event.getRegistration().autoPager()) {
      RegistrationsFixture.check(k, registration.getRegistrationId(), registration.getStatus().asString());
      k++;
      if (maxLive != null && k % ((long) LIVE_SAMPLE_EVERY_PAGES * RegistrationsFixture.PER_PAGE) == 0) {
        System.gc();
        maxLive[0] = Math.max(maxLive[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
      }
    }
    Check.equal("registrations of " + RegistrationsFixture.eventId(pages), (long) pages * RegistrationsFixture.PER_PAGE, k);
    return k;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .collect(Collectors.toList());
  }

  private static String gcNames() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .map(name -> name.replace(' ', '_'))
        .collect(Collectors.joining(","));
  }
}
