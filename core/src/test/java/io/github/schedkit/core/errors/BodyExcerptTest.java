package io.github.schedkit.core.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The excerpt of a body that messages may quote: short, with identifying values masked. */
class BodyExcerptTest {
  @Test
  void htmlIsCutToTheLimit() {
    String html = "<!DOCTYPE html>\n<html>\n  <head><title>Service Unavailable</title></head><body>" + "x".repeat(500);

    String excerpt = BodyExcerpt.of(html);

    assertEquals("<!DOCTYPE html> <html> <head><title>Service Unavailable</tit…", excerpt);
    assertEquals(BodyExcerpt.MAX_CHARS + 1, excerpt.length());
  }

  @Test
  void freeTextIdentifiersAndEmailsAreMaskedButCodesStay() {
    String body =
        "{\"error\":\"invalid_grant\",\"key\":\"errors.required\",\"v\":\"v2\",\"name\":\"John Doe\","
            + "\"sub\":\"acc_5ba21743f408617d1269ea1e\",\"mail\":\"guest@example.com\"}";

    String excerpt = BodyExcerpt.redact(body);

    assertEquals(
        "{\"error\":\"invalid_grant\",\"key\":\"errors.required\",\"v\":\"v2\",\"name\":\"█\",\"sub\":\"█\",\"mail\":\"█\"}",
        excerpt);
  }

  @Test
  void textOutsideQuotesLosesEmailsAndDigitHeavyWords() {
    assertEquals(
        "user █ with phone █ booked 3 slots",
        BodyExcerpt.redact("user guest@example.com with phone +81-90-1234-5678 booked 3 slots"));
  }

  @Test
  void aValueCutAtTheLimitIsMaskedWhole() {
    String body = "{\"message\":\"" + "a".repeat(30) + " " + "b".repeat(100) + "\"}";

    String excerpt = BodyExcerpt.of(body);

    assertEquals("{\"message\":\"█\"}", excerpt);
    assertFalse(excerpt.contains("aaa"));
  }

  @Test
  void emptyAndNullBodiesGiveNoExcerpt() {
    assertEquals("", BodyExcerpt.of(null));
    assertEquals("", BodyExcerpt.quoted("  \n "));
    assertTrue(BodyExcerpt.quoted("Bad Gateway").equals("\"Bad Gateway\""));
  }
}
