package io.github.schedkit.bench.server;

import java.nio.charset.StandardCharsets;

/**
 * A JSON reply of a {@link LoopbackServer}.
 *
 * @param status the HTTP status
 * @param body the UTF-8 JSON body; empty for none
 */
public record Reply(int status, byte[] body) {
  /**
   * A 200 reply.
   *
   * @param json the body
   * @return the reply
   */
  public static Reply ok(byte[] json) {
    return new Reply(200, json);
  }

  /**
   * A 200 reply.
   *
   * @param json the body
   * @return the reply
   */
  public static Reply ok(String json) {
    return ok(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An error reply whose body says what was wrong with the request, so a benchmark that sends the
   * wrong request fails its value checks instead of measuring an error.
   *
   * @param status the HTTP status
   * @param problem what was wrong
   * @return the reply
   */
  public static Reply error(int status, String problem) {
    return new Reply(status, ("{\"error\":\"" + problem.replace("\"", "'") + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
