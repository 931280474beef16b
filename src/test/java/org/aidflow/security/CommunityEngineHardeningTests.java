package org.aidflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Camunda 7.24.0 CE gets no more patches, and two published flaws affect it: JUEL expressions
 * evaluated through task queries' {@code orQueries}, and the Admin app's first-run setup. AidFlow
 * keeps {@code /engine-rest} and {@code /camunda} to administrators; these tests hold that even the
 * administrator's password is not enough to reach either flaw.
 */
class CommunityEngineHardeningTests extends ApiTests {

    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    private static final String SETUP = "/camunda/api/admin/setup/default/user/create";
    private static final String CANARY_ADDRESS = "203.0.113.250";

    /**
     * Evaluated, it would leave its mark (one more failed sign-in of {@code canary} from a test address)
     * and give the text {@code canary}, a candidate group nobody is in.
     */
    private static final String CANARY = "${signInThrottle.failed('canary', '" + CANARY_ADDRESS + "')}canary";

    @Autowired
    SignInThrottle throttle;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @AfterEach
    void forgetFailedSignIns() {
        throttle.reset();
    }

    @Test
    void theEngineItselfStillEvaluatesExpressionsInOrQueries() {
        // the flaw, shown on the Java API (no REST, no AidFlow guard): so the canary below would sing if it got through
        for (int i = 0; i < 6; i++) {
            assertThat(tasks.createTaskQuery().or().taskCandidateGroupExpression(CANARY).endOr().count()).isZero();
        }
        assertThat(throttle.waitFor("canary", CANARY_ADDRESS)).as("the engine evaluated the expression").isPositive();
    }

    @Test
    void refusesExpressionsInTaskQueriesSentByGet() {
        Api admin = as("admin");
        int refusedCount = 0;
        for (String orQueries : List.of("[{\"candidateGroupExpression\":\"" + CANARY + "\"}]",
                "[{\"candidateGroup\":\"" + CANARY + "\"}]",
                "[{\"assignee\":\"#{signInThrottle.reset()}\"}]",
                "[{\"or\":[{\"dueDateExpression\":\"plain\"}]}]")) {
            String query = "?orQueries=" + URLEncoder.encode(orQueries, StandardCharsets.UTF_8);
            for (String path : List.of("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/engine/default/task",
                    WEBAPP_ENGINE + "/task", WEBAPP_ENGINE + "/task/count")) {
                Api.Response refused = admin.get(path + query);
                // /engine-rest serves no tasks at all (403); the web apps' copy refuses the expression (400)
                assertThat(refused.status()).as(path + query).isEqualTo(path.startsWith("/engine-rest") ? 403 : 400);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                refusedCount++;
            }
            // where /engine-rest answers queries, an expression is refused too
            assertThat(admin.get("/engine-rest/process-instance" + query).status()).isEqualTo(400);
            refusedCount++;
        }
        assertThat(admin.get(WEBAPP_ENGINE + "/task?candidateGroupExpression=" + URLEncoder.encode(CANARY, StandardCharsets.UTF_8))
                .status()).isEqualTo(400);
        refusedCount++;
        // the same query without an expression is answered
        Api.Response plain = admin.get(WEBAPP_ENGINE + "/task/count?candidateGroup=BJ:leader");
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(throttle.waitFor("canary", CANARY_ADDRESS)).as("nothing was evaluated").isZero();
        System.out.printf("Hardening: %d task queries with expressions sent by GET, %d refused, 0 evaluated%n", refusedCount, refusedCount);
    }

    @Test
    void refusesExpressionsInTaskQueriesSentByPost() {
        Api admin = as("admin");
        int refusedCount = 0;
        List<String> bodies = List.of(
                "{\"orQueries\":[{\"candidateGroupExpression\":\"" + CANARY + "\"}]}",
                "{\"orQueries\":[{\"candidateUser\":\"" + CANARY + "\"}]}",
                "{\"orQueries\":[{\"candidateGroup\":\"\\u0024{signInThrottle.reset()}\"}]}",
                "{\"sorting\":[{\"sortBy\":\"created\"}],\"orQueries\":[{\"assigneeExpression\":\"admin\"}]}",
                "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"eq\",\"value\":\"" + CANARY + "\"}]}");
        for (String body : bodies) {
            for (String path : List.of("/engine-rest/task", "/engine-rest/task/count", WEBAPP_ENGINE + "/task",
                    WEBAPP_ENGINE + "/task/count", WEBAPP_ENGINE + "/filter/any-filter/list", WEBAPP_ENGINE + "/filter/any-filter/count",
                    WEBAPP_ENGINE + "/filter/create")) {
                for (String type : List.of("application/json", "Application/JSON; charset=UTF-8", "text/plain")) {
                    Api.Response refused = admin.postRaw(path, type, body);
                    assertThat(refused.status()).as(path + " " + type + " " + body).isIn(400, 403);
                    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                    refusedCount++;
                }
            }
        }
        assertThat(throttle.waitFor("canary", CANARY_ADDRESS)).as("nothing was evaluated").isZero();
        System.out.printf("Hardening: %d task queries with expressions sent by POST, %d refused, 0 evaluated%n", refusedCount, refusedCount);
    }

    @Test
    void theAdminAppsFirstRunSetupCreatesNobodyWithoutASession() {
        String user = "setup.stranger";
        for (String path : setupPaths()) {
            Api.Response refused = anonymous().postRaw(path, "application/json", newUser(user));
            assertThat(refused.status()).as(path).isIn(401, 403);
        }
        assertThat(identity.createUserQuery().userId(user).count()).isZero();
    }

    @Test
    void theAdminAppsFirstRunSetupCreatesNobodyEvenForAnAdministrator() throws Exception {
        String user = "setup.insider";
        Browser admin = Browser.signedIn(port, "admin", "demo");
        assertThat(admin.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
        String camundaToken = admin.cookie("XSRF-TOKEN", "/camunda");
        assertThat(camundaToken).as("the Admin app's own CSRF token").isNotNull();
        // Camunda's own check lets setup run while the camunda-admin group has no member: empty it for the test
        List<User> members = identity.createUserQuery().memberOfGroup("camunda-admin").list();
        members.forEach(m -> identity.deleteMembership(m.getId(), "camunda-admin"));
        try {
            for (String path : setupPaths()) {
                var refused = admin.post(path, "application/json", newUser(user), camundaToken);
                assertThat(refused.statusCode()).as(path + ": " + refused.body()).isEqualTo(403);
            }
            Api.Response basic = as("admin").postRaw(SETUP, "application/json", newUser(user));
            assertThat(basic.status()).isEqualTo(403);
        } finally {
            members.forEach(m -> identity.createMembership(m.getId(), "camunda-admin"));
        }
        assertThat(identity.createUserQuery().userId(user).count()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ LIKE 'setup.%'").query(Long.class).single()).isZero();
    }

    private static List<String> setupPaths() {
        return List.of(SETUP, SETUP + "/", "/camunda/api/admin/%73etup/default/user/create",
                "/camunda/api/admin/setup/golive/user/create", "/camunda/api/admin/setup/default/user/create?x=1");
    }

    private static String newUser(String id) {
        return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Mallory\",\"lastName\":\"Example\",\"email\":\"m@example.org\"},"
                + "\"credentials\":{\"password\":\"Quiet-Harbour-Lantern-4096\"}}";
    }
}
