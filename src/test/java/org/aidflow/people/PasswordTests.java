package org.aidflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class PasswordTests extends PeopleTests {

    @Test
    void aOneTimePasswordLetsThePersonDoNothingButChooseTheirOwn() {
        JsonNode created = create("XJ-HT", "xj-ht.new", "officer");
        String username = created.path("username").asText();
        String oneTime = created.path("oneTimePassword").asText();
        Api first = as(username, oneTime);

        JsonNode me = first.get("/api/me").json();
        assertThat(me.path("username").asText()).isEqualTo(username);
        assertThat(me.path("passwordChangeRequired").asBoolean()).isTrue();
        for (String path : List.of("/api/tasks", "/api/notifications", "/api/unions", "/api/agreements", "/api/reports/overdue")) {
            Api.Response refused = first.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.json().path("detail").asText()).as(path).contains("choose your own password");
        }
        assertThat(first.post("/api/agreements", agreementDraft("XJ-HT", 1000)).status()).isEqualTo(403);
        assertThat(first.post("/api/notifications/read-all", Map.of()).status()).isEqualTo(403);

        Api.Response changed = first.post("/api/me/password", Map.of("currentPassword", oneTime, "newPassword", OWN_PASSWORD));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);

        Api own = as(username, OWN_PASSWORD);
        assertThat(own.get("/api/me").json().path("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(own.get("/api/tasks").status()).isEqualTo(200);
        assertThat(own.get("/api/unions").status()).isEqualTo(200);
        assertThat(as(username, oneTime).get("/api/me").status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record a JOIN person p ON a.subject_id = p.id WHERE a.subject_type = 'PERSON' "
                + "AND p.username = ? AND a.action = 'PASSWORD_CHANGED' AND a.actor = ?").params(username, username)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE details LIKE ? OR details LIKE ? OR comment LIKE ?")
                .params("%" + oneTime + "%", "%" + OWN_PASSWORD + "%", "%" + OWN_PASSWORD + "%").query(Long.class).single()).isZero();
    }

    @Test
    void refusesPasswordsThePolicyForbidsNamingEachReason() {
        JsonNode created = create("BT-14", "bt-14.new", "finance");
        String username = created.path("username").asText();
        String oneTime = created.path("oneTimePassword").asText();
        Api first = as(username, oneTime);

        assertPolicyRefuses(first, oneTime, "short1!", "at least 10 characters");
        assertPolicyRefuses(first, oneTime, "x" + username + "9", "must not contain the user name");
        assertPolicyRefuses(first, oneTime, "1234567890", "too common");
        assertPolicyRefuses(first, oneTime, "QWERTYUIOP", "too common");
        assertPolicyRefuses(first, oneTime, oneTime, "differ from the current");
        Api.Response both = first.post("/api/me/password", Map.of("currentPassword", oneTime, "newPassword", "abc"));
        assertThat(both.errorFields()).containsExactly("newPassword");

        Api.Response wrongCurrent = first.post("/api/me/password", Map.of("currentPassword", "not-the-password", "newPassword", OWN_PASSWORD));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.errorFields()).containsExactly("currentPassword");
        Api.Response missing = first.post("/api/me/password", Map.of());
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("currentPassword", "newPassword");
        Api.Response zh = first.post("/api/me/password", Map.of("currentPassword", oneTime, "newPassword", "1234567890"));
        assertThat(zh.status()).isEqualTo(400);

        // nothing was changed by the refusals
        assertThat(as(username, oneTime).get("/api/me").json().path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(as(username, "1234567890").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void everyoneMayChangeTheirPasswordAndDemoUsersNeedNot() {
        assertThat(as("bj.proposer").get("/api/me").json().path("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(as("admin").get("/api/me").json().path("passwordChangeRequired").asBoolean()).isFalse();
        String username = active("SH", "sh.staff", "proposer");
        Api.Response changed = as(username, OWN_PASSWORD).post("/api/me/password",
                Map.of("currentPassword", OWN_PASSWORD, "newPassword", "Another-Long-Secret-7"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(as(username, "Another-Long-Secret-7").get("/api/tasks").status()).isEqualTo(200);
        assertThat(as(username, OWN_PASSWORD).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aResetGivesANewOneTimePasswordAndEndsTheSessions() {
        String username = active("XJ-KS", "xj-ks.staff", "officer");
        BrowserSession session = BrowserSession.signIn(port, username, OWN_PASSWORD);
        assertThat(session.get("/api/tasks").statusCode()).isEqualTo(200);

        Api.Response reset = admin("reset", username);
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String oneTime = reset.json().path("oneTimePassword").asText();
        assertThat(oneTime).isNotBlank();
        assertThat(reset.json().path("passwordChangeRequired").asBoolean()).isTrue();

        assertThat(session.get("/api/tasks").statusCode()).isEqualTo(401);
        assertThat(session.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(as(username, OWN_PASSWORD).get("/api/me").status()).isEqualTo(401);
        assertThat(as(username, oneTime).get("/api/tasks").status()).isEqualTo(403);
        assertThat(as(username, oneTime).post("/api/me/password", Map.of("currentPassword", oneTime, "newPassword",
                "Brand-New-Secret-9")).status()).isEqualTo(204);
        assertThat(as(username, "Brand-New-Secret-9").get("/api/tasks").status()).isEqualTo(200);
        assertThat(as("admin").get("/api/admin/people/" + username).json().path("passwordChangeRequired").asBoolean()).isFalse();
    }

    private void assertPolicyRefuses(Api api, String current, String candidate, String reason) {
        Api.Response refused = api.post("/api/me/password", Map.of("currentPassword", current, "newPassword", candidate));
        assertThat(refused.status()).as(candidate).isEqualTo(400);
        assertThat(refused.errorFields()).as(candidate).containsOnly("newPassword");
        assertThat(refused.body()).as(candidate).contains(reason);
    }
}
