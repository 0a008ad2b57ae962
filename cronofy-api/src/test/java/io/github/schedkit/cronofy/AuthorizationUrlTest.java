package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The authorization URL carries every parameter, encoded, on the app host. */
class AuthorizationUrlTest {
  private final CronofyOAuth oauth =
      CronofyClient.builder().dataCenter(DataCenter.UK).clientId("my client/id").build().oauth();

  @Test
  void carriesEveryParameterEncoded() {
    String url =
        oauth.authorizationUrl(
            AuthorizationRequest.builder()
                .redirectUri("https://app.example.com/oauth/callback?tenant=a b&x=1")
                .scope("read_events", "create_event")
                .scope("delete_event")
                .state("csrf+token/=&?#é")
                .locale("de")
                .avoidLinking(true)
                .linkToken("lnk_abc")
                .providerName("google")
                .delegatedScope("free_busy")
                .build());

    assertTrue(url.startsWith("https://app-uk.cronofy.com/oauth/authorize?response_type=code&"), url);
    HttpUrl parsed = HttpUrl.get(url);
    assertEquals("/oauth/authorize", parsed.encodedPath());
    assertEquals(
        List.of(
            "response_type",
            "client_id",
            "redirect_uri",
            "scope",
            "state",
            "locale",
            "avoid_linking",
            "link_token",
            "provider_name",
            "delegated_scope"),
        List.copyOf(parsed.queryParameterNames()));
    assertEquals("code", parsed.queryParameter("response_type"));
    assertEquals("my client/id", parsed.queryParameter("client_id"));
    assertEquals("https://app.example.com/oauth/callback?tenant=a b&x=1", parsed.queryParameter("redirect_uri"));
    assertEquals("read_events create_event delete_event", parsed.queryParameter("scope"));
    assertEquals("csrf+token/=&?#é", parsed.queryParameter("state"));
    assertEquals("de", parsed.queryParameter("locale"));
    assertEquals("true", parsed.queryParameter("avoid_linking"));
    assertEquals("lnk_abc", parsed.queryParameter("link_token"));
    assertEquals("google", parsed.queryParameter("provider_name"));
    assertEquals("free_busy", parsed.queryParameter("delegated_scope"));
    for (String name : parsed.queryParameterNames()) {
      assertEquals(1, parsed.queryParameterValues(name).size(), name);
    }

    // the wire form: reserved characters percent-encoded, spaces as %20 (a '+' would mean a plus)
    String query = url.substring(url.indexOf('?') + 1);
    assertTrue(query.contains("&scope=read_events%20create_event%20delete_event&"), query);
    assertTrue(query.contains("&client_id=my%20client%2Fid&"), query);
    assertTrue(
        query.contains("&redirect_uri=https%3A%2F%2Fapp.example.com%2Foauth%2Fcallback%3Ftenant%3Da%20b%26x%3D1&"),
        query);
    assertTrue(query.contains("&state=csrf%2Btoken%2F%3D%26%3F%23%C3%A9&"), query);
    assertFalse(query.contains("#"), query);
  }

  @Test
  void leavesOutOptionalParametersThatAreNotSet() {
    String url =
        oauth.authorizationUrl(
            AuthorizationRequest.builder().redirectUri("https://x.test/cb").scope("read_only").build());

    assertEquals(
        "https://app-uk.cronofy.com/oauth/authorize?response_type=code&client_id=my%20client%2Fid"
            + "&redirect_uri=https%3A%2F%2Fx.test%2Fcb&scope=read_only",
        url);
  }

  @Test
  void avoidLinkingFalseIsSent() {
    HttpUrl url =
        HttpUrl.get(
            oauth.authorizationUrl(
                AuthorizationRequest.builder().redirectUri("https://x.test/cb").scope("read_only").avoidLinking(false).build()));

    assertEquals("false", url.queryParameter("avoid_linking"));
    assertEquals(
        Set.of("response_type", "client_id", "redirect_uri", "scope", "avoid_linking"), url.queryParameterNames());
  }

  @Test
  void buildNeedsARedirectUriAndAScope() {
    IllegalStateException noRedirect =
        assertThrows(IllegalStateException.class, () -> AuthorizationRequest.builder().scope("read_only").build());
    assertTrue(noRedirect.getMessage().contains(".redirectUri(..)"), noRedirect.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> AuthorizationRequest.builder().redirectUri("  ").scope("read_only").build());

    IllegalStateException noScope =
        assertThrows(
            IllegalStateException.class,
            () -> AuthorizationRequest.builder().redirectUri("https://x.test/cb").build());
    assertTrue(noScope.getMessage().contains(".scope(..)"), noScope.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> AuthorizationRequest.builder().redirectUri("https://x.test/cb").scope().build());
  }

  @Test
  void aNullScopeIsRejected() {
    assertThrows(NullPointerException.class, () -> AuthorizationRequest.builder().scope("read_only", null));
  }
}
