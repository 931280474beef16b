package org.aidflow.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;

import org.aidflow.security.Visibility.Scope;
import org.aidflow.web.ListQuery;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.aidflow.web.ProposalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Agreement rows. */
@Repository
public class Agreements extends ProposalRows<Agreement> {

    private static final String COLUMNS = "id, code, donor_code, recipient_code, title, focus_areas, intended_amount, "
            + "start_date, end_date, description, status, process_instance_id, created_by, created_at, updated_at";

    Agreements(JdbcClient jdbc) {
        super(jdbc, "agreement", COLUMNS, Agreements::map);
    }

    long insert(String code, String donor, String recipient, AgreementFields f, String createdBy) {
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO agreement (code, donor_code, recipient_code, title, focus_areas, intended_amount, start_date, "
                        + "end_date, description, status, created_by, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, donor, recipient, f.title(), String.join(",", f.focusAreas()), f.intendedAmount(),
                        f.startDate(), f.endDate(), f.description(), AgreementStatus.UNDER_REVIEW.name(), createdBy, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setCodeAndProcess(long id, String code, String processInstanceId) {
        writeCodeAndProcess(id, code, processInstanceId);
    }

    void update(long id, AgreementFields f) {
        jdbc.sql("UPDATE agreement SET title = ?, focus_areas = ?, intended_amount = ?, start_date = ?, end_date = ?, "
                        + "description = ?, updated_at = ? WHERE id = ?")
                .params(f.title(), String.join(",", f.focusAreas()), f.intendedAmount(), f.startDate(), f.endDate(),
                        f.description(), Timestamp.from(Instant.now()), id)
                .update();
    }

    void setStatus(long id, AgreementStatus status) {
        writeStatus(id, status);
    }

    public record Filter(String donor, String recipient, AgreementStatus status, String q) {
    }

    PageResult<Agreement> list(Scope scope, Filter filter, Paging paging) {
        ListQuery query = new ListQuery();
        if (scope != null) {
            query.parties(scope.donors(), scope.recipients());
        }
        query.equal("donor_code", filter.donor())
                .equal("recipient_code", filter.recipient())
                .equal("status", filter.status())
                .titleOrCode(filter.q());
        return page(query, paging);
    }

    private static Agreement map(ResultSet rs, int row) throws SQLException {
        return new Agreement(rs.getLong("id"), rs.getString("code"), rs.getString("donor_code"), rs.getString("recipient_code"),
                rs.getString("title"), Arrays.asList(rs.getString("focus_areas").split(",")), rs.getBigDecimal("intended_amount"),
                rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(), rs.getString("description"),
                AgreementStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
