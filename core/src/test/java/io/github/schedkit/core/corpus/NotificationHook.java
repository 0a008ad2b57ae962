package io.github.schedkit.core.corpus;

/**
 * A module's way of receiving a webhook or push payload: sign it with a test secret as the API
 * would, then verify and parse it with the module's verifier.
 */
@FunctionalInterface
public interface NotificationHook {

  /**
   * Signs, verifies and parses a documented payload.
   *
   * @param fixture the fixture, naming what the payload parses to
   * @param rawBody the payload exactly as delivered
   * @return what the verifier parsed, to be re-serialised with the SDK's Gson
   * @throws Exception if verifying or parsing fails
   */
  Object verifyAndParse(CorpusFixture fixture, String rawBody) throws Exception;
}
