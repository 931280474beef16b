package org.aidflow.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aidflow.agreement.AgreementStatus;
import org.aidflow.project.ProjectStatus;
import org.aidflow.project.ProjectType;
import org.aidflow.project.TypeGroup;
import org.aidflow.reporting.ReportSheets;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.ListQuery;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
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

    /** One sheet through the reports' writer: a bold, frozen header line and amounts shown with two decimals. */
    private static ResponseEntity<byte[]> sheet(String fileName, List<String> headers, List<List<Object>> rows) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(new ArrayList<>(headers));
        for (List<Object> row : rows) {
            lines.add(row.stream().map(v -> v == null ? "" : v).toList());
        }
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 20);
        byte[] xlsx = ReportSheets.xlsx(List.of(new ReportSheets.Table("AidFlow", lines, widths)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ReportSheets.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(xlsx);
    }
}
