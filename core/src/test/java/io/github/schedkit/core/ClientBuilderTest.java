package io.github.schedkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.schedkit.core.fixture.TestClientBuilder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Retrofit;

class ClientBuilderTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "not a url", "api.example.com/v1", "ftp://example.com/", "/v1/"})
  void rejectsBaseUrlsThatAreNotAbsoluteHttp(String url) {
    assertThrows(IllegalArgumentException.class, () -> new TestClientBuilder().baseUrl(url));
  }

  @Test
  void rejectsNullsAndNegativeTimeouts() {
    TestClientBuilder builder = new TestClientBuilder();

    assertThrows(NullPointerException.class, () -> builder.baseUrl(null));
    assertThrows(NullPointerException.class, () -> builder.okHttpClient(null));
    assertThrows(NullPointerException.class, () -> builder.readTimeout(null));
    assertThrows(IllegalArgumentException.class, () -> builder.connectTimeout(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> builder.readTimeout(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> builder.writeTimeout(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> builder.callTimeout(Duration.ofMillis(-1)));
  }

  @Test
  void usesTheDefaultBaseUrlUnlessSet() {
    Retrofit retrofit = new TestClientBuilder().retrofit();

    assertEquals(TestClientBuilder.DEFAULT_BASE_URL, retrofit.baseUrl().toString());
  }

  @Test
  void trimsAndCompletesTheBaseUrl() {
    Retrofit retrofit = new TestClientBuilder().baseUrl("  http://localhost:1/api  ").retrofit();

    assertEquals("http://localhost:1/api/", retrofit.baseUrl().toString());
  }

  @Test
  void defaultTimeouts() {
    OkHttpClient client = (OkHttpClient) new TestClientBuilder().retrofit().callFactory();

    assertEquals(ClientBuilder.DEFAULT_CONNECT_SECONDS * 1000, client.connectTimeoutMillis());
    assertEquals(ClientBuilder.DEFAULT_READ_WRITE_SECONDS * 1000, client.readTimeoutMillis());
    assertEquals(ClientBuilder.DEFAULT_READ_WRITE_SECONDS * 1000, client.writeTimeoutMillis());
    assertEquals(ClientBuilder.DEFAULT_CALL_SECONDS * 1000, client.callTimeoutMillis());
  }

  @Test
  void keepsTheCallersTimeoutsUnlessSetAndSharesItsPool() {
    OkHttpClient own = new OkHttpClient.Builder().readTimeout(3, TimeUnit.SECONDS).callTimeout(0, TimeUnit.SECONDS).build();

    OkHttpClient client =
        (OkHttpClient)
            new TestClientBuilder()
                .okHttpClient(own)
                .connectTimeout(Duration.ofMillis(1500))
                .retrofit()
                .callFactory();

    assertEquals(3000, client.readTimeoutMillis());
    assertEquals(1500, client.connectTimeoutMillis());
    assertEquals(0, client.callTimeoutMillis());
    assertEquals(own.connectionPool(), client.connectionPool());
    assertEquals(own.dispatcher(), client.dispatcher());
    assertEquals(0, own.interceptors().size());
  }

  @Test
  void clientsWithoutAnOkHttpClientShareOnePool() {
    OkHttpClient a = (OkHttpClient) new TestClientBuilder().retrofit().callFactory();
    OkHttpClient b = (OkHttpClient) new TestClientBuilder().retrofit().callFactory();

    assertEquals(a.connectionPool(), b.connectionPool());
  }
}
