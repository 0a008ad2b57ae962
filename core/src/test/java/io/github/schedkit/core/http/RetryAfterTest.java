package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);

  @Test
  void seconds() {
    assertEquals(Duration.ofSeconds(7), RetryAfter.parse("7", NOW));
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse(" 120 ", NOW));
    assertEquals(Duration.ZERO, RetryAfter.parse("0", NOW));
  }

  @Test
  void httpDateInTheFuture() {
    assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Wed, 21 Oct 2015 07:29:30 GMT", NOW));
  }

  @Test
  void httpDateNowOrInThePastIsZero() {
    assertEquals(Duration.ZERO, RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW));
    assertEquals(Duration.ZERO, RetryAfter.parse("Tue, 20 Oct 2015 07:28:00 GMT", NOW));
    assertEquals(Duration.ZERO, RetryAfter.parse("Mon, 1 Jan 2001 00:00:00 GMT", Clock.systemUTC()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "soon",
        "-5",
        "1.5",
        "7s",
        "99999999999999999999999",
        "2015-10-21T07:29:30Z",
        "Wed, 32 Oct 2015 07:29:30 GMT"
      })
  void garbageIsNull(String value) {
    assertNull(RetryAfter.parse(value, NOW));
  }

  @Test
  void absentIsNull() {
    assertNull(RetryAfter.parse(null, NOW));
  }
}
