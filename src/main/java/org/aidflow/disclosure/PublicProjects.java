package org.aidflow.disclosure;

import java.math.BigDecimal;
import java.util.List;

import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only rows and columns the public page may show: approved projects (approved, in progress, in completion
 * review, closed) with code, title, parties, type, budget and status. No person, description, document or
 * amount moved is ever selected, so none can leak.
 */
@Repository
class PublicProjects {

    static final List<String> DISCLOSED = List.of("APPROVED", "IN_PROGRESS", "COMPLETION_REVIEW", "CLOSED");
    private static final String WHERE = " FROM project WHERE status IN ('APPROVED', 'IN_PROGRESS', 'COMPLETION_REVIEW', 'CLOSED')";

    record Row(String code, String title, String donor, String recipient, String type, String typeGroup,
               BigDecimal budget, String status) {
    }

    private final JdbcClient jdbc;

    PublicProjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResult<Row> page(Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*)" + WHERE).query(Long.class).single();
        List<Row> rows = jdbc.sql("SELECT code, title, donor_code, recipient_code, project_type, type_group, budget, status"
                        + WHERE + " ORDER BY code LIMIT ? OFFSET ?")
                .params(paging.size(), paging.offset())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8)))
                .list();
        return new PageResult<>(rows, paging.page(), paging.size(), total);
    }
}
