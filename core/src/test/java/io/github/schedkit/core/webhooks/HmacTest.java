package io.github.schedkit.core.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HmacTest {

  @Test
  void rfc4231TestCase2() {
    byte[] mac = Hmac.sha256("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8));

    assertEquals(32, mac.length);
    assertEquals(
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", Hmac.hex(mac));
  }

  @Test
  void hexIsLowerCaseAndZeroPadded() {
    assertEquals("00010f10abff", Hmac.hex(new byte[] {0, 1, 15, 16, (byte) 0xab, (byte) 0xff}));
    assertEquals("", Hmac.hex(new byte[0]));
  }

  @Test
  void equalTextsAreEqual() {
    String signature = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    assertTrue(Hmac.constantTimeEquals(signature, new String(signature.toCharArray())));
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "abcdef, abcdeg",
        "abcdef, bbcdef",
        "abcdef, ABCDEF",
        "abcdef, abcde",
        "abcde, abcdef",
        "abc, abcabc",
        "abcabc, abc",
        "abc, ''",
        "'', abc"
      })
  void differentTextsAreNotEqual(String expected, String actual) {
    assertFalse(Hmac.constantTimeEquals(expected, actual));
  }

  @Test
  void emptyTextsAreEqual() {
    assertTrue(Hmac.constantTimeEquals("", ""));
  }

  @Test
  void nonAsciiIsComparedByBytes() {
    assertTrue(Hmac.constantTimeEquals("é", "é"));
    assertFalse(Hmac.constantTimeEquals("é", "e"));
  }
}
