package org.aidflow.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The progress reports filed, newest first. */
@Repository
class ProgressReports {

    record Report(long id, long projectId, String progress, String issues, String filedBy, Instant filedAt, Instant dueAt) {
    }

    private final JdbcClient jdbc;

    ProgressReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long projectId, String progress, String issues, String filedBy, Instant dueAt, String processInstanceId) {
        jdbc.sql("INSERT INTO progress_report (project_id, progress, issues, filed_by, filed_at, due_at, process_instance_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(projectId, progress, issues, filedBy, Timestamp.from(Instant.now()),
                        dueAt == null ? null : Timestamp.from(dueAt), processInstanceId)
                .update();
    }

    List<Report> ofProject(long projectId) {
        return jdbc.sql("SELECT id, project_id, progress, issues, filed_by, filed_at, due_at FROM progress_report "
                        + "WHERE project_id = ? ORDER BY id DESC")
                .param(projectId)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
    }
}
