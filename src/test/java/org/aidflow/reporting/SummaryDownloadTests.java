package org.aidflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.ApiTests;
import org.aidflow.reporting.SummaryReportTests.Figures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The summary as CSV and XLSX downloads hold the JSON's rows and figures, headed in the caller's language. */
class SummaryDownloadTests extends ApiTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesCsvWithAByteOrderMarkAndTheFiguresOfTheJson() throws Exception {
        for (String groupBy : new String[] {"typeGroup", "recipient", "focusArea"}) {
            HttpResponse<byte[]> csv = get("acftu.auditor", "groupBy=" + groupBy + "&format=csv", "zh-CN");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").containsIgnoringCase("utf-8");
            byte[] body = csv.body();
            assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            List<List<String>> lines = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
            assertThat(lines.get(0)).containsExactly("代码", "名称（中文）", "名称（英文）", "项目数", "预算（元）", "已拨付（元）",
                    "已到账（元）", "已支出（元）");
            JsonNode json = json("acftu.auditor", "groupBy=" + groupBy);
            Map<String, Figures> rows = new LinkedHashMap<>();
            for (List<String> line : lines.subList(1, lines.size() - 1)) {
                rows.put(line.get(0), new Figures(Long.parseLong(line.get(3)), new BigDecimal(line.get(4)),
                        new BigDecimal(line.get(5)), new BigDecimal(line.get(6)), new BigDecimal(line.get(7))));
                assertThat(line.get(4)).matches("\\d+\\.\\d\\d");
            }
            assertThat(rows).isEqualTo(SummaryReportTests.rows(json));
            List<String> total = lines.get(lines.size() - 1);
            assertThat(total.subList(0, 3)).containsExactly("", "合计", "Total");
            assertThat(new Figures(Long.parseLong(total.get(3)), new BigDecimal(total.get(4)), new BigDecimal(total.get(5)),
                    new BigDecimal(total.get(6)), new BigDecimal(total.get(7)))).isEqualTo(Figures.of(json.path("totals")));
        }
    }

    @Test
    void namesTheDownloadAndHeadsTheColumnsInTheCallersLanguage() throws Exception {
        HttpResponse<byte[]> english = get("bj.auditor", "groupBy=typeGroup&format=csv", "en");
        String disposition = english.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").contains("filename=\"aidflow-summary-typeGroup-")
                .contains("filename*=UTF-8''");
        String name = URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
        assertThat(name).startsWith("Aid project summary (by type group)").endsWith(".csv");
        List<List<String>> lines = parseCsv(new String(english.body(), StandardCharsets.UTF_8).substring(1));
        assertThat(lines.get(0)).containsExactly("Code", "Name (Chinese)", "Name (English)", "Projects", "Budget (yuan)",
                "Transferred (yuan)", "Received (yuan)", "Spent (yuan)");

        HttpResponse<byte[]> chinese = get("bj.auditor", "groupBy=typeGroup&format=xlsx", null);
        String zhDisposition = chinese.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(URLDecoder.decode(zhDisposition.substring(zhDisposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
                .startsWith("援疆项目汇总（按类型大类）").endsWith(".xlsx");
    }

    @Test
    void writesXlsxWithAFrozenHeaderAndTheFiguresOfTheJsonAsNumbers() throws Exception {
        for (String user : new String[] {"acftu.auditor", "bj.auditor"}) {
            for (String groupBy : new String[] {"type", "donor", "status"}) {
                HttpResponse<byte[]> xlsx = get(user, "groupBy=" + groupBy + "&format=xlsx", "en");
                assertThat(xlsx.statusCode()).isEqualTo(200);
                assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
                        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                JsonNode json = json(user, "groupBy=" + groupBy);
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                    Sheet sheet = workbook.getSheetAt(0);
                    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Code");
                    assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Spent (yuan)");
                    Map<String, Figures> rows = new LinkedHashMap<>();
                    int last = sheet.getLastRowNum();
                    for (int r = 1; r < last; r++) {
                        Row row = sheet.getRow(r);
                        rows.put(row.getCell(0).getStringCellValue(), figures(row));
                        assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                    }
                    assertThat(rows).as("%s by %s", user, groupBy).isEqualTo(SummaryReportTests.rows(json));
                    Row total = sheet.getRow(last);
                    assertThat(total.getCell(1).getStringCellValue()).isEqualTo("合计");
                    assertThat(figures(total)).isEqualTo(Figures.of(json.path("totals")));
                    if (!json.path("rows").isEmpty()) {
                        assertThat(sheet.getRow(1).getCell(2).getStringCellValue())
                                .isEqualTo(json.path("rows").get(0).path("labelEn").asText());
                    }
                }
            }
        }
    }

    @Test
    void quotesCsvCellsAndDisarmsFormulas() {
        assertThat(SummaryExport.csvCell("Publicity, education and culture")).isEqualTo("\"Publicity, education and culture\"");
        assertThat(SummaryExport.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(SummaryExport.csvCell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(SummaryExport.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(SummaryExport.csvCell("+1")).isEqualTo("'+1");
        assertThat(SummaryExport.csvCell("-1")).isEqualTo("'-1");
        assertThat(SummaryExport.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SummaryExport.csvCell("\tx")).isEqualTo("'\tx");
        assertThat(SummaryExport.csvCell("北京市总工会")).isEqualTo("北京市总工会");
        assertThat(SummaryExport.csvCell(new BigDecimal("1250000.50"))).isEqualTo("1250000.50");
        assertThat(SummaryExport.csvCell(12L)).isEqualTo("12");
    }

    private static Figures figures(Row row) {
        for (int c = 3; c <= 7; c++) {
            assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        return new Figures((long) row.getCell(3).getNumericCellValue(), amount(row.getCell(4)), amount(row.getCell(5)),
                amount(row.getCell(6)), amount(row.getCell(7)));
    }

    private static BigDecimal amount(Cell cell) {
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    private JsonNode json(String user, String query) throws Exception {
        HttpResponse<byte[]> response = get(user, query, "en");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A GET with HTTP Basic and the given Accept-Language (none when null, so the server's default, Chinese, applies). */
    private HttpResponse<byte[]> get(String user, String query, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports/summary?" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks; lines end in CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field.length()).as("the last line ends in CRLF").isZero();
        assertThat(line).isEmpty();
        return lines;
    }
}
