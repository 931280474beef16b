package org.aidflow.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Planned projects from a sheet: every rule of the API per row, refused rows by number, drafts and their submission. */
class ProjectImportTests extends ProjectScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> row(String agreement, String site, String title, String type, String budget, String year,
                                    String tranches, String targets) {
        List<String> cells = new ArrayList<>(java.util.Arrays.asList(agreement, site, title, type, "CULTURE, FACILITY", budget, year, tranches,
                "120", targets, "说明"));
        return cells;
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("项目");
            sheet.createRow(0).createCell(0).setCellValue("header");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (rows.get(r).get(c) != null) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private Api.Response upload(String user, byte[] file, boolean keep) throws Exception {
        String boundary = "----import" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"keepValidRows\"\r\n\r\n" + keep + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"projects.xlsx\"\r\n"
                + "Content-Type: " + ProjectSheets.XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/imports/projects"))
                .header("Accept-Language", "en")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new Api.Response(response.statusCode(), body.isEmpty() ? null : JSON.readTree(body), body, response);
    }

    private long drafts() {
        return jdbc.sql("SELECT COUNT(*) FROM project_draft").query(Long.class).single();
    }

    @Test
    void refusesEveryBadRowByNumberAndKeepsOnlyTheGoodOnesWhenAsked() throws Exception {
        JsonNode agreement = activeAgreement(DONOR, RECIPIENT, 100_000);
        String code = agreement.path("code").asText();
        String good = "1000@2026-03-01";
        List<List<String>> rows = List.of(
                row(code, RECIPIENT, "和田职工书屋 A", "CADRE_TRAINING", "60000", null, "60000@2026-03-01", null),   // 2: good
                row(code, RECIPIENT, "和田职工书屋 B", "CADRE_TRAINING", "60000", null, "60000@2026-03-01", null),   // 3: over the agreement with row 2
                row("AGR-NOPE", RECIPIENT, "C", "CADRE_TRAINING", "1000", null, good, null),                       // 4
                row(code, RECIPIENT, "D", "NOPE", "1000", null, good, null),                                       // 5
                row(code, RECIPIENT, "E", "CADRE_TRAINING", "1000", null, "900@2026-03-01", null),                 // 6
                row(code, RECIPIENT, "F", "CADRE_TRAINING", "abc", null, good, null),                              // 7
                row(code, RECIPIENT, "G", "CADRE_TRAINING", "1000", null, good, "NOPE=1 COUNT"),                   // 8
                row(code, RECIPIENT, null, "CADRE_TRAINING", "1000", null, good, null),                            // 9
                row(code, "XJ-KS", "I", "CADRE_TRAINING", "1000", null, good, null),                               // 10
                row(code, RECIPIENT, "J", "CADRE_TRAINING", "1000", null, "1000 on 2026-03-01", null),              // 11
                row(code, RECIPIENT, "K", "CADRE_TRAINING", "1000", null, "1000@2026-02-30", null),                // 12
                row(code, RECIPIENT, "L", "CADRE_TRAINING", "1000", "2026", good, null),                           // 13
                row(code, RECIPIENT, "M", "CADRE_TRAINING", "1000.005", null, good, null),                         // 14
                row(code, RECIPIENT, "N", "CADRE_TRAINING", "1000", null, good, "SATISFACTION=101 PERCENT"));      // 15
        byte[] file = workbook(rows);
        long before = drafts();
        long projectsBefore = jdbc.sql("SELECT COUNT(*) FROM project").query(Long.class).single();

        Api.Response refused = upload("bj.proposer", file, false);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("rows[3].row", "rows[4].agreementCode", "rows[5].type", "rows[6].tranches",
                "rows[7].budget", "rows[8].indicators[0].code", "rows[9].title", "rows[10].recipientUnion", "rows[11].tranches[0]",
                "rows[12].tranches[0].plannedOn", "rows[13].planYear", "rows[14].budget", "rows[15].indicators[0].target");
        assertThat(refused.errorFields()).noneMatch(f -> f.startsWith("rows[2]."));
        assertThat(refused.json().path("refused").asInt()).isEqualTo(13);
        assertThat(drafts()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM project").query(Long.class).single()).isEqualTo(projectsBefore);

        Api.Response kept = upload("bj.proposer", file, true);
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(kept.json().path("drafts").asInt()).isEqualTo(1);
        assertThat(drafts()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM project").query(Long.class).single()).isEqualTo(projectsBefore);

        JsonNode listed = as("bj.proposer").get("/api/imports/projects/drafts").json().path("items");
        JsonNode draft = listed.get(listed.size() - 1);
        assertThat(draft.path("title").asText()).isEqualTo("和田职工书屋 A");
        assertThat(draft.path("row").asInt()).isEqualTo(2);
        assertThat(as("sh.proposer").post("/api/imports/projects/drafts/submit", Map.of("draftId", draft.path("id").asLong())).status())
                .isEqualTo(404);
        Api.Response submitted = as("bj.proposer").post("/api/imports/projects/drafts/submit", Map.of("draftId", draft.path("id").asLong()));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.json().path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(as("bj.proposer").post("/api/imports/projects/drafts/submit", Map.of("draftId", draft.path("id").asLong())).status())
                .isEqualTo(404);
        assertThat(drafts()).isEqualTo(before);
    }

    @Test
    void letsOnlyDonorProposersImport() throws Exception {
        byte[] file = workbook(List.of(row("AGR-X", RECIPIENT, "A", "CADRE_TRAINING", "1", null, "1@2026-03-01", null)));
        assertThat(upload("bj.leader", file, false).status()).isEqualTo(403);
        assertThat(upload("xj-ht.officer", file, false).status()).isEqualTo(403);
        assertThat(upload("bj.auditor", file, false).status()).isEqualTo(403);
        assertThat(as("bj.leader").get("/api/imports/projects/drafts").status()).isEqualTo(403);
        assertThat(upload("bj.proposer", "not a workbook".getBytes(StandardCharsets.UTF_8), false).errorFields()).containsExactly("file");
    }

    @Test
    void exportsTheListsAsTheCallerSeesThem() throws Exception {
        JsonNode mine = submit(projectDraft(agreement(500_000), RECIPIENT, "CADRE_TRAINING", 1_000, 1_000));
        Api.Response sheet = as("bj.proposer").get("/api/projects/export.xlsx?status=UNDER_REVIEW");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(cells(sheet.raw().body())).contains(mine.path("code").asText());
        assertThat(cells(as("bt.officer").get("/api/projects/export.xlsx").raw().body())).doesNotContain(mine.path("code").asText());
        assertThat(cells(as("xj-ht.officer").get("/api/agreements/export.xlsx").raw().body())).contains("AGR-BJ-");
        assertThat(as("bj.proposer").get("/api/projects/export.xlsx?status=NOPE").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/projects/export.xlsx").status()).isEqualTo(401);
    }

    private static String cells(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).forEach(r -> r.forEach(c -> text.append(c.toString()).append('|')));
        }
        return text.toString();
    }

    @Test
    void servesATemplateThatReadsBackAsOneRow() throws Exception {
        Api.Response template = as("bj.proposer").get("/api/imports/projects/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Type")).startsWith(ProjectSheets.XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.raw().body()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("协议编号");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }
}
