package org.aidflow.changes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Change request rows. */
@Repository
class ProjectChanges {

    private static final String COLUMNS = "id, project_id, status, reason, before_json, after_json, requested_by, requested_at, "
            + "decided_at, process_instance_id";

    private final JdbcClient jdbc;

    ProjectChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long projectId, String reason, String before, String after, String requestedBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO project_change (project_id, status, reason, before_json, after_json, requested_by, requested_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(projectId, ChangeRecord.PENDING, reason, before, after, requestedBy, Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void started(long id, String processInstanceId) {
        jdbc.sql("UPDATE project_change SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    void decided(long id, String status) {
        jdbc.sql("UPDATE project_change SET status = ?, decided_at = ? WHERE id = ?")
                .params(status, Timestamp.from(Instant.now()), id).update();
    }

    Optional<ChangeRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM project_change WHERE id = ?").param(id).query(ProjectChanges::map).optional();
    }

    List<ChangeRecord> ofProject(long projectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM project_change WHERE project_id = ? ORDER BY id DESC").param(projectId)
                .query(ProjectChanges::map).list();
    }

    boolean hasOpen(long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM project_change WHERE project_id = ? AND status = ?")
                .params(projectId, ChangeRecord.PENDING).query(Long.class).single() > 0;
    }

    private static ChangeRecord map(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp(9);
        return new ChangeRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getTimestamp(8).toInstant(), decided == null ? null : decided.toInstant(), rs.getString(10));
    }
}
