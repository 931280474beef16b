package org.aidflow.funds;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tranche rows: one per project and tranche number, updated as the tranche moves on. */
@Repository
class Tranches {

    private static final String COLUMNS = "project_id, tranche_no, status, requested_amount, purpose, progress_report, "
            + "requested_by, approved_by, transferred_amount, bank_reference, transferred_on, received_amount, "
            + "received_on, finding, resolution, process_instance_id, updated_at";

    private final JdbcClient jdbc;

    Tranches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new request, or a new request after the previous one was rejected. */
    void request(long projectId, int trancheNo, BigDecimal amount, String purpose, String progressReport,
                 String requestedBy, String processInstanceId) {
        jdbc.sql("DELETE FROM tranche WHERE project_id = ? AND tranche_no = ?").params(projectId, trancheNo).update();
        jdbc.sql("INSERT INTO tranche (project_id, tranche_no, status, requested_amount, purpose, progress_report, "
                        + "requested_by, process_instance_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(projectId, trancheNo, TrancheStatus.REQUESTED.name(), amount, purpose, progressReport,
                        requestedBy, processInstanceId, now())
                .update();
    }

    void decide(long projectId, int trancheNo, TrancheStatus status, String decidedBy) {
        jdbc.sql("UPDATE tranche SET status = ?, approved_by = ?, updated_at = ? WHERE project_id = ? AND tranche_no = ?")
                .params(status.name(), decidedBy, now(), projectId, trancheNo).update();
    }

    void transferred(long projectId, int trancheNo, BigDecimal amount, String bankReference, LocalDate on) {
        jdbc.sql("UPDATE tranche SET status = ?, transferred_amount = ?, bank_reference = ?, transferred_on = ?, "
                        + "updated_at = ? WHERE project_id = ? AND tranche_no = ?")
                .params(TrancheStatus.TRANSFERRED.name(), amount, bankReference, on, now(), projectId, trancheNo)
                .update();
    }

    void received(long projectId, int trancheNo, TrancheStatus status, BigDecimal amount, LocalDate on) {
        jdbc.sql("UPDATE tranche SET status = ?, received_amount = ?, received_on = ?, updated_at = ? "
                        + "WHERE project_id = ? AND tranche_no = ?")
                .params(status.name(), amount, on, now(), projectId, trancheNo).update();
    }

    void resolved(long projectId, int trancheNo, String finding, String resolution) {
        jdbc.sql("UPDATE tranche SET status = ?, finding = ?, resolution = ?, updated_at = ? "
                        + "WHERE project_id = ? AND tranche_no = ?")
                .params(TrancheStatus.RESOLVED.name(), finding, resolution, now(), projectId, trancheNo).update();
    }

    Optional<Tranche> find(long projectId, int trancheNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tranche WHERE project_id = ? AND tranche_no = ?")
                .params(projectId, trancheNo).query(Tranches::map).optional();
    }

    List<Tranche> ofProject(long projectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tranche WHERE project_id = ? ORDER BY tranche_no")
                .param(projectId).query(Tranches::map).list();
    }

    /** Requested or approved but not yet transferred, leaving out one tranche. */
    BigDecimal pending(long projectId, int exceptTrancheNo) {
        return jdbc.sql("SELECT COALESCE(SUM(requested_amount), 0) FROM tranche WHERE project_id = ? AND tranche_no <> ? "
                        + "AND status IN (?, ?)")
                .params(projectId, exceptTrancheNo, TrancheStatus.REQUESTED.name(), TrancheStatus.APPROVED.name())
                .query(BigDecimal.class).single();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Tranche map(ResultSet rs, int row) throws SQLException {
        return new Tranche(rs.getLong("project_id"), rs.getInt("tranche_no"), TrancheStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("requested_amount"), rs.getString("purpose"), rs.getString("progress_report"),
                rs.getString("requested_by"), rs.getString("approved_by"), rs.getBigDecimal("transferred_amount"),
                rs.getString("bank_reference"), date(rs, "transferred_on"), rs.getBigDecimal("received_amount"),
                date(rs, "received_on"), rs.getString("finding"), rs.getString("resolution"),
                rs.getString("process_instance_id"), rs.getTimestamp("updated_at").toInstant());
    }
}
