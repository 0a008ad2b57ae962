package io.github.schedkit.cronofy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.schedkit.core.errors.MissingCredentialException;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Enterprise Connect authorization URL: on each data center's app host, with the documented
 * parameters in order, encoded.
 */
class EnterpriseConnectAuthorizationUrlTest {
  private static EnterpriseConnectAuthorizationRequest.Builder request() {
    return EnterpriseConnectAuthorizationRequest.builder()
        .redirectUri("https://app.example.com/oauth/enterprise_connect?tenant=a b&x=1")
        .scope("service_account/accounts/manage")
        .scope("service_account/resources/manage")
        .delegatedScope("read_write", "free_busy");
  }

  @ParameterizedTest
  @EnumSource(DataCenter.class)
  void isOnTheDataCentersAppHostWithEveryParameterEncoded(DataCenter dataCenter) {
    CronofyOAuth oauth = CronofyClient.builder().dataCenter(dataCenter).clientId("my client/id").build().oauth();

    String url = oauth.enterpriseConnectAuthorizationUrl(request().state("csrf+token/=&?#é").build());

    assertTrue(url.startsWith(dataCenter.appBaseUrl() + "/enterprise_connect/oauth/authorize?response_type=code&"), url);
    HttpUrl parsed = HttpUrl.get(url);
    assertEquals(
        List.of("response_type", "client_id", "redirect_uri", "scope", "delegated_scope", "state"),
        List.copyOf(parsed.queryParameterNames()));
    assertEquals("code", parsed.queryParameter("response_type"));
    assertEquals("my client/id", parsed.queryParameter("client_id"));
    assertEquals("https://app.example.com/oauth/enterprise_connect?tenant=a b&x=1", parsed.queryParameter("redirect_uri"));
    assertEquals("service_account/accounts/manage service_account/resources/manage", parsed.queryParameter("scope"));
    assertEquals("read_write free_busy", parsed.queryParameter("delegated_scope"));
    assertEquals("csrf+token/=&?#é", parsed.queryParameter("state"));

    // the wire form: reserved characters percent-encoded, spaces as %20
    String query = url.substring(url.indexOf('?') + 1);
    assertTrue(
        query.contains("&scope=service_account%2Faccounts%2Fmanage%20service_account%2Fresources%2Fmanage&"), query);
    assertTrue(query.contains("&delegated_scope=read_write%20free_busy&"), query);
    assertTrue(query.endsWith("&state=csrf%2Btoken%2F%3D%26%3F%23%C3%A9"), query);
  }

  @Test
  void leavesOutTheStateWhenItIsNotSet() {
    CronofyOAuth oauth = CronofyClient.builder().clientId("cid").build().oauth();

    String url =
        oauth.enterpriseConnectAuthorizationUrl(
            EnterpriseConnectAuthorizationRequest.builder()
                .redirectUri("https://x.test/cb")
                .scope("service_account/accounts/manage")
                .delegatedScope("read_only")
                .build());

    assertEquals(
        "https://app.cronofy.com/enterprise_connect/oauth/authorize?response_type=code&client_id=cid"
            + "&redirect_uri=https%3A%2F%2Fx.test%2Fcb&scope=service_account%2Faccounts%2Fmanage&delegated_scope=read_only",
        url);
  }

  @Test
  void followsTheAppBaseUrlOverride() {
    CronofyOAuth oauth =
        CronofyClient.builder().baseUrl("http://127.0.0.1:1/").appBaseUrl("http://127.0.0.1:2/").clientId("cid").build().oauth();

    String url = oauth.enterpriseConnectAuthorizationUrl(request().build());

    assertTrue(url.startsWith("http://127.0.0.1:2/enterprise_connect/oauth/authorize?"), url);
  }

  @Test
  void needsTheClientId() {
    CronofyOAuth oauth = CronofyClient.builder().build().oauth();

    MissingCredentialException e =
        assertThrows(MissingCredentialException.class, () -> oauth.enterpriseConnectAuthorizationUrl(request().build()));

    assertTrue(e.getMessage().contains(".clientId(..)"), e.getMessage());
  }

  @Test
  void buildNeedsARedirectUriAScopeAndADelegatedScope() {
    IllegalStateException noRedirect =
        assertThrows(
            IllegalStateException.class,
            () -> EnterpriseConnectAuthorizationRequest.builder().scope("s").delegatedScope("read_only").build());
    assertTrue(noRedirect.getMessage().contains(".redirectUri(..)"), noRedirect.getMessage());

    IllegalStateException noScope =
        assertThrows(
            IllegalStateException.class,
            () -> EnterpriseConnectAuthorizationRequest.builder().redirectUri("https://x.test/cb").delegatedScope("read_only").build());
    assertTrue(noScope.getMessage().contains(".scope(..)"), noScope.getMessage());

    IllegalStateException noDelegatedScope =
        assertThrows(
            IllegalStateException.class,
            () -> EnterpriseConnectAuthorizationRequest.builder().redirectUri("https://x.test/cb").scope("s").build());
    assertTrue(noDelegatedScope.getMessage().contains(".delegatedScope(..)"), noDelegatedScope.getMessage());

    assertThrows(NullPointerException.class, () -> EnterpriseConnectAuthorizationRequest.builder().delegatedScope("a", null));
  }

  /** The Enterprise Connect example of the README, as written there. */
  @Test
  void theReadmeExampleBuildsTheUrl() {
    CronofyClient app = CronofyClient.builder().dataCenter(DataCenter.DE).clientId("cid").build();
    String csrfToken = "c5rf";

    String adminUrl = app.oauth().enterpriseConnectAuthorizationUrl(EnterpriseConnectAuthorizationRequest.builder()
        .redirectUri("https://example.com/oauth/enterprise_connect")
        .scope("service_account/accounts/manage", "service_account/resources/manage")
        .delegatedScope("read_write")
        .state(csrfToken)
        .build());

    assertEquals(
        "https://app-de.cronofy.com/enterprise_connect/oauth/authorize?response_type=code&client_id=cid"
            + "&redirect_uri=https%3A%2F%2Fexample.com%2Foauth%2Fenterprise_connect"
            + "&scope=service_account%2Faccounts%2Fmanage%20service_account%2Fresources%2Fmanage"
            + "&delegated_scope=read_write&state=c5rf",
        adminUrl);
  }
}
