package org.aidflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.aidflow.Api;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Staff in bulk: the template, an import with a report on every row, and the export. */
class PeopleImportTests extends PeopleTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void servesATemplateWithTheColumnsAndTheUnionsRoles() throws Exception {
        Api.Response template = as("admin").get("/api/admin/people/template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Type")).startsWith(PeopleSheets.XLSX);
        assertThat(template.header("Content-Disposition")).contains("attachment");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template.raw().body()))) {
            Row header = book.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).contains("Union code");
            assertThat(header.getCell(4).getStringCellValue()).contains("Roles");
            Sheet help = book.getSheetAt(1);
            boolean hotan = false;
            for (Row row : help) {
                if ("XJ-HT".equals(row.getCell(0).getStringCellValue())) {
                    hotan = row.getCell(4).getStringCellValue().equals("officer, leader, finance");
                }
            }
            assertThat(hotan).as("the help sheet lists Hotan's roles").isTrue();
        }
    }

    @Test
    void importsAGoodSheetCreatingNewPeopleAndUpdatingKnownOnes() throws Exception {
        String known = active("SH", "sh.known", "proposer");
        String first = newUsername("bj.import");
        String second = newUsername("xj-ht.import");
        byte[] sheet = sheet(
                List.of("BJ", first, "王芳", "Wang Fang", "proposer, finance", first + "@example.cn", "+86 10 1234 5678"),
                List.of("XJ-HT", second, "艾力", "", "leader", "", ""),
                List.of("SH", known, "测试 " + known, "Test " + known, "proposer，leader", known + "@example.org", "+86 10 6559 2000"));
        long before = people();
        JsonNode report = upload(sheet, false, 200);
        assertThat(report.path("imported").asBoolean()).isTrue();
        assertThat(report.path("created").asInt()).isEqualTo(2);
        assertThat(report.path("updated").asInt()).isEqualTo(1);
        assertThat(people()).isEqualTo(before + 2);
        // the new people sign in with the one-time password shown in the report
        JsonNode row2 = report.path("rows").get(0);
        assertThat(row2.path("row").asInt()).isEqualTo(2);
        assertThat(row2.path("outcome").asText()).isEqualTo("CREATED");
        Api.Response me = as(first, row2.path("oneTimePassword").asText()).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(me.json().path("union").path("code").asText()).isEqualTo("BJ");
        assertThat(me.json().path("roles").toString()).contains("finance", "proposer");
        // the known one was updated, not duplicated: a role added
        assertThat(report.path("rows").get(2).path("outcome").asText()).isEqualTo("UPDATED");
        assertThat(report.path("rows").get(2).path("oneTimePassword").isNull()).isTrue();
        JsonNode knownNow = as("admin").get("/api/admin/people/" + known).json();
        assertThat(knownNow.path("roles").toString()).contains("leader", "proposer");
        // the same sheet again changes nothing
        JsonNode again = upload(sheet, false, 200);
        assertThat(again.path("unchanged").asInt()).isEqualTo(3);
        assertThat(people()).isEqualTo(before + 2);
    }

    @Test
    void importsNothingFromASheetWithErrorsUnlessTheGoodRowsAreKept() throws Exception {
        String good = newUsername("gd.import");
        String repeated = newUsername("zj.import");
        byte[] sheet = sheet(
                List.of("GD", good, "李娜", "Li Na", "auditor", "", ""),
                List.of("XJ-HT", newUsername("xj-ht.bad"), "错误角色", "", "proposer", "", ""),
                List.of("NOPE", newUsername("x.bad"), "无此工会", "", "leader", "", ""),
                List.of("ZJ", repeated, "赵六", "", "finance", "not-an-email", ""),
                List.of("ZJ", repeated, "赵六", "", "finance", "", ""),
                List.of("BJ", "bad name!", "", "", "", "", ""));
        long before = people();
        JsonNode refused = upload(sheet, false, 400);
        assertThat(refused.path("refused").asInt()).isEqualTo(5);
        assertThat(people()).as("nothing imported").isEqualTo(before);
        List<String> fields = new ArrayList<>();
        refused.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).contains("rows[3].roles", "rows[4].union", "rows[5].email", "rows[6].username", "rows[7].username",
                "rows[7].displayName", "rows[7].roles");
        assertThat(refused.path("rows").get(0).path("oneTimePassword").isNull()).as("no password for who was not made").isTrue();
        assertThat(as("admin").get("/api/admin/people/" + good).status()).isEqualTo(404);

        JsonNode kept = upload(sheet, true, 200);
        assertThat(kept.path("created").asInt()).isEqualTo(1);
        assertThat(kept.path("refused").asInt()).isEqualTo(5);
        assertThat(people()).isEqualTo(before + 1);
        assertThat(as("admin").get("/api/admin/people/" + good).json().path("union").asText()).isEqualTo("GD");
    }

    @Test
    void refusesWhatIsNotAWorkbookAndEveryoneButTheAdmin() throws Exception {
        assertThat(multipart("admin", "/api/admin/people/import", "staff.xlsx", "%PDF-1.4 not a sheet".getBytes(), false).statusCode())
                .isEqualTo(400);
        byte[] zipNotXlsx = zip();
        assertThat(multipart("admin", "/api/admin/people/import", "staff.xlsx", zipNotXlsx, false).statusCode()).isEqualTo(400);
        byte[] sheet = sheet(List.of("BJ", newUsername("bj.sneak"), "偷偷", "", "proposer", "", ""));
        for (String user : List.of("bj.proposer", "acftu.auditor", "xj.leader")) {
            assertThat(multipart(user, "/api/admin/people/import", "staff.xlsx", sheet, false).statusCode()).isEqualTo(403);
            assertThat(as(user).get("/api/admin/people/template.xlsx").status()).isEqualTo(403);
            assertThat(as(user).get("/api/admin/people/export.xlsx").status()).isEqualTo(403);
        }
        assertThat(anonymous().get("/api/admin/people/export.xlsx").status()).isEqualTo(401);
    }

    @Test
    void exportsTheDirectoryInTheTemplatesColumns() throws Exception {
        String someone = active("HB", "hb.export", "finance");
        Api.Response export = as("admin").get("/api/admin/people/export.xlsx");
        assertThat(export.status()).isEqualTo(200);
        boolean found = false;
        boolean administrator = false;
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(export.raw().body()))) {
            for (Row row : book.getSheetAt(0)) {
                String username = row.getCell(1).getStringCellValue();
                found |= username.equals(someone) && row.getCell(0).getStringCellValue().equals("HB")
                        && row.getCell(4).getStringCellValue().equals("finance");
                administrator |= username.equals("admin");
            }
        }
        assertThat(found).isTrue();
        assertThat(administrator).as("administrators are not staff").isFalse();
        // exported, then imported back: nothing changes
        JsonNode back = upload(export.raw().body(), false, 200);
        assertThat(back.path("created").asInt()).isZero();
        assertThat(back.path("updated").asInt()).isZero();
    }

    private long people() {
        return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    }

    private JsonNode upload(byte[] sheet, boolean keepValidRows, int status) throws Exception {
        HttpResponse<String> response = multipart("admin", "/api/admin/people/import", "staff.xlsx", sheet, keepValidRows);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    @SafeVarargs
    private static byte[] sheet(List<String>... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Staff");
            Row header = sheet.createRow(0);
            for (int i = 0; i < PeopleSheets.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(PeopleSheets.HEADERS.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private HttpResponse<String> multipart(String user, String path, String fileName, byte[] content, boolean keepValidRows)
            throws IOException, InterruptedException {
        String boundary = "----aidflow" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"keepValidRows\"\r\n\r\n" + keepValidRows + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + PeopleSheets.XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials).header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
