package org.aidflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.aidflow.Api;
import org.aidflow.completion.CompletionScenarios;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bad input of every kind, systematically, against every JSON body under /api and every task form
 * on its open task: each answer is a 4xx problem, and the row count of every table and the ledger's
 * head are the same after the attack as before. Hostile text that is valid text (HTML, SQL, {@code ${}}
 * and {@code #{}} expressions, 4-byte characters) is accepted, and must come back exactly as sent.
 */
class BadInputTests extends CompletionScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)> '; DROP TABLE project; -- \" OR 1=1 "
            + "${7*7} #{7*7} ${jndi:ldap://x/a} %s 𠮷 \t";
    private static final Set<String> AMOUNTS = Set.of("amount", "amountReceived", "intendedAmount", "budget", "actualSpending");

    @Autowired
    private DataSource dataSource;

    private int tried;
    private int acceptedAsText;
    private final List<String> failures = new ArrayList<>();

    enum Kind { TEXT, CODE, NEW_CODE, ENUM, LIST_ENUM, AMOUNT, INT, ID, DATE, LIST }

    record Field(String name, Kind kind, boolean required) {
    }

    record Answer(int status, String contentType, String body) {
    }

    @Test
    void refusesEveryBadInputWithAProblemAndChangesNothing() {
        long agreementId = agreement(10_000_000);
        JsonNode draft = draftAgreement("BJ", "XJ-HT", 100_000);
        JsonNode project = submit(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        String task = taskId("bj.leader", "approveProposalDonor", project.path("code").asText());
        JsonNode withdrawable = submit(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));

        Map<String, Object> agreementBody = agreementDraft("XJ-HT", 100_000);
        attack("bj.proposer", "POST", "/api/agreements", agreementBody, List.of(new Field("recipientUnion", Kind.CODE, true),
                new Field("title", Kind.TEXT, true), new Field("focusAreas", Kind.LIST_ENUM, true),
                new Field("intendedAmount", Kind.AMOUNT, true), new Field("startDate", Kind.DATE, true),
                new Field("endDate", Kind.DATE, true), new Field("description", Kind.TEXT, false)), false);
        Map<String, Object> projectBody = projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000);
        attack("bj.proposer", "POST", "/api/projects", projectBody, List.of(new Field("agreementId", Kind.ID, true),
                new Field("recipientUnion", Kind.CODE, true), new Field("title", Kind.TEXT, true), new Field("type", Kind.ENUM, true),
                new Field("focusAreas", Kind.LIST_ENUM, true), new Field("budget", Kind.AMOUNT, true),
                new Field("tranches", Kind.LIST, true), new Field("description", Kind.TEXT, false),
                new Field("beneficiariesPlanned", Kind.INT, false), new Field("planYear", Kind.INT, false),
                new Field("indicators", Kind.LIST, false)), false);
        for (Object amount : List.of(raw("1.005"), raw("-1"), raw("0"), raw("1e20"), raw("NaN"), "1000")) {
            Map<String, Object> tranche = new HashMap<>(projectBody);
            tranche.put("tranches", List.of(Map.of("amount", amount, "plannedOn", "2026-01-15")));
            expectProblem("bj.proposer", "POST", "/api/projects", "application/json", json(tranche), "tranches[0].amount=" + amount);
        }
        String plan = "/api/agreements/" + agreementId + "/plan";
        attack("bj.proposer", "PUT", plan, Map.of("years", List.of(Map.of("year", 2026, "amount", 1_000))),
                List.of(new Field("years", Kind.LIST, true)), false);
        for (Object value : List.of(raw("1.005"), raw("-1"), raw("0"), raw("1e20"), raw("NaN"), "1000", true)) {
            expectProblem("bj.proposer", "PUT", plan, "application/json",
                    json(Map.of("years", List.of(Map.of("year", 2026, "amount", value)))), "years[0].amount=" + value);
            expectProblem("bj.proposer", "PUT", plan, "application/json",
                    json(Map.of("years", List.of(Map.of("year", value, "amount", 1_000)))), "years[0].year=" + value);
        }
        expectProblem("bj.proposer", "PUT", plan, "application/json",
                json(Map.of("years", List.of(Map.of("year", 2026, "amount", 1_000, "extra", 1)))), "years[0].extra");
        JsonNode changeable = approvedProject(agreementId, 40_000, 40_000);
        attack("bj.proposer", "POST", "/api/projects/" + changeable.path("id").asLong() + "/changes",
                Map.of("reason", "预算调整", "budget", 40_000.5, "tranches", List.of(Map.of("amount", 40_000.5, "plannedOn", "2026-05-01"))),
                List.of(new Field("reason", Kind.TEXT, true), new Field("budget", Kind.AMOUNT, false), new Field("tranches", Kind.LIST, false),
                        new Field("indicators", Kind.LIST, false), new Field("recipientUnion", Kind.CODE, false)), false);
        attack("bj.proposer", "POST", "/api/imports/projects/drafts/submit", Map.of("draftId", 999_999_999),
                List.of(new Field("draftId", Kind.ID, true)), false);
        attack("bj.leader", "POST", "/api/tasks/" + task + "/comments", Map.of("text", "备注"),
                List.of(new Field("text", Kind.TEXT, true)), false);
        attack("bj.leader", "POST", "/api/tasks/" + task + "/delegate", Map.of("to", "bj.leader2", "comment", "转办"),
                List.of(new Field("to", Kind.CODE, true), new Field("comment", Kind.TEXT, false)), false);
        attack("bj.leader", "POST", "/api/tasks/" + task + "/signers", Map.of("username", "bj.leader2", "position", "AFTER",
                "comment", "加签"), List.of(new Field("username", Kind.CODE, true), new Field("position", Kind.ENUM, true),
                new Field("comment", Kind.TEXT, false)), false);
        attack("bj.leader", "POST", "/api/tasks/" + task + "/delegation", Map.of("username", "bj.leader2", "comment", "委派"),
                List.of(new Field("username", Kind.CODE, true), new Field("comment", Kind.TEXT, false)), false);
        attack("bj.leader", "POST", "/api/tasks/" + task + "/return", Map.of("target", "reviseProposal", "comment", "退回",
                "resumeHere", true), List.of(new Field("target", Kind.CODE, true), new Field("comment", Kind.TEXT, true)), false);
        attack("bj.proposer", "POST", "/api/tasks/" + task + "/remind", Map.of("comment", "催办"),
                List.of(new Field("comment", Kind.TEXT, false)), true);
        // the approvals desk: 抄送, 批量审批 (a non-object `values` probed as INT's non-numbers and numbers), 代理
        attack("bj.leader", "POST", "/api/tasks/" + task + "/cc", Map.of("usernames", List.of("bj.finance"), "comment", "抄送"),
                List.of(new Field("usernames", Kind.LIST_ENUM, true), new Field("comment", Kind.TEXT, false)), false);
        attack("bj.leader", "POST", "/api/tasks/batch", Map.of("taskIds", List.of(task), "values", Map.of("decision", "APPROVE")),
                List.of(new Field("taskIds", Kind.LIST, true), new Field("values", Kind.INT, true)), false);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        attack("bj.leader", "PUT", "/api/me/substitute", Map.of("standIn", "bj.leader2", "from", today.toString(),
                "to", today.plusDays(1).toString()), List.of(new Field("standIn", Kind.CODE, true), new Field("from", Kind.DATE, true),
                new Field("to", Kind.DATE, true)), false);
        attack("bj.proposer", "POST", "/api/agreements/" + draft.path("id").asLong() + "/withdraw", Map.of("comment", "撤回"),
                List.of(new Field("comment", Kind.TEXT, false)), true);
        attack("bj.proposer", "POST", "/api/projects/" + withdrawable.path("id").asLong() + "/withdraw", Map.of("comment", "撤回"),
                List.of(new Field("comment", Kind.TEXT, false)), true);
        // a new password the policy refuses: a defect here must not lock the demo user out of the other tests
        attack("bj.proposer", "POST", "/api/me/password", Map.of("currentPassword", "demo", "newPassword", "demo"),
                List.of(new Field("newPassword", Kind.TEXT, true)), false);
        attack("admin", "POST", "/api/admin/unions", Map.of("code", "MXBAD", "level", "DONOR", "nameZh", "测试总工会", "nameEn", "Test"),
                List.of(new Field("code", Kind.NEW_CODE, true), new Field("level", Kind.ENUM, true), new Field("parentCode", Kind.CODE, false),
                        new Field("nameZh", Kind.TEXT, true), new Field("nameEn", Kind.TEXT, true)), false);
        attack("admin", "PUT", "/api/admin/unions/BJ", Map.of("code", "BJ", "level", "DONOR", "nameZh", "北京市总工会",
                "nameEn", "Beijing Federation of Trade Unions"), List.of(new Field("code", Kind.CODE, false), new Field("level", Kind.ENUM, true),
                new Field("parentCode", Kind.CODE, false), new Field("nameZh", Kind.TEXT, true), new Field("nameEn", Kind.TEXT, true)), false);
        attack("admin", "POST", "/api/admin/rounds", Map.of("code", "2091-2092", "nameZh", "测试轮", "nameEn", "Test round",
                "startYear", 2091, "endYear", 2092), List.of(new Field("code", Kind.NEW_CODE, true), new Field("nameZh", Kind.TEXT, true),
                new Field("nameEn", Kind.TEXT, true), new Field("startYear", Kind.INT, true), new Field("endYear", Kind.INT, true)), false);
        attack("admin", "POST", "/api/admin/rounds/2021-2025/pairings", Map.of("donorCode", "BJ", "recipientCode", "XJ-KS", "countiesZh", "测试县"),
                List.of(new Field("donorCode", Kind.CODE, true), new Field("recipientCode", Kind.CODE, true),
                        new Field("countiesZh", Kind.TEXT, false)), false);
        attack("admin", "POST", "/api/admin/people", Map.of("username", "mx.bad", "displayName", "测试", "union", "BT-14",
                "roles", List.of("officer")), List.of(new Field("username", Kind.NEW_CODE, true), new Field("displayName", Kind.TEXT, true),
                new Field("union", Kind.CODE, true), new Field("roles", Kind.LIST_ENUM, true), new Field("email", Kind.CODE, false),
                new Field("phone", Kind.CODE, false)), false);
        // every field is optional ({} clears one's settings); what is sent must be well-formed
        attack("bj.finance", "PUT", "/api/me/channels", Map.of("email", "finance@example.org", "phone", "13800000000",
                "channels", List.of("EMAIL", "WECOM"), "digestHour", 8, "language", "zh"), List.of(new Field("email", Kind.CODE, false),
                new Field("phone", Kind.CODE, false), new Field("channels", Kind.LIST_ENUM, false), new Field("digestHour", Kind.INT, false),
                new Field("language", Kind.ENUM, false)), true);
        attackUploads(agreementId);

        acceptsHostileTextVerbatim(agreementId, task);
        try {
            walkEveryForm();
        } catch (WalkStopped stopped) {
            failures.add(stopped.getMessage());
        }

        System.out.printf("Bad input: %d inputs tried, %d refused with a 4xx problem, %d accepted as text and stored verbatim, %d failures%n",
                tried, tried - acceptedAsText - failures.size(), acceptedAsText, failures.size());
        failures.forEach(f -> System.out.println("  not refused cleanly: " + f));
        assertThat(failures).as("bad inputs not refused cleanly").isEmpty();
    }

    @Test
    void refusesABodyWithAnythingAfterItsJsonValue() {
        Map<String, Object> draft = agreementDraft("XJ-HT", 100_000);
        long before = jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single();
        for (String tail : List.of("}", " {}", "]", " x")) {
            Api.Response answer = as("bj.proposer").postRaw("/api/agreements", "application/json", json(draft) + tail);
            assertThat(answer.status()).as("body followed by %s: %s", tail, answer.body()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement").query(Long.class).single()).isEqualTo(before);
    }

    // ---- JSON bodies -------------------------------------------------------------------------

    /** Every mutation of every field of a valid body, then the body-level ones; each a 4xx problem that changes nothing. */
    private void attack(String user, String method, String path, Map<String, Object> valid, List<Field> fields, boolean allOptional) {
        Map<String, Long> before = snapshot();
        for (Field field : fields) {
            for (Object bad : badValues(field)) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                if (bad instanceof RawToken t && t.token().equals("0") && field.name().equals("actualSpending")) {
                    continue; // spending nothing of what was received is a fact to report, refunded in full
                }
                if (bad == MISSING) {
                    body.remove(field.name());
                } else {
                    body.put(field.name(), bad);
                }
                expectProblem(user, method, path, "application/json", json(body), field.name() + "=" + shorten(bad));
            }
        }
        String validJson = json(valid);
        List<String[]> shapes = new ArrayList<>(List.of(
                new String[] {"application/json", validJson.substring(0, validJson.length() / 2)},
                new String[] {"application/json", validJson + "}"},
                new String[] {"application/json", validJson + validJson},
                new String[] {"application/json", validJson + " garbage"},
                new String[] {"application/json", "{'title': 'single quotes'}"},
                new String[] {"application/json", "NaN"},
                new String[] {"application/json", "[" + validJson + "]"},
                new String[] {"application/json", "\"" + "text" + "\""},
                new String[] {"text/plain", validJson},
                new String[] {"application/xml", "<agreement><title>x</title></agreement>"},
                new String[] {"application/x-www-form-urlencoded", "title=x&comment=y"}));
        // a field the endpoint does not know, and fields a client may never set itself (mass assignment)
        for (String unknown : List.of("unexpectedField", "status", "id", "createdBy")) {
            Map<String, Object> withUnknown = new LinkedHashMap<>(valid);
            if (!withUnknown.containsKey(unknown)) {
                withUnknown.put(unknown, unknown.equals("id") ? (Object) 1 : "APPROVED");
                shapes.add(new String[] {"application/json", json(withUnknown)});
            }
        }
        if (!allOptional) {
            shapes.add(new String[] {"application/json", "{}"});
            shapes.add(new String[] {"application/json", "null"});
        }
        for (String[] shape : shapes) {
            expectProblem(user, method, path, shape[0], shape[1], "body " + shape[0] + " " + shorten(shape[1]));
        }
        assertUnchanged(before, method + " " + path);
    }

    private static final Object MISSING = new Object();

    private static Object raw(String token) {
        return new RawToken(token);
    }

    record RawToken(String token) {
        @Override
        public String toString() {
            return token;
        }
    }

    private static final String LONE_SURROGATE = "@@LONE_SURROGATE@@";

    private static List<Object> badValues(Field field) {
        List<Object> bad = new ArrayList<>();
        if (field.required()) {
            bad.add(MISSING);
            bad.add(null);
        }
        String big = "长".repeat(10_000);
        String huge = "x".repeat(1 << 20);
        switch (field.kind()) {
            case TEXT -> bad.addAll(List.of(123, true, List.of("a"), Map.of("a", "b"), big, huge, "a\u0001b", "a\u0000b", "a\u001bb",
                    LONE_SURROGATE));
            case CODE, ENUM -> bad.addAll(List.of(123, List.of("A"), "NOPE-NOPE", "𠮷", "${7*7}", "#{7*7}", "' OR '1'='1",
                    "<script>x</script>", "a\u0001b", LONE_SURROGATE, huge));
            // an identifier being made: any well-formed one would be taken, so only ill-formed ones
            case NEW_CODE -> bad.addAll(List.of(123, List.of("A"), "𠮷", "${7*7}", "#{7*7}", "' OR '1'='1",
                    "<script>x</script>", "a\u0001b", LONE_SURROGATE, huge));
            case LIST_ENUM -> bad.addAll(List.of("CULTURE", List.of("NOPE"), List.of(1), List.of("${7*7}"), Map.of("a", 1),
                    List.of(huge)));
            case AMOUNT -> bad.addAll(List.of("1000", raw("1.005"), raw("-1"), raw("0"), raw("1e20"), raw("NaN"), raw("Infinity"),
                    raw("1e999999999"), raw("0.001"), true, List.of(1)));
            case INT -> bad.addAll(List.of("12", raw("1.5"), raw("1e20"), raw("NaN"), true, List.of(1)));
            case ID -> bad.addAll(List.of("1", raw("1.5"), raw("-1"), raw("1e20"), true));
            case DATE -> bad.addAll(List.of("2026-02-30", "1999-12-31", "2101-01-01", 20260101, "01/02/2026", "${7*7}", "2026-01-01\u0000"));
            case LIST -> bad.addAll(List.of("x", 1, Map.of("a", 1)));
            default -> throw new IllegalStateException();
        }
        return bad;
    }

    private static String json(Object body) {
        try {
            String text = JSON.writeValueAsString(body);
            for (String token : List.of("1.005", "-1", "0", "1e20", "NaN", "Infinity", "1e999999999", "0.001", "1.5")) {
                text = text.replace("{\"token\":\"" + token + "\"}", token);
            }
            return text.replace("\"" + LONE_SURROGATE + "\"", "\"a\\ud800b\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shorten(Object value) {
        String text = value == MISSING ? "(missing)" : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + " chars)" : text;
    }

    private void expectProblem(String user, String method, String path, String contentType, String body, String what) {
        expectProblem(user, method, path, contentType, body.getBytes(StandardCharsets.UTF_8), what);
    }

    private void expectProblem(String user, String method, String path, String contentType, byte[] body, String what) {
        tried++;
        Answer answer = send(user, method, path, contentType, body);
        boolean problem = answer.contentType() != null && answer.contentType().startsWith("application/problem+json");
        if (answer.status() < 400 || answer.status() > 499 || !problem) {
            failures.add(method + " " + path + " " + what + " -> " + answer.status() + " " + answer.contentType() + " "
                    + shorten(answer.body()));
        } else if (answer.body().contains("Exception") || answer.body().contains("org.") || answer.body().contains("SQL")) {
            failures.add(method + " " + path + " " + what + " -> leaks internals: " + answer.body());
        }
    }

    private Answer send(String user, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en").header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, BodyPublishers.ofByteArray(body));
        try {
            var response = HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- uploads ---------------------------------------------------------------------------------

    private void attackUploads(long agreementId) {
        Map<String, Long> before = snapshot();
        String subject = String.valueOf(agreementId);
        byte[] oversized = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, oversized, 0, PDF.length);
        byte[] polyglot = ("<html><body><script>alert(1)</script><!--\n%PDF-1.4\n-->").getBytes(StandardCharsets.UTF_8);
        byte[] pdfHtml = ("%PDF-1.4\n<html><script>alert(1)</script></html>").getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] zip = zipBomb();
        Object[][] files = {
                {"big.pdf", "application/pdf", oversized},
                {"polyglot.pdf", "application/pdf", polyglot},
                {"polyglot.html", "text/html", pdfHtml},
                {"polyglot.pdf.html", "application/pdf", pdfHtml},
                {"image.svg", "image/svg+xml", svg},
                {"image.png", "image/png", svg},
                {"bomb.zip", "application/zip", zip},
                {"bomb.pdf", "application/pdf", zip},
                {"signed.png", "image/png", PDF},
                {"signed.jpg", "application/pdf", PDF},
                {"signed.exe", "application/pdf", PDF},
                {"program.pdf", "application/pdf", "MZ\u0090\u0000 this is not a pdf".getBytes(StandardCharsets.ISO_8859_1)},
                {"empty.pdf", "application/pdf", new byte[0]},
                {"a\u0001b.pdf", "application/pdf", PDF},
                {"evil\u202Efdp.exe", "application/pdf", PDF},
                {"x".repeat(300) + ".pdf", "application/pdf", PDF},
        };
        for (Object[] f : files) {
            tried++;
            Api.Response answer = as("bj.leader").upload((String) f[0], (String) f[1], (byte[]) f[2], "agreementId", subject);
            String type = answer.header("Content-Type");
            if (answer.status() < 400 || answer.status() > 499 || type == null || !type.startsWith("application/problem+json")) {
                failures.add("upload " + shorten(f[0]) + " -> " + answer.status() + " " + type);
            }
        }
        tried++;
        Api.Response none = as("bj.leader").upload("signed.pdf", "application/pdf", PDF);
        if (none.status() != 400) {
            failures.add("upload without subject -> " + none.status());
        }
        expectProblem("bj.leader", "POST", "/api/documents", "application/json", "{\"agreementId\":" + agreementId + "}", "JSON, not multipart");
        assertUnchanged(before, "POST /api/documents");
    }

    private static byte[] zipBomb() {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("signed.pdf"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- hostile text that is valid text ------------------------------------------------------------

    private void acceptsHostileTextVerbatim(long agreementId, String task) {
        Map<String, Object> agreement = new HashMap<>(agreementDraft("XJ-HT", 100_000));
        agreement.put("title", "𠮷野家 " + HOSTILE.strip());
        agreement.put("description", HOSTILE);
        Api.Response created = as("bj.proposer").post("/api/agreements", agreement);
        textAccepted("agreement", created, 201);
        JsonNode shown = as("bj.proposer").get("/api/agreements/" + created.json().path("id").asLong()).json();
        verbatim("agreement title", shown.path("title").asText(), (String) agreement.get("title"));
        verbatim("agreement description", shown.path("description").asText(), HOSTILE);

        Map<String, Object> project = new HashMap<>(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        project.put("title", "𠮷 " + HOSTILE.strip());
        project.put("description", HOSTILE);
        Api.Response submitted = as("bj.proposer").post("/api/projects", project);
        textAccepted("project", submitted, 201);
        JsonNode p = as("bj.proposer").get("/api/projects/" + submitted.json().path("id").asLong()).json();
        verbatim("project title", p.path("title").asText(), (String) project.get("title"));
        verbatim("project description", p.path("description").asText(), HOSTILE);

        Api.Response comment = as("bj.leader").post("/api/tasks/" + task + "/comments", Map.of("text", HOSTILE));
        textAccepted("remark", comment, 201);
        JsonNode comments = as("bj.leader").get("/api/tasks/" + task + "/comments").json().path("items");
        verbatim("remark", comments.get(comments.size() - 1).path("text").asText(), HOSTILE);
    }

    private void textAccepted(String what, Api.Response response, int status) {
        tried++;
        acceptedAsText++;
        assertThat(response.status()).as("%s with hostile text: %s", what, response.body()).isEqualTo(status);
    }

    private void verbatim(String what, String stored, String sent) {
        assertThat(stored).as("%s stored as sent, never interpreted", what).isEqualTo(sent);
    }

    // ---- task forms ---------------------------------------------------------------------------------

    /** One agreement and two projects walked through every task form; at each, the attack, then a valid completion. */
    private void walkEveryForm() {
        JsonNode agreement = draftAgreement("BJ", "XJ-HT", 10_000_000);
        String a = agreement.path("code").asText();
        long aId = agreement.path("id").asLong();
        form("xj-ht.leader", "reviewAgreement", a, Map.of("decision", "REVISE", "comment", HOSTILE));
        form("bj.proposer", "reviseAgreement", a, Map.of("action", "RESUBMIT", "title", "职工书屋（修订）", "focusAreas", List.of("CULTURE"),
                "intendedAmount", 10_000_000, "startDate", "2026-01-01", "endDate", "2027-12-31", "description", HOSTILE));
        form("xj-ht.leader", "reviewAgreement", a, Map.of("decision", "APPROVE"));
        long donorCopy = uploadPdf("bj.leader", "agreementId", aId);
        long recipientCopy = uploadPdf("xj-ht.leader", "agreementId", aId);
        form("bj.leader", "signAgreementDonor", a, Map.of("signatory", "张三", "signedOn", "2026-02-01", "documentId", donorCopy));
        form("xj-ht.leader", "signAgreementRecipient", a, Map.of("signatory", "艾力", "signedOn", "2026-02-02", "documentId", recipientCopy));

        JsonNode major = submit(projectDraft(aId, RECIPIENT, "WORKER_LIBRARY", 5_000_000, 10_000, 4_990_000));
        String m = major.path("code").asText();
        form("bj.leader", "approveProposalDonor", m, Map.of("decision", "REVISE", "comment", HOSTILE));
        form("bj.proposer", "reviseProposal", m, Map.of("action", "RESUBMIT", "title", "职工书屋（修订）", "type", "WORKER_LIBRARY",
                "focusAreas", List.of("CULTURE"), "budget", 5_000_000, "description", HOSTILE, "beneficiariesPlanned", 100));
        form("bj.leader", "approveProposalDonor", m, Map.of("decision", "APPROVE"));
        form("xj-ht.officer", "reviewProposalRecipient", m, Map.of("decision", "APPROVE"));
        form("xj.leader", "approveProposalRegion", m, Map.of("decision", "APPROVE", "comment", HOSTILE));
        form("xj.finance", "approveProposalRegion", m, Map.of("decision", "APPROVE", "comment", HOSTILE));
        form("acftu.officer", "fileProposalNational", m, Map.of("decision", "ACKNOWLEDGE"));
        form("xj-ht.officer", "requestTranche", m, Map.of("amount", 10_000, "purpose", HOSTILE));
        form("bj.leader", "approveTranche", m, Map.of("decision", "APPROVE"));
        form("bj.finance", "recordTransfer", m, Map.of("amount", 10_000, "bankReference", bankReference(), "transferredOn", "2026-03-01"));
        form("xj-ht.finance", "confirmReceipt", m, Map.of("amountReceived", 9_000, "receivedOn", "2026-03-03"));
        form("bj.auditor", "investigateDiscrepancy", m, Map.of("finding", HOSTILE, "resolution", "银行手续费"));

        JsonNode small = approvedProject(aId, 20_000, 20_000);
        String s = small.path("code").asText();
        form("xj-ht.officer", "requestTranche", s, Map.of("amount", 20_000, "purpose", "购置图书"));
        form("bj.leader", "approveTranche", s, Map.of("decision", "APPROVE"));
        form("bj.finance", "recordTransfer", s, Map.of("amount", 20_000, "bankReference", bankReference(), "transferredOn", "2026-03-01"));
        form("xj-ht.finance", "confirmReceipt", s, Map.of("amountReceived", 20_000, "receivedOn", "2026-03-03"));
        form("xj-ht.officer", "submitCompletionReport", s, Map.of("actualSpending", 19_000, "beneficiaries", 100, "summary", HOSTILE));
        form("xj.inspector", "inspectCompletion", s, Map.of("decision", "RECTIFY", "findings", HOSTILE));
        form("xj-ht.officer", "rectifyCompletion", s, Map.of("response", HOSTILE, "actualSpending", 19_000));
        form("xj.inspector", "inspectCompletion", s, Map.of("decision", "PASS", "findings", "合格"));
        form("xj-ht.finance", "recordRefund", s, Map.of("amount", 1_000, "bankReference", bankReference(), "refundedOn", "2026-10-08"));
        form("bj.finance", "confirmRefund", s, Map.of("amountReceived", 1_000, "comment", HOSTILE));
        form("bj.auditor", "auditProject", s, Map.of("decision", "APPROVE", "performanceScore", 90, "findings", HOSTILE));

        List<String> comments = new ArrayList<>();
        project("bj.auditor", small.path("id").asLong()).path("history").forEach(e -> comments.add(e.path("comment").asText()));
        project("bj.auditor", major.path("id").asLong()).path("history").forEach(e -> comments.add(e.path("comment").asText()));
        assertThat(comments).as("hostile text in completed forms comes back verbatim in the history").contains(HOSTILE);
    }

    /** The attack on the open task of this form, then its valid completion (which may carry hostile text, accepted). */
    private void form(String user, String taskKey, String businessKey, Map<String, Object> valid) {
        String id = taskId(user, taskKey, businessKey);
        List<Field> fields = formFields(taskKey);
        Map<String, Object> base = new LinkedHashMap<>(valid);
        attack(user, "POST", "/api/tasks/" + id + "/complete", base, fields.stream()
                .filter(f -> base.containsKey(f.name()) || f.required()).toList(), false);
        Api.Response done = as(user).post("/api/tasks/" + id + "/complete", valid);
        if (done.status() != 204) {
            throw new WalkStopped(taskKey + " of " + businessKey + ": its valid completion answered " + done.status() + " " + done.body());
        }
        if (valid.containsValue(HOSTILE)) {
            tried++;
            acceptedAsText++;
        }
    }

    static final class WalkStopped extends RuntimeException {
        WalkStopped(String message) {
            super(message);
        }
    }

    private static List<Field> formFields(String taskKey) {
        try {
            JsonNode form = JSON.readTree(Files.readString(Path.of("processes/forms/" + taskKey + ".form")));
            List<Field> fields = new ArrayList<>();
            collect(form.path("components"), fields);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode components, List<Field> fields) {
        for (JsonNode c : components) {
            if (c.has("key")) {
                String key = c.path("key").asText();
                Kind kind = switch (c.path("type").asText()) {
                    case "number" -> AMOUNTS.contains(key) ? Kind.AMOUNT : key.equals("documentId") ? Kind.ID : Kind.INT;
                    case "radio", "select" -> Kind.ENUM;
                    case "checklist" -> Kind.LIST_ENUM;
                    case "datetime" -> Kind.DATE;
                    default -> Kind.TEXT;
                };
                fields.add(new Field(key, kind, c.path("validate").path("required").asBoolean(false)));
            }
            collect(c.path("components"), fields);
        }
    }

    // ---- the snapshot ----------------------------------------------------------------------------------

    /** The row count of every table, AidFlow's and the engine's, and the ledger's head. */
    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); ResultSet tables = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%",
                new String[] {"TABLE"})) {
            String quote = c.getMetaData().getIdentifierQuoteString();
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                counts.put(table.toLowerCase(), jdbc.sql("SELECT COUNT(*) FROM " + quote + table + quote).query(Long.class).single());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        counts.put("ledger head seq", jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM ledger_entry").query(Long.class).single());
        counts.put("ledger head hash", (long) jdbc.sql("SELECT hash FROM ledger_entry ORDER BY seq DESC").query(String.class).list()
                .stream().findFirst().orElse("").hashCode());
        return counts;
    }

    private void assertUnchanged(Map<String, Long> before, String what) {
        Map<String, Long> after = snapshot();
        if (!after.equals(before)) {
            Map<String, String> changed = new TreeMap<>();
            after.forEach((k, v) -> {
                if (!v.equals(before.get(k))) {
                    changed.put(k, before.get(k) + " -> " + v);
                }
            });
            failures.add(what + " changed " + changed);
        }
    }
}
