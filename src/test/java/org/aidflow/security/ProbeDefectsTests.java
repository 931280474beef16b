package org.aidflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The defects an outside probe found (issue 17), one test each, driven through the running app
 * with real sign-in. Each failed before its fix.
 */
class ProbeDefectsTests extends ProjectScenarios {

    @Autowired
    SignInThrottle throttle;

    @Autowired
    IdentityService identity;

    @AfterEach
    void forgetFailedSignIns() {
        throttle.reset();
    }

    // 1. High: expressions through the engine's REST API

    @Test
    void refusesExpressionsAnywhereInTheEnginesRestApi() {
        Api admin = as("admin");
        // the probe's request: before, the engine evaluated the expression and answered 200
        String exploit = "{\"orQueries\":[{\"candidateGroupExpression\":\"${'BJ:'.concat('leader')}\"}]}";
        Api.Response direct = admin.postRaw("/engine-rest/task/count", "application/json", exploit);
        assertThat(direct.status()).as(direct.body()).isIn(400, 403);
        assertThat(direct.header("Content-Type")).startsWith("application/problem+json");
        // the web apps' copy of the engine API, where task queries are served
        Api.Response webapps = admin.postRaw("/camunda/api/engine/engine/default/task/count", "application/json", exploit);
        assertThat(webapps.status()).as(webapps.body()).isEqualTo(400);
        // nested deeper, escaped in JSON, in a value rather than a name, in the address, with #{...}
        assertThat(admin.postRaw("/engine-rest/process-instance/count", "application/json",
                "{\"orQueries\":[{\"orQueries\":[{\"businessKey\":\"\\u0024{1+1}\"}]}]}").status()).isEqualTo(400);
        assertThat(admin.postRaw("/engine-rest/process-instance/count", "application/json",
                "{\"businessKeyLike\":\"#{1+1}\"}").status()).isEqualTo(400);
        assertThat(admin.postRaw("/engine-rest/process-instance/count", "application/json",
                "{\"processDefinitionKeyExpression\":\"plain\"}").status()).isEqualTo(400);
        assertThat(admin.get("/engine-rest/process-instance?businessKey=%24%7B1%2B1%7D").status()).isEqualTo(400);
        assertThat(admin.get("/camunda/api/engine/engine/default/task?dueDateExpression=x").status()).isEqualTo(400);
        assertThat(admin.postRaw("/camunda/api/engine/engine/default/task/count", "application/x-www-form-urlencoded",
                "assigneeExpression=%24%7BcurrentUser()%7D").status()).isEqualTo(400);
        // what operations ask stays answered
        Api.Response plain = admin.postRaw("/engine-rest/process-instance/count", "application/json", "{\"orQueries\":[{\"businessKeyLike\":\"AGR%\"}]}");
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(plain.json().path("count").isNumber()).isTrue();
    }

    // 11. The admin sees no business data through /engine-rest

    @Test
    void servesOnlyWhatOperationsNeedThroughTheEnginesRestApi() {
        Api admin = as("admin");
        for (String path : List.of("/engine", "/version", "/deployment", "/process-definition", "/process-definition/count",
                "/process-instance", "/job", "/job-definition", "/incident", "/history/incident", "/history/job-log",
                "/engine/default/process-definition/count")) {
            assertThat(admin.get("/engine-rest" + path).status()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/variable-instance", "/history/variable-instance", "/history/detail", "/history/task",
                "/task", "/execution", "/user", "/group", "/authorization", "/engine/default/variable-instance",
                "/history/activity-instance", "/message", "/filter")) {
            Api.Response refused = admin.get("/engine-rest" + path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        JsonNode instances = admin.get("/engine-rest/process-instance?maxResults=1").json();
        if (!instances.isEmpty()) {
            String id = instances.get(0).path("id").asText();
            assertThat(admin.get("/engine-rest/process-instance/" + id).status()).isEqualTo(200);
            assertThat(admin.get("/engine-rest/process-instance/" + id + "/variables").status()).isEqualTo(403);
        }
        assertThat(admin.postRaw("/engine-rest/process-instance/" + "x" + "/variables", "application/json", "{}").status()).isEqualTo(403);
        assertThat(admin.postRaw("/engine-rest/deployment/create", "multipart/form-data; boundary=x", "--x--").status()).isEqualTo(403);
        // queries may not filter on business variables either
        assertThat(admin.get("/engine-rest/process-instance?variables=budget_gt_1").status()).isEqualTo(400);
    }

    @Test
    void theWebAppsTakeNoBusinessStepPastAidFlowsChecks() {
        JsonNode agreement = draftAgreement("BJ", "XJ-HT", 1000);
        String code = agreement.path("code").asText();
        String task = taskId("xj-ht.leader", "reviewAgreement", code);
        Api admin = as("admin");
        String engine = "/camunda/api/engine/engine/default";
        for (String[] step : new String[][] {{engine + "/task/" + task + "/complete", "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}"},
                {engine + "/task/" + task + "/submit-form", "{\"variables\":{}}"},
                {engine + "/task/" + task + "/variables/decision", "{\"value\":\"APPROVE\"}"},
                {engine + "/process-definition/key/aid-agreement/start", "{}"},
                {engine + "/message", "{\"messageName\":\"withdraw\"}"},
                {engine + "/task/" + task + "/claim", "{\"userId\":\"admin\"}"},
                {engine + "/task/" + task + "/assignee", "{\"userId\":\"admin\"}"}}) {
            Api.Response refused = admin.postRaw(step[0], "application/json", step[1]);
            assertThat(refused.status()).as(step[0]).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(taskId("xj-ht.leader", "reviewAgreement", code)).as("the task is still open").isEqualTo(task);
        // nor people made where they would have no union (issue 16: such a user could never sign in)
        Api.Response user = admin.postRaw(engine + "/user/create", "application/json",
                "{\"profile\":{\"id\":\"made.in.camunda\",\"firstName\":\"x\",\"lastName\":\"y\"},\"credentials\":{\"password\":\"Long-Enough-Pass-1\"}}");
        assertThat(user.status()).isEqualTo(403);
        assertThat(admin.postRaw(engine + "/group/BJ:leader/members/bj.proposer", "application/json", "").status()).isIn(403, 405);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_ID_USER WHERE ID_ = 'made.in.camunda'").query(Long.class).single()).isZero();
    }

    // 2. Amounts refused by their shape, before any arithmetic

    @Test
    void refusesHugeAmountsByTheirShapeEverywhere() {
        long agreementId = agreement(100_000);
        long before = jdbc.sql("SELECT COUNT(*) FROM project").query(Long.class).single();
        for (String amount : List.of("1e999999999", "1e3000000", "-1e999999999", "1e-999999999", "1e21")) {
            Map<String, Object> draft = projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 1000, 1000);
            String body = json(draft).replace("\"amount\":1000", "\"amount\":" + amount);
            long started = System.nanoTime();
            Api.Response refused = as("bj.proposer").postRaw("/api/projects", "application/json", body);
            long micros = (System.nanoTime() - started) / 1000;
            System.out.printf("Refusing tranche amount %s took %d µs (status %d)%n", amount, micros, refused.status());
            assertThat(refused.status()).as(amount + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.errorFields()).as(refused.body()).containsExactly("tranches[0].amount");
        }
        Map<String, Object> draft = projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 1000, 1000);
        Api.Response budget = as("bj.proposer").postRaw("/api/projects", "application/json",
                json(draft).replace("\"budget\":1000", "\"budget\":1e999999999"));
        assertThat(budget.status()).isEqualTo(400);
        assertThat(budget.errorFields()).containsExactly("budget");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM project").query(Long.class).single()).isEqualTo(before);

        // a task form: the tranche request of an approved project
        JsonNode project = approvedProject(agreementId, 1000, 1000);
        String code = project.path("code").asText();
        String task = taskId("xj-ht.officer", "requestTranche", code);
        for (String amount : List.of("1e999999999", "1e3000000", "123456789012345678901234")) {
            Api.Response form = as("xj-ht.officer").postRaw("/api/tasks/" + task + "/complete", "application/json",
                    "{\"amount\":" + amount + ",\"purpose\":\"图书\"}");
            assertThat(form.status()).as(form.body()).isEqualTo(400);
            assertThat(form.errorFields()).containsExactly("amount");
        }
        // a good amount is still good
        requestTranche(code, 1000, false);
    }

    // 3. No permanent lock-out; a back-off per user and address that spares the real user

    @Test
    void anAttackersWrongPasswordsNeverShutTheRealUserOut() throws Exception {
        String user = "sh.auditor";
        String attacker = "127.0.0.2";
        int refusedUnchecked = 0;
        for (int i = 0; i < 1000; i++) {
            int status = signInFrom(attacker, user, "guess" + i);
            assertThat(status).isIn(401, 429);
            refusedUnchecked += status == 429 ? 1 : 0;
        }
        System.out.printf("1,000 wrong passwords for %s from %s: %d refused without checking the password%n", user, attacker, refusedUnchecked);
        assertThat(refusedUnchecked).as("the attacker is slowed down").isGreaterThanOrEqualTo(990);
        // the real user, from their own address, is let in at once
        long started = System.nanoTime();
        int real = signInFrom("127.0.0.1", user, "demo");
        System.out.printf("The real user's next sign-in after the attack: %d in %d ms%n", real, (System.nanoTime() - started) / 1_000_000);
        assertThat(real).isEqualTo(200);
        // and through the engine itself, no lock-out: Camunda's locked the account after ten wrong passwords
        for (int i = 0; i < 12; i++) {
            assertThat(identity.checkPassword(user, "wrong" + i)).isFalse();
        }
        assertThat(identity.checkPassword(user, "demo")).isTrue();
    }

    @Test
    void aThrottledAnswerTellsNothingAboutWhetherTheUserExists() throws Exception {
        String address = "127.0.0.3";
        String[] answers = new String[2];
        String[] users = {"gd.auditor", "no.such.person"};
        for (int u = 0; u < users.length; u++) {
            for (int i = 0; i < 5; i++) {
                assertThat(signInFrom(address, users[u], "wrong")).isEqualTo(401);
            }
            answers[u] = rawGet(address, "/api/me", users[u], "wrong");
        }
        for (String answer : answers) {
            assertThat(answer).startsWith("HTTP/1.1 429");
            assertThat(answer).containsIgnoringCase("Retry-After: 1");
            assertThat(answer).contains("application/problem+json");
        }
        // while waiting, even the right password is not looked at from that address
        assertThat(signInFrom(address, "gd.auditor", "demo")).isEqualTo(429);
        assertThat(signInFrom("127.0.0.1", "gd.auditor", "demo")).isEqualTo(200);
    }

    // 4. Text that is not text

    @Test
    void refusesLoneSurrogatesAndControlCharactersWhereverTextEnters() {
        long before = jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("title", "x\\ud800y");
        bad.put("description", "x\\udc00");
        bad.put("title ", "nul\\u0000");
        bad.put("description ", "bell\\u0007");
        bad.put("title  ", "c1\\u0085");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            String field = e.getKey().strip();
            String body = json(agreementDraft("XJ-HT", 1000)).replaceFirst("\"" + field + "\":\"[^\"]*\"",
                    java.util.regex.Matcher.quoteReplacement("\"" + field + "\":\"" + e.getValue() + "\""));
            Api.Response refused = as("bj.proposer").postRaw("/api/agreements", "application/json", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly(field);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single()).isEqualTo(before);
        // text of several lines and characters beyond the BMP are text
        Api.Response fine = as("bj.proposer").postRaw("/api/agreements", "application/json",
                json(agreementDraft("XJ-HT", 1000)).replace("Libraries for workers in Hotan", "第一行\\n第二行\\t𠮷"));
        assertThat(fine.status()).as(fine.body()).isEqualTo(201);
        String code = fine.json().path("code").asText();
        assertThat(fine.json().path("description").asText()).isEqualTo("第一行\n第二行\t𠮷");

        // task forms and remarks
        String task = taskId("xj-ht.leader", "reviewAgreement", code);
        Api.Response form = as("xj-ht.leader").postRaw("/api/tasks/" + task + "/complete", "application/json",
                "{\"decision\":\"REVISE\",\"comment\":\"bad\\ud83d\"}");
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.errorFields()).containsExactly("comment");
        Api.Response remark = as("xj-ht.leader").postRaw("/api/tasks/" + task + "/comments", "application/json",
                "{\"text\":\"a\\u001bb\"}");
        assertThat(remark.status()).isEqualTo(400);
        assertThat(remark.errorFields()).containsExactly("text");
        assertThat(taskId("xj-ht.leader", "reviewAgreement", code)).isEqualTo(task);
        // the address
        Api.Response query = as("bj.proposer").get("/api/projects?q=a%00b");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.errorFields()).containsExactly("q");
    }

    // 5. Types are never coerced

    @Test
    void refusesValuesOfTheWrongJsonType() {
        long agreementId = agreement(100_000);
        String draft = json(agreementDraft("XJ-HT", 1000));
        Map<String, String> wrong = Map.of(
                "title", "123",
                "description", "true",
                "intendedAmount", "\"1000\"",
                "startDate", "20260101");
        wrong.forEach((field, value) -> {
            String body = draft.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[0-9.]+)", "\"" + field + "\":" + value);
            Api.Response refused = as("bj.proposer").postRaw("/api/agreements", "application/json", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.errorFields()).as(refused.body()).containsExactly(field);
        });
        String project = json(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 1000, 1000));
        for (String[] c : new String[][] {{"\"title\":\"[^\"]*\"", "\"title\":123", "title"},
                {"\"description\":\"[^\"]*\"", "\"description\":false", "description"},
                {"\"focusAreas\":\\[[^]]*\\]", "\"focusAreas\":[1]", "focusAreas[0]"},
                {"\"beneficiariesPlanned\":1200", "\"beneficiariesPlanned\":\"1200\"", "beneficiariesPlanned"}}) {
            Api.Response refused = as("bj.proposer").postRaw("/api/projects", "application/json", project.replaceFirst(c[0], c[1]));
            assertThat(refused.status()).as(c[1]).isEqualTo(400);
            assertThat(refused.errorFields()).as(refused.body()).containsExactly(c[2]);
        }
    }

    // 6. Paging within range on every list

    @Test
    void refusesPagesBeyondAnyListInsteadOfOverflowing() {
        JsonNode agreement = draftAgreement("BJ", "XJ-HT", 1000);
        String task = taskId("xj-ht.leader", "reviewAgreement", agreement.path("code").asText());
        Map<String, String> lists = new LinkedHashMap<>();
        for (String path : List.of("/api/tasks", "/api/tasks/" + task + "/comments", "/api/reports/overdue", "/api/agreements",
                "/api/projects", "/api/notifications")) {
            lists.put(path, "xj-ht.leader");
        }
        lists.put("/api/ledger/verifications", "acftu.auditor");
        lists.forEach((path, user) -> {
            Api.Response refused = as(user).get(path + "?page=10737419&size=200");
            assertThat(refused.status()).as(path + " " + refused.body()).isEqualTo(400);
            assertThat(refused.errorFields()).as(path).containsExactly("page");
            assertThat(as(user).get(path + "?page=50000&size=200").status()).as(path).isEqualTo(200);
        });
        assertThat(as("xj-ht.leader").get("/api/tasks?page=99999999999").status()).isEqualTo(400);
    }

    // 7. Dates within a real window

    @Test
    void refusesDatesOutsideAnyRealWindow() {
        for (String date : List.of("+999999999-12-31", "1999-12-31", "2101-01-01", "-0001-01-01")) {
            String body = json(agreementDraft("XJ-HT", 1000)).replace("\"startDate\":\"2026-01-01\"", "\"startDate\":\"" + date + "\"");
            Api.Response refused = as("bj.proposer").postRaw("/api/agreements", "application/json", body);
            assertThat(refused.status()).as(date).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("startDate");
        }
        JsonNode agreement = draftAgreement("BJ", "XJ-HT", 1000);
        String code = agreement.path("code").asText();
        long id = agreement.path("id").asLong();
        completeOk("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        long copy = uploadPdf("bj.leader", "agreementId", id);
        Map<String, Object> sign = new HashMap<>(Map.of("signatory", "张三", "signedOn", "+999999999-12-31", "documentId", copy));
        Api.Response refused = complete("bj.leader", "signAgreementDonor", code, sign);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("signedOn");
        sign.put("signedOn", "2026-02-01");
        completeOk("bj.leader", "signAgreementDonor", code, sign);

        long agreementId = agreement(100_000);
        String plan = json(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 1000, 1000)).replace("2026-01-15", "2101-01-15");
        Api.Response badPlan = as("bj.proposer").postRaw("/api/projects", "application/json", plan);
        assertThat(badPlan.status()).isEqualTo(400);
        assertThat(badPlan.errorFields()).containsExactly("tranches[0].plannedOn");
    }

    // 10. Every error is a problem with the security headers

    @Test
    void answersEveryErrorWithAProblemAndTheSecurityHeaders() throws Exception {
        for (String path : List.of("/api/../engine-rest/engine", "/x/../engine-rest/engine", "/api/agreements;x=1", "/%65rror",
                "/error", "/api/%", "/api/agreements/%2e%2e/x", "/no-such-page.html")) {
            String answer = rawGet("127.0.0.1", path, null, null);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
            assertThat(answer).as(path).matches("(?s)HTTP/1.1 4\\d\\d .*");
            assertThat(head).as(path).contains("content-type: application/problem+json");
            assertThat(head).as(path).contains("x-content-type-options: nosniff");
            assertThat(head).as(path).contains("content-security-policy: default-src 'self'");
            assertThat(answer).as(path).contains("\"status\":4");
        }
    }

    private String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int signInFrom(String address, String username, String password) throws IOException {
        String answer = rawGet(address, "/api/me", username, password);
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** A GET sent byte for byte from the given loopback address, so that the server sees that client address. */
    private String rawGet(String address, String path, String username, String password) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(address), 0)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            if (username != null) {
                request.append("Authorization: Basic ").append(Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8))).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
