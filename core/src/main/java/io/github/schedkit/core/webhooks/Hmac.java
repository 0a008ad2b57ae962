package io.github.schedkit.core.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and constant-time comparison, for webhook signatures. */
public final class Hmac {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Hmac() {}

  /**
   * Computes HMAC-SHA256.
   *
   * @param key the secret, used as its UTF-8 bytes
   * @param data the signed bytes
   * @return the 32-byte MAC
   */
  public static byte[] sha256(String key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available on this platform", e);
    }
  }

  /**
   * Encodes bytes as lower-case hexadecimal.
   *
   * @param bytes the bytes
   * @return the hex text
   */
  public static String hex(byte[] bytes) {
    char[] text = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      text[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      text[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(text);
  }

  /**
   * Compares two texts in time that depends only on their lengths, not on where they differ.
   *
   * @param expected the computed signature
   * @param actual the received signature
   * @return {@code true} if equal
   */
  public static boolean constantTimeEquals(String expected, String actual) {
    byte[] a = expected.getBytes(StandardCharsets.UTF_8);
    byte[] b = actual.getBytes(StandardCharsets.UTF_8);
    if (b.length == 0) {
      return a.length == 0;
    }
    int difference = a.length ^ b.length;
    for (int i = 0; i < a.length; i++) {
      difference |= a[i] ^ b[i % b.length];
    }
    return difference == 0;
  }
}
