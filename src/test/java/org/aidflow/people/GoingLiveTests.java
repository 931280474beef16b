package org.aidflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aidflow.AidFlowApplication;
import org.aidflow.Api;
import org.aidflow.FreshDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The README's "Going live", step by step, on a database of its own (a new MariaDB database
 * beside the suite's when the suite runs on MariaDB, else a new H2 one): AidFlow started as for
 * production (no demo data, an administrator password given), the staff imported from a sheet,
 * coverage checked before and after, and the first real people at work.
 */
class GoingLiveTests {

    private static final String ADMIN_PASSWORD = "Going-Live-Admin-2026";
    private static final String OWN_PASSWORD = "Hotan-Library-40960";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anEmptyProductionDatabaseGoesLiveWithImportedStaff() throws Exception {
        Path dir = Files.createTempDirectory("aidflow-golive");
        FreshDatabase database = FreshDatabase.create(dir, "golive");
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=" + System.getProperty("spring.profiles.active", "test"),
                "--spring.datasource.url=" + database.url(),
                "--aidflow.demo-data=false",
                "--aidflow.demo-program=false",
                "--aidflow.admin.password=" + ADMIN_PASSWORD,
                "--aidflow.documents.dir=" + dir.resolve("documents").toAbsolutePath(),
                "--camunda.bpm.process-engine-name=golive",
                // no web apps: Camunda keeps JVM-wide state for them that closing this app would clear
                "--camunda.bpm.webapp.enabled=false"));
        try (ConfigurableApplicationContext app = SpringApplication.run(AidFlowApplication.class, args.toArray(String[]::new))) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            Api admin = new Api(base, "admin", ADMIN_PASSWORD);

            // 1. started with the administrator's password, and nobody else
            assertThat(admin.get("/api/me").status()).isEqualTo(200);
            assertThat(new Api(base, "admin", "demo").get("/api/me").status()).isEqualTo(401);
            assertThat(new Api(base, "bj.proposer", "demo").get("/api/me").status()).isEqualTo(401);

            // 2. coverage: before the staff, no union can act
            assertThat(uncovered(admin)).contains("BJ:proposer", "BJ:leader", "XJ-HT:leader");

            // 3. the staff imported from a sheet
            byte[] sheet = sheet(
                    List.of("BJ", "bj.wang.fang", "王芳", "Wang Fang", "proposer"),
                    List.of("BJ", "bj.li.qiang", "李强", "Li Qiang", "leader, finance"),
                    List.of("XJ-HT", "xj-ht.aili", "艾力", "Ali", "officer, leader, finance"));
            HttpResponse<String> imported = importSheet(base, sheet);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            JsonNode report = JSON.readTree(imported.body());
            assertThat(report.path("created").asInt()).isEqualTo(3);
            Map<String, String> oneTime = new HashMap<>();
            report.path("rows").forEach(r -> oneTime.put(r.path("username").asText(), r.path("oneTimePassword").asText()));

            // 4. coverage again: those unions and roles are covered now
            List<String> after = uncovered(admin);
            assertThat(after).doesNotContain("BJ:proposer", "BJ:leader", "BJ:finance", "XJ-HT:leader", "XJ-HT:officer");
            assertThat(after).contains("SH:leader");

            // 5. the first people choose their passwords and go to work
            for (String username : oneTime.keySet()) {
                Api first = new Api(base, username, oneTime.get(username));
                assertThat(first.get("/api/agreements").status()).as("nothing before choosing a password").isEqualTo(403);
                Api.Response chosen = first.post("/api/me/password",
                        Map.of("currentPassword", oneTime.get(username), "newPassword", OWN_PASSWORD));
                assertThat(chosen.status()).as(chosen.body()).isEqualTo(204);
            }
            Api proposer = new Api(base, "bj.wang.fang", OWN_PASSWORD);
            Api.Response drafted = proposer.post("/api/agreements", Map.of("recipientUnion", "XJ-HT", "title", "和田职工书屋",
                    "focusAreas", List.of("CULTURE"), "intendedAmount", 500000, "startDate", "2026-01-01", "endDate", "2026-12-31",
                    "description", "The first agreement after going live"));
            assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
            String code = drafted.json().path("code").asText();
            JsonNode inbox = new Api(base, "xj-ht.aili", OWN_PASSWORD).get("/api/tasks?businessKey=" + code).json();
            assertThat(inbox.path("total").asLong()).isEqualTo(1);
            assertThat(inbox.path("items").get(0).path("taskKey").asText()).isEqualTo("reviewAgreement");
            // and the administrator still sees no business data
            assertThat(admin.get("/api/agreements/" + drafted.json().path("id").asLong()).status()).isIn(403, 404);
        } finally {
            database.drop();
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static List<String> uncovered(Api admin) {
        Api.Response coverage = admin.get("/api/admin/coverage");
        assertThat(coverage.status()).as(coverage.body()).isEqualTo(200);
        List<String> groups = new ArrayList<>();
        coverage.json().path("gaps").forEach(g -> groups.add(g.path("group").asText()));
        return groups;
    }

    private static HttpResponse<String> importSheet(String base, byte[] sheet) throws Exception {
        String boundary = "----aidflow" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"staff.xlsx\"\r\n"
                + "Content-Type: " + PeopleSheets.XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(sheet);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String credentials = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/people/import"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @SafeVarargs
    private static byte[] sheet(List<String>... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet staff = book.createSheet("Staff");
            staff.createRow(0).createCell(0).setCellValue("工会代码 Union code");
            for (int r = 0; r < rows.length; r++) {
                Row row = staff.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
