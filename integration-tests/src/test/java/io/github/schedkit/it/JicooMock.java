package io.github.schedkit.it;

import io.github.schedkit.jicoo.JicooClient;
import io.github.schedkit.mock.PrismServer;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/** What the Jicoo integration tests share: the spec's examples and a client aimed at Prism. */
final class JicooMock {
  static final String SPEC = "jicoo.yaml";
  static final String API_KEY = "sk_live_schedkit_integration_test";
  static final SpecExamples EXAMPLES = SpecExamples.load(SPEC);

  private JicooMock() {}

  /**
   * A client for the Prism mock, honouring {@link Prefer}, with the given network interceptors
   * (which see each request as sent, API key included).
   */
  static JicooClient client(PrismServer prism, Interceptor... networkInterceptors) {
    OkHttpClient.Builder http = new OkHttpClient.Builder().addInterceptor(new Prefer());
    for (Interceptor interceptor : networkInterceptors) {
      http.addNetworkInterceptor(interceptor);
    }
    return JicooClient.builder()
        .apiKey(API_KEY)
        .baseUrl(prism.baseUrl())
        .okHttpClient(http.build())
        .maxRetries(0) // Prism answers a Prefer'd error every time; retrying is unit-tested
        .build();
  }
}
