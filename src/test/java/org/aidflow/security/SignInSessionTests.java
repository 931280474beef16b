package org.aidflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.aidflow.ApiTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The browser session around sign-in, over raw HTTP with cookies sent by hand (so that a cookie the
 * server has replaced can be sent again, as an attacker would): a new session id at sign-in, logout
 * ending the session, the cookies' flags, {@code Secure} behind a TLS proxy, and the back-off on the
 * sign-in form per user from one address and per address over all users.
 */
class SignInSessionTests extends ApiTests {

    private static final String PROXY = "127.0.0.1";

    @Autowired
    SignInThrottle throttle;

    @AfterEach
    void forgetFailedSignIns() {
        throttle.reset();
    }

    @Test
    void givesTheSessionANewIdAtSignIn() throws IOException {
        // a session the server handed out before sign-in (the web apps remember the page asked for)
        RawHttp.Answer page = http().send(PROXY, "GET", "/camunda/app/cockpit/default/", Map.of(), null);
        assertThat(page.status()).isEqualTo(302);
        String planted = page.cookieValue("JSESSIONID");
        assertThat(planted).as("an anonymous session to plant").isNotNull();

        RawHttp.Answer signIn = signIn(PROXY, "bj.proposer", "demo", planted, Map.of());
        assertThat(signIn.status()).as(signIn.body()).isEqualTo(200);
        String session = signIn.cookieValue("JSESSIONID");
        assertThat(session).isNotNull().isNotEqualTo(planted);
        assertThat(me(planted)).as("the planted id signs nobody in").isEqualTo(401);
        assertThat(me(session)).isEqualTo(200);

        // signing in again over a signed-in session (someone else's, left on a shared computer) renews it too
        RawHttp.Answer again = signIn(PROXY, "bj.leader", "demo", session, Map.of());
        assertThat(again.status()).isEqualTo(200);
        String renewed = again.cookieValue("JSESSIONID");
        assertThat(renewed).isNotNull().isNotEqualTo(session);
        assertThat(me(session)).isEqualTo(401);
        assertThat(me(renewed)).isEqualTo(200);
    }

    @Test
    void endsTheSessionAtLogoutSoItsCookieIsRefusedAfterwards() throws IOException {
        String session = signIn(PROXY, "sh.proposer", "demo", null, Map.of()).cookieValue("JSESSIONID");
        assertThat(me(session)).isEqualTo(200);
        String token = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + token);
        headers.put("X-XSRF-TOKEN", token);
        RawHttp.Answer logout = http().send(PROXY, "POST", "/api/logout", headers, "");
        assertThat(logout.status()).isEqualTo(204);
        assertThat(me(session)).as("the old cookie, sent again").isEqualTo(401);
    }

    @Test
    void marksTheCookiesHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() throws IOException {
        RawHttp.Answer signIn = signIn(PROXY, "gd.proposer", "demo", null, Map.of());
        assertThat(signIn.status()).isEqualTo(200);
        String session = signIn.setCookie("JSESSIONID");
        assertThat(session).contains("; HttpOnly").contains("; SameSite=Lax").doesNotContain("Secure");
        String csrf = signIn.setCookie("XSRF-TOKEN");
        // the browser app reads this one to send it back in X-XSRF-TOKEN: not HttpOnly, by design
        assertThat(csrf).contains("; SameSite=Lax").doesNotContain("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void marksTheCookiesSecureWhenTheProxyInFrontSpeaksHttps() throws IOException {
        RawHttp.Answer signIn = signIn(PROXY, "js.proposer", "demo", null,
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.20"));
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.setCookie("JSESSIONID")).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
        assertThat(signIn.setCookie("XSRF-TOKEN")).contains("; Secure").contains("; SameSite=Lax");
    }

    @Test
    void trustsForwardedHeadersFromTheLocalProxyOnly() throws IOException {
        // from the proxy: each client behind it is counted on its own
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(PROXY, "zj.auditor", "wrong", null, forwardedFor("198.51.100.7")).status()).isEqualTo(401);
        }
        assertThat(signIn(PROXY, "zj.auditor", "wrong", null, forwardedFor("198.51.100.7")).status()).isEqualTo(429);
        assertThat(signIn(PROXY, "zj.auditor", "demo", null, forwardedFor("198.51.100.8")).status()).isEqualTo(200);

        // from anyone else the headers are ignored: a new forged address each time does not escape the count,
        // and a claim of HTTPS does not make the cookies Secure
        String client = "127.0.0.6";
        for (int i = 0; i < 5; i++) {
            Map<String, String> forged = new LinkedHashMap<>(forwardedFor("198.51.100." + (100 + i)));
            forged.put("X-Forwarded-Proto", "https");
            assertThat(signIn(client, "zj.leader", "wrong", null, forged).status()).isEqualTo(401);
        }
        assertThat(signIn(client, "zj.leader", "demo", null, forwardedFor("198.51.100.200")).status()).isEqualTo(429);
        RawHttp.Answer other = signIn(client, "zj.finance", "demo", null, Map.of("X-Forwarded-Proto", "https"));
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.setCookie("JSESSIONID")).doesNotContain("Secure");
    }

    @Test
    void backsOffRepeatedWrongPasswordsForOneUserFromOneAddress() throws IOException {
        String address = "127.0.0.7";
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(address, "sh.leader", "guess" + i, null, Map.of()).status()).isEqualTo(401);
        }
        RawHttp.Answer throttled = signIn(address, "sh.leader", "guess5", null, Map.of());
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.all("Retry-After")).containsExactly("1");
        assertThat(throttled.all("Content-Type").get(0)).startsWith("application/problem+json");
        assertThat(signIn(address, "sh.leader", "demo", null, Map.of()).status()).as("not even the right password").isEqualTo(429);
        assertThat(signIn(address, "sh.finance", "demo", null, Map.of()).status()).as("another user from there").isEqualTo(200);
        assertThat(signIn(PROXY, "sh.leader", "demo", null, Map.of()).status()).as("the user from elsewhere").isEqualTo(200);
    }

    @Test
    void backsOffAnAddressThatTriesManyUsers() throws IOException {
        String address = "127.0.0.8";
        for (int i = 0; i < 100; i++) {
            assertThat(signIn(address, "nobody." + i, "guess", null, Map.of()).status()).isEqualTo(401);
        }
        RawHttp.Answer throttled = signIn(address, "tj.proposer", "demo", null, Map.of());
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.all("Retry-After")).isNotEmpty();
        assertThat(signIn(PROXY, "tj.proposer", "demo", null, Map.of()).status()).isEqualTo(200);
    }

    private RawHttp http() {
        return new RawHttp(port);
    }

    private static Map<String, String> forwardedFor(String client) {
        return Map.of("X-Forwarded-For", client);
    }

    /** The sign-in form's post, with the CSRF cookie and header a browser sends, and the given session cookie if any. */
    private RawHttp.Answer signIn(String from, String username, String password, String session, Map<String, String> extra)
            throws IOException {
        String token = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Cookie", (session == null ? "" : "JSESSIONID=" + session + "; ") + "XSRF-TOKEN=" + token);
        headers.put("X-XSRF-TOKEN", token);
        return http().send(from, "POST", "/api/login", headers, "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private int me(String session) throws IOException {
        return http().send(PROXY, "GET", "/api/me", Map.of("Cookie", "JSESSIONID=" + session), null).status();
    }
}
