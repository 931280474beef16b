package org.aidflow.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Imported planned projects not yet submitted, and the agreements their sheet names by code. */
@Repository
class ProjectDrafts {

    record Draft(long id, long agreementId, String donor, int sheetRow, String title, String content, String createdBy,
                 Instant createdAt) {
    }

    private static final String COLUMNS = "id, agreement_id, donor_code, sheet_row, title, content, created_by, created_at";

    private final JdbcClient jdbc;

    ProjectDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agreement of this code, if the donor union has it. */
    Optional<Long> agreementOf(String code, String donor) {
        return code == null ? Optional.empty() : jdbc.sql("SELECT id FROM agreement WHERE code = ? AND donor_code = ?")
                .params(code, donor).query(Long.class).optional();
    }

    long insert(long agreementId, String donor, int sheetRow, String title, String content, String createdBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO project_draft (agreement_id, donor_code, sheet_row, title, content, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(agreementId, donor, sheetRow, title, content, createdBy, Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Draft> ofDonor(String donor) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM project_draft WHERE donor_code = ? ORDER BY id").param(donor)
                .query(ProjectDrafts::map).list();
    }

    Optional<Draft> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM project_draft WHERE id = ? FOR UPDATE").param(id)
                .query(ProjectDrafts::map).optional();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM project_draft WHERE id = ?").param(id).update();
    }

    private static Draft map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Draft(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getTimestamp(8).toInstant());
    }
}
