package org.aidflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;

class SecurityTests extends ApiTests {

    @Test
    void answersUnauthenticatedCallsWith401AndNoBasicChallenge() {
        Api.Response response = anonymous().get("/api/agreements");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isNull();
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous().get("/api/tasks").status()).isEqualTo(401);
        assertThat(anonymous().post("/api/agreements", agreementDraft("XJ-HT", 1)).status()).isEqualTo(401);
        // a user nobody else signs in as: Camunda delays sign-ins after a failed attempt
        assertThat(as("hn.auditor", "wrong").get("/api/me").status()).isEqualTo(401);
        assertThat(as("nobody", "demo").get("/api/me").status()).isEqualTo(401);
    }

    /**
     * HTTP Basic checks the password against the engine's hash read with the person, in one query; an account
     * still marked by Camunda's own lock-out (earlier versions) goes through the engine, which lifts the mark.
     * A script's request gets no CSRF cookie: it needs no token.
     */
    @Test
    void signsInScriptsWithTheEnginesHashAndLiftsAnOldLockOutMark() {
        Api.Response me = as("gd.auditor").get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("XSRF-TOKEN="));

        jdbc.sql("UPDATE ACT_ID_USER SET ATTEMPTS_ = 10, LOCK_EXP_TIME_ = ? WHERE ID_ = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)), "gd.auditor").update();
        assertThat(as("gd.auditor").get("/api/me").status()).as("the right password opens a marked account").isEqualTo(200);
        assertThat(jdbc.sql("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?").param("gd.auditor").query(Integer.class)
                .single()).as("the mark lifted").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = ? AND LOCK_EXP_TIME_ IS NULL").param("gd.auditor")
                .query(Long.class).single()).isEqualTo(1L);

        assertThat(as("gd.auditor", "Demo").get("/api/me").status()).as("the hash is case-sensitive").isEqualTo(401);
    }

    @Test
    void keepsCamundasRestApiAndWebAppsToAdministrators() {
        Api.Response business = as("bj.leader").get("/engine-rest/engine");
        assertThat(business.status()).isEqualTo(403);
        assertThat(as("acftu.auditor").get("/engine-rest/process-definition").status()).isEqualTo(403);
        assertThat(anonymous().get("/engine-rest/engine").status()).isEqualTo(401);
        assertThat(as("admin").get("/engine-rest/engine").status()).isEqualTo(200);
        assertThat(as("bj.leader").get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
    }

    @Test
    void tellsWhoIsSignedIn() {
        var me = as("xj-ht.finance").get("/api/me").json();
        assertThat(me.path("username").asText()).isEqualTo("xj-ht.finance");
        assertThat(me.path("union").path("code").asText()).isEqualTo("XJ-HT");
        assertThat(me.path("union").path("nameZh").asText()).isEqualTo("和田地区总工会");
        assertThat(me.path("union").path("level").asText()).isEqualTo("PREFECTURE");
        assertThat(me.path("roles").toString()).isEqualTo("[\"finance\"]");
    }

    @Test
    void signsInWithAFormAndDemandsTheCsrfTokenFromBrowsers() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        HttpResponse<String> first = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).build(), BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(401);
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        String form = "username=bj.proposer&password=" + URLEncoder.encode("demo", StandardCharsets.UTF_8);

        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form)).build(),
                BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("\"username\":\"bj.proposer\"");
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));

        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).build(), BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);

        String newToken = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        String draft = "{\"recipientUnion\":\"XJ-HT\",\"title\":\"t\",\"focusAreas\":[\"CULTURE\"],\"intendedAmount\":1,"
                + "\"startDate\":\"2026-01-01\",\"endDate\":\"2026-02-01\"}";
        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/agreements"))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(draft)).build(), BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/agreements"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", newToken)
                .POST(BodyPublishers.ofString(draft)).build(), BodyHandlers.ofString());
        assertThat(withToken.statusCode()).isEqualTo(201);

        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/logout"))
                .header("X-XSRF-TOKEN", newToken).POST(BodyPublishers.noBody()).build(), BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).build(), BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        // signed out, a write without its token is first of all not signed in
        HttpResponse<String> afterLogout = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/agreements"))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(draft)).build(), BodyHandlers.ofString());
        assertThat(afterLogout.statusCode()).isEqualTo(401);
        assertThat(afterLogout.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void sendsSecurityHeaders() {
        Api.Response page = anonymous().get("/");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void refusesADirectTaskCompletionWithoutCredentials() {
        assertThat(anonymous().post("/api/tasks/whatever/complete", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void servesTheProcessDiagramsToSignedInPeopleOnly() {
        Api.Response diagram = as("xj-ht.officer").get("/api/processes/aid-agreement/diagram");
        assertThat(diagram.status()).isEqualTo(200);
        assertThat(diagram.body()).contains("id=\"reviewAgreement\"").contains("bpmndi:BPMNDiagram");
        assertThat(as("xj-ht.officer").get("/api/processes/invoice/diagram").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/processes/aid-agreement/diagram").status()).isEqualTo(401);

        String code = draftAgreement("BJ", "XJ-HT", 1000).path("code").asText();
        String task = taskId("xj-ht.leader", "reviewAgreement", code);
        assertThat(as("xj-ht.leader").get("/api/tasks/" + task + "/diagram").body()).contains("id=\"reviewAgreement\"");
        assertThat(as("sh.leader").get("/api/tasks/" + task + "/diagram").status()).isEqualTo(404);
    }
}
