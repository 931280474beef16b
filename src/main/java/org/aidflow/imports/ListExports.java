package org.aidflow.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.aidflow.agreement.AgreementStatus;
import org.aidflow.project.ProjectStatus;
import org.aidflow.project.ProjectType;
import org.aidflow.project.TypeGroup;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.ListQuery;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agreement and project lists as XLSX, with the filters of their lists and only the rows the caller may see
 * (the same visibility as GET /api/agreements and /api/projects), at most {@value #MAX_ROWS} rows.
 */
@RestController
class ListExports {

    static final int MAX_ROWS = 10_000;
    private static final List<String> PROJECT_HEADERS = List.of("项目编号 Code", "项目名称 Title", "援助方 Donor",
            "受援方 Recipient", "项目类型 Type", "类型组 Type group", "预算（元） Budget", "计划年度 Plan year", "状态 Status");
    private static final List<String> AGREEMENT_HEADERS = List.of("协议编号 Code", "协议名称 Title", "援助方 Donor",
            "受援方 Recipient", "意向金额（元） Intended amount", "开始 Start", "结束 End", "状态 Status");

    private final JdbcClient jdbc;
    private final Visibility visibility;

    ListExports(JdbcClient jdbc, Visibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    @GetMapping("/api/projects/export.xlsx")
    ResponseEntity<byte[]> projects(@RequestParam(required = false) String donor, @RequestParam(required = false) String recipient,
                                    @RequestParam(required = false) Long agreementId, @RequestParam(required = false) ProjectStatus status,
                                    @RequestParam(required = false) ProjectType type, @RequestParam(required = false) TypeGroup typeGroup,
                                    @RequestParam(required = false) String q) {
        List<List<Object>> rows = all(() -> scoped().equal("donor_code", donor).equal("recipient_code", recipient)
                .equal("agreement_id", agreementId).equal("status", status).equal("project_type", type)
                .equal("type_group", typeGroup).titleOrCode(q), "project",
                "code, title, donor_code, recipient_code, project_type, type_group, budget, plan_year, status, id",
                (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getBigDecimal(7), rs.getObject(8) == null ? "" : rs.getInt(8), rs.getString(9)));
        return sheet("aidflow-projects.xlsx", PROJECT_HEADERS, rows);
    }

    @GetMapping("/api/agreements/export.xlsx")
    ResponseEntity<byte[]> agreements(@RequestParam(required = false) String donor, @RequestParam(required = false) String recipient,
                                      @RequestParam(required = false) AgreementStatus status, @RequestParam(required = false) String q) {
        List<List<Object>> rows = all(() -> scoped().equal("donor_code", donor).equal("recipient_code", recipient)
                .equal("status", status).titleOrCode(q), "agreement",
                "code, title, donor_code, recipient_code, intended_amount, start_date, end_date, status, id",
                (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getDate(6).toString(), rs.getDate(7).toString(), rs.getString(8)));
        return sheet("aidflow-agreements.xlsx", AGREEMENT_HEADERS, rows);
    }

    private ListQuery scoped() {
        Visibility.Scope scope = visibility.scope(CurrentUsers.get());
        ListQuery query = new ListQuery();
        return scope == null ? query : query.parties(scope.donors(), scope.recipients());
    }

    private interface Rows {
        List<Object> map(ResultSet rs, int n) throws SQLException;
    }

    private List<List<Object>> all(java.util.function.Supplier<ListQuery> query, String table, String columns, Rows rows) {
        List<List<Object>> all = new ArrayList<>();
        for (int page = 0; all.size() < MAX_ROWS; page++) {
            PageResult<List<Object>> batch = query.get().page(jdbc, table, columns, rows::map, Paging.of(page, PageResult.MAX_SIZE));
            all.addAll(batch.items());
            if ((long) (page + 1) * PageResult.MAX_SIZE >= batch.total()) {
                break;
            }
        }
        return all;
    }

    private static ResponseEntity<byte[]> sheet(String fileName, List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("AidFlow");
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle style = book.createCellStyle();
            style.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(style);
                sheet.setColumnWidth(i, 20 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof java.math.BigDecimal d) {
                        row.createCell(c).setCellValue(d.doubleValue());
                    } else if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else {
                        row.createCell(c).setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(ProjectSheets.XLSX))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
