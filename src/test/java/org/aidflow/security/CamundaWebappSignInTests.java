package org.aidflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's web apps trust the AidFlow sign-in: a browser session signed in on AidFlow's sign-in
 * form is signed in to Cockpit, Tasklist and Admin as the same administrator, the web apps' own
 * login cannot replace that session, and signing out of either signs out of both. Real HTTP with
 * cookies, as a browser sends it.
 */
class CamundaWebappSignInTests extends ApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH_USER = "/camunda/api/admin/auth/user/default";

    @Test
    void anAdministratorSignedInToAidFlowIsSignedInToTheWebApps() throws Exception {
        Browser admin = signedIn("admin");

        HttpResponse<String> user = admin.get(AUTH_USER);
        assertThat(user.statusCode()).isEqualTo(200);
        JsonNode auth = JSON.readTree(user.body());
        assertThat(auth.path("userId").asText()).isEqualTo("admin");
        assertThat(auth.path("authorizedApps").toString()).contains("\"cockpit\"", "\"tasklist\"", "\"admin\"");

        HttpResponse<String> definitions = admin.get("/camunda/api/engine/engine/default/process-definition?latestVersion=true");
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.body()).contains("\"key\":\"aid-agreement\"", "\"key\":\"aid-project\"");
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

        // still the same AidFlow session
        assertThat(admin.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(admin.get(AUTH_USER).statusCode()).isEqualTo(200);
    }

    @Test
    void theWebAppsKnowTheAdministratorsGroups() throws Exception {
        Browser admin = signedIn("admin");
        assertThat(admin.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> groups = admin.get("/camunda/api/engine/engine/default/identity/groups?userId=admin");
        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(groups.body()).contains("\"id\":\"camunda-admin\"");
    }

    @Test
    void theWebAppsOwnLoginCannotReplaceTheAidFlowSession() throws Exception {
        Browser admin = signedIn("admin");
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        String sessionBefore = admin.cookie("JSESSIONID", "/");

        HttpResponse<String> login = admin.post(AUTH_USER + "/login/cockpit", "application/x-www-form-urlencoded",
                "username=admin&password=demo", admin.cookie("XSRF-TOKEN", "/camunda"));
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(admin.cookie("JSESSIONID", "/")).isEqualTo(sessionBefore);
        assertThat(admin.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(admin.get(AUTH_USER).statusCode()).isEqualTo(200);

        assertThat(new Browser(port).post(AUTH_USER + "/login/cockpit", "application/x-www-form-urlencoded",
                "username=admin&password=demo", null).statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutOfAidFlowSignsOutOfTheWebApps() throws Exception {
        Browser admin = signedIn("admin");
        assertThat(admin.get(AUTH_USER).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = admin.post("/api/logout", "application/x-www-form-urlencoded", "",
                admin.cookie("XSRF-TOKEN", "/"));
        assertThat(logout.statusCode()).isEqualTo(204);

        assertThat(admin.get(AUTH_USER).statusCode()).isEqualTo(401);
        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:" + port + "/");
    }

    @Test
    void signingOutOfTheWebAppsSignsOutOfAidFlow() throws Exception {
        Browser admin = signedIn("admin");
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

        // with AidFlow's CSRF token instead of the web apps' own: Camunda's CSRF filter refuses it (and, as
        // its defence against forged requests, ends the session)
        HttpResponse<String> forged = admin.post(AUTH_USER + "/logout", "application/json", "", admin.cookie("XSRF-TOKEN", "/"));
        assertThat(forged.statusCode()).isIn(401, 403);
        admin = signedIn("admin");
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = admin.post(AUTH_USER + "/logout", "application/json", "",
                admin.cookie("XSRF-TOKEN", "/camunda"));
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(admin.get(AUTH_USER).statusCode()).isEqualTo(401);
    }

    @Test
    void theWebAppsSendPeopleToAidFlowsSignInPageInsteadOfTheirOwnLoginForm() throws Exception {
        Browser admin = signedIn("admin");
        for (String app : new String[] {"cockpit", "tasklist", "admin", "welcome"}) {
            HttpResponse<String> config = admin.get("/camunda/app/" + app + "/scripts/config.js");
            assertThat(config.statusCode()).isEqualTo(200);
            assertThat(config.body()).as(app).contains("customScripts: ['../aidflow-sign-in']");
        }
        HttpResponse<String> script = admin.get("/camunda/app/aidflow-sign-in.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("window.location.replace('/')");
    }

    @Test
    void keepsTheWebAppsFromEveryoneElse() throws Exception {
        Browser leader = signedIn("bj.leader");
        assertThat(leader.get(AUTH_USER).statusCode()).isEqualTo(403);
        assertThat(leader.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(leader.get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(403);
        assertThat(leader.get("/api/me").statusCode()).isEqualTo(200);

        Browser anonymous = new Browser(port);
        HttpResponse<String> cockpit = anonymous.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location").orElseThrow()).isEqualTo("http://localhost:" + port + "/");
        HttpResponse<String> api = anonymous.get("/camunda/api/engine/engine/default/process-definition");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(anonymous.get(AUTH_USER).statusCode()).isEqualTo(401);
    }

    private Browser signedIn(String username) throws IOException, InterruptedException {
        return Browser.signedIn(port, username, "demo");
    }
}
