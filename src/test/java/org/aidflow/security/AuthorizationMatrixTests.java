package org.aidflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aidflow.project.ProjectScenarios;
import org.aidflow.security.AuthorizationMatrix.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drives the running app through every row of the authorization matrix with real sign-in (HTTP
 * Basic), on subjects made for it, and checks that the matrix names every {@code /api} mapping.
 * With {@code -Daidflow.matrix.record=true} it writes the answers it gets into the table instead,
 * to be reviewed row by row before they are committed.
 */
class AuthorizationMatrixTests extends ProjectScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PROBE = "matrix probe";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    /** The ids each subject of the table stands for, by subject name ("bj-task" → a task id). */
    private final Map<String, String> subjects = new HashMap<>();

    @Test
    void answersEveryProbeAsTheMatrixSays() {
        boolean record = Boolean.getBoolean("aidflow.matrix.record");
        long started = System.nanoTime();
        prepare("bj", "BJ", "XJ-HT");
        prepare("sh", "SH", "XJ-KS");
        long prepared = System.nanoTime();
        List<Row> rows = record ? everyProbe() : AuthorizationMatrix.read();
        List<String> unexpected = new ArrayList<>();
        List<Row> answered = new ArrayList<>();
        for (Row row : inRunningOrder(rows)) {
            Probe probe = probe(row);
            assertThat(row.relation()).as("relation of %s", row.csv()).isEqualTo(AuthorizationMatrix.relation(row.user(), row.party()));
            int status = probe.send(row.user());
            answered.add(new Row(row.method(), row.path(), row.subject(), row.user(), row.relation(), status));
            if (status != row.expected()) {
                unexpected.add(row.csv() + " -> " + status + " (" + probe.path + ")");
            }
        }
        if (record) {
            AuthorizationMatrix.write(answered);
        }
        System.out.printf("Authorization matrix: %d probes, %d unexpected (subjects made in %d ms, probes sent in %d ms)%n",
                rows.size(), record ? 0 : unexpected.size(), (prepared - started) / 1_000_000, (System.nanoTime() - prepared) / 1_000_000);
        assertThat(record ? List.of() : unexpected).as("unexpected answers").isEmpty();
    }

    @Test
    void namesEveryApiMappingAndNoOther() {
        Set<String> mapped = apiMappings();
        List<Row> rows = AuthorizationMatrix.read();
        Set<String> inTable = rows.stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertThat(mapped).as("mappings without rows in authorization-matrix.csv").isSubsetOf(inTable);
        assertThat(inTable).as("rows naming no mapping").isSubsetOf(mapped);
        Set<String> expected = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        for (String endpoint : mapped) {
            for (String subject : subjectsOf(endpoint)) {
                AuthorizationMatrix.USERS.forEach(user -> expected.add(endpoint + " " + subject + " " + user));
            }
        }
        rows.forEach(r -> assertThat(found.add(r.endpoint() + " " + r.subject() + " " + r.user())).as("twice: %s", r.csv()).isTrue());
        assertThat(found).as("every mapping × subject × user once").isEqualTo(expected);
    }

    private Set<String> apiMappings() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<String> patterns = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (pattern.startsWith("/api/")) {
                    assertThat(methods).as("%s answers every method", pattern).isNotEmpty();
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        });
        return endpoints;
    }

    private static List<String> subjectsOf(String endpoint) {
        String kind = AuthorizationMatrix.SUBJECT_KINDS.get(endpoint);
        return kind == null ? List.of("-") : List.of("bj-" + kind, "sh-" + kind);
    }

    private List<Row> everyProbe() {
        List<Row> rows = new ArrayList<>();
        for (String endpoint : apiMappings()) {
            String[] mp = endpoint.split(" ");
            for (String subject : subjectsOf(endpoint)) {
                String party = subject.equals("-") ? null : subject.substring(0, 2);
                for (String user : AuthorizationMatrix.USERS) {
                    rows.add(new Row(mp[0], mp[1], subject, user, AuthorizationMatrix.relation(user, party), 0));
                }
            }
        }
        return rows;
    }

    /** The table's order, but within one endpoint and subject every refusal before any success, so a success changes nothing a refusal is judged on. */
    private static List<Row> inRunningOrder(List<Row> rows) {
        Map<String, Integer> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.putIfAbsent(r.endpoint() + " " + r.subject(), groups.size()));
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt((Row r) -> groups.get(r.endpoint() + " " + r.subject()))
                .thenComparing(r -> r.expected() != 0 && r.succeeds()));
        return ordered;
    }

    /** One agreement of each kind and one project per task the matrix acts on, all of donor and recipient. */
    private void prepare(String party, String donor, String recipient) {
        String d = donor.toLowerCase();
        long agreement = activeAgreement(donor, recipient, 1_000_000).path("id").asLong();
        subjects.put(party + "-agreement", String.valueOf(agreement));
        subjects.put(party + "-agreement-draft", draftAgreement(donor, recipient, 100_000).path("id").asText());
        subjects.put(party + "-document", String.valueOf(uploadPdf(d + ".leader", "agreementId", agreement)));
        for (String kind : List.of("project", "project-draft", "task-claim", "task-complete", "task-complete-by-key",
                "task-delegate", "task-signers", "task-entrust", "notification")) {
            Map<String, Object> draft = projectDraft(agreement, recipient, "CADRE_TRAINING", 100_000, 100_000);
            var created = as(d + ".proposer").post("/api/projects", draft);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String code = created.json().path("code").asText();
            String task = taskId(d + ".leader", "approveProposalDonor", code);
            // completed by key, the subject is the project's code: the probe names approveProposalDonor on it
            subjects.put(party + "-" + kind, kind.equals("task-complete-by-key") ? code
                    : kind.startsWith("task-") ? task : created.json().path("id").asText());
            if (kind.equals("project")) {
                subjects.put(party + "-task", task);
            }
            if (kind.equals("notification")) {
                var reminded = as(recipient.toLowerCase() + ".officer").post("/api/tasks/" + task + "/remind", Map.of("comment", PROBE));
                assertThat(reminded.status()).as(reminded.body()).isEqualTo(204);
                JsonNode notification = null;
                for (JsonNode n : as(d + ".leader").get("/api/notifications?size=200").json().path("items")) {
                    if (n.path("taskId").asText().equals(task)) {
                        notification = n;
                    }
                }
                assertThat(notification).as("the reminder reached %s.leader", d).isNotNull();
                subjects.put(party + "-notification", notification.path("id").asText());
            }
        }
        subjects.put(party + "-donor", donor);
        subjects.put(party + "-recipient", recipient);
    }

    private record Probe(String method, String path, String contentType, byte[] body, int port) {

        int send(String user) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept-Language", "en")
                    .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (!user.equals("anonymous")) {
                String credentials = user + ":demo";
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            try {
                return HTTP.send(request.build(), BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The request a row stands for: its path with the subject's ids, and a valid body where one is taken. */
    private Probe probe(Row row) {
        String party = row.party();
        String path = row.path();
        if (party != null) {
            String id = subjects.get(row.subject());
            assertThat(id).as("subject %s", row.subject()).isNotNull();
            path = path.replace("{id}", id);
        }
        boolean read = row.method().equals("GET");
        path = path.replace("/api/cc/{id}/", "/api/cc/999999999/");
        path = path.replace("{year}", "2026");
        path = path.replace("{code}", path.startsWith("/api/admin/unions") ? (read ? "BJ" : "MXNONE") : (read ? "2021-2025" : "2090-2094"))
                .replace("{username}", read ? "bj.proposer" : "admin")
                .replace("{donor}", "BJ").replace("{recipient}", "XJ-HT").replace("{key}", "aid-project");
        if (row.endpoint().equals("POST /api/tasks/complete")) {
            path += "?taskKey=approveProposalDonor&businessKey=" + subjects.get(row.subject());
        }
        if (row.endpoint().equals("GET /api/reports/summary")) {
            path += "?groupBy=status";
        }
        Object body = switch (row.endpoint()) {
            case "POST /api/agreements" -> agreementDraft("XJ-HT", 100_000);
            case "POST /api/projects" -> projectDraft(Long.parseLong(subjects.get(row.subject())), subjects.get(party + "-recipient"),
                    "CADRE_TRAINING", 100_000, 100_000);
            case "POST /api/agreements/{id}/withdraw", "POST /api/projects/{id}/withdraw", "POST /api/tasks/{id}/remind" ->
                    Map.of("comment", PROBE);
            case "POST /api/tasks/{id}/comments" -> Map.of("text", PROBE);
            // an empty plan: the agreement keeps having none, so the project probes need no plan year
            case "PUT /api/agreements/{id}/plan" -> Map.of("years", List.of());
            // the probed project is under review: its proposer learns that it cannot change yet (409)
            case "POST /api/projects/{id}/changes" -> Map.of("reason", PROBE, "budget", 1_000);
            // no such draft: the proposer learns that, everyone else may not submit drafts at all
            case "POST /api/imports/projects/drafts/submit" -> Map.of("draftId", 999_999_999);
            case "POST /api/tasks/{id}/complete", "POST /api/tasks/complete" -> Map.of("decision", "APPROVE");
            case "POST /api/tasks/{id}/delegate" -> Map.of("to", subjects.get(party + "-donor").toLowerCase() + ".leader2", "comment", PROBE);
            case "POST /api/tasks/{id}/signers" -> Map.of("username", subjects.get(party + "-donor").toLowerCase() + ".leader2",
                    "position", "AFTER", "comment", PROBE);
            case "POST /api/tasks/{id}/delegation" -> Map.of("username", subjects.get(party + "-donor").toLowerCase() + ".leader2",
                    "comment", PROBE);
            // no such step passed yet: the holder gets past the checks of who may and is refused the target (400)
            case "POST /api/tasks/{id}/return" -> Map.of("target", "reviseProposal", "comment", PROBE, "resumeHere", true);
            case "POST /api/me/password" -> Map.of("currentPassword", "demo", "newPassword", "demo");
            case "POST /api/admin/unions" -> Map.of("code", "BJ", "level", "DONOR", "nameZh", "北京市总工会", "nameEn", "Beijing");
            case "PUT /api/admin/unions/{code}" -> Map.of("code", "MXNONE", "level", "DONOR", "nameZh", "无", "nameEn", "None");
            case "POST /api/admin/rounds" -> Map.of("code", "2021-2025", "nameZh", "第一轮", "nameEn", "First", "startYear", 2098, "endYear", 2099);
            case "PUT /api/admin/rounds/{code}" -> Map.of("nameZh", "无", "nameEn", "None", "startYear", 2090, "endYear", 2094);
            case "PUT /api/admin/rounds/{code}/pairings" -> Map.of("pairings", List.of());
            case "POST /api/admin/rounds/{code}/pairings" -> Map.of("donorCode", "BJ", "recipientCode", "XJ-HT", "countiesZh", "和田县");
            case "PUT /api/admin/rounds/{code}/pairings/{donor}/{recipient}" -> Map.of("countiesZh", "和田县");
            case "POST /api/admin/people" -> Map.of("username", "bj.proposer", "displayName", "重名", "union", "BJ", "roles", List.of("proposer"));
            case "PUT /api/admin/people/{username}" -> Map.of("displayName", "管理员");
            // one's own settings, none chosen: what every person has until they choose
            case "PUT /api/me/channels" -> Map.of("channels", List.of());
            // the desk: a copy to the donor's finance officer (who sees the case), a batch of one unknown task,
            // and a stand-in nobody may name (the administrator), so that no probe changes whose tasks are whose
            case "POST /api/tasks/{id}/cc" -> Map.of("usernames", List.of(subjects.get(party + "-donor").toLowerCase() + ".finance"),
                    "comment", PROBE);
            case "POST /api/tasks/batch" -> Map.of("taskIds", List.of("matrix-no-task"), "values", Map.of("decision", "APPROVE"));
            case "PUT /api/me/substitute" -> Map.of("standIn", "admin", "from", java.time.LocalDate.now().toString(),
                    "to", java.time.LocalDate.now().plusDays(1).toString());
            default -> null;
        };
        if (row.endpoint().equals("POST /api/documents")) {
            return multipart(path, Map.of("agreementId", subjects.get(row.subject())), PDF);
        }
        if (row.endpoint().equals("POST /api/imports/projects")) {
            return multipart(path, Map.of("keepValidRows", "false"), null);
        }
        if (row.endpoint().equals("POST /api/admin/people/import")) {
            return multipart(path, Map.of("keepValidRows", "false"), null);
        }
        try {
            return body == null ? new Probe(row.method(), path, null, null, port)
                    : new Probe(row.method(), path, "application/json", JSON.writeValueAsBytes(body), port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Probe multipart(String path, Map<String, String> fields, byte[] pdf) {
        String boundary = "----matrix" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (pdf != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"signed.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(pdf);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Probe("POST", path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), port);
    }
}
