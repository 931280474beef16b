package org.aidflow.completion;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.aidflow.tasks.TaskContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Completion rows (one per project, kept current) and their steps (appended, never changed). */
@Repository
class Completions {

    private static final String COLUMNS = "project_id, actual_spending, beneficiaries, summary, reported_by, reported_at, "
            + "inspection_decision, inspection_findings, inspected_by, outcome, rectifications, audit_decision, "
            + "performance_score, audit_findings, audited_by, updated_at";
    private static final String STEP_COLUMNS = "id, task_key, task_id, actor, decision, note, amount, beneficiaries, "
            + "performance_score, bank_reference, done_on, acted_at";

    private final JdbcClient jdbc;

    Completions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long projectId, BigDecimal actualSpending, int beneficiaries, String summary, String reportedBy) {
        Timestamp now = now();
        jdbc.sql("INSERT INTO completion (project_id, actual_spending, beneficiaries, summary, reported_by, reported_at, "
                        + "rectifications, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")
                .params(projectId, actualSpending, beneficiaries, summary, reportedBy, now, now).update();
    }

    void inspected(long projectId, String decision, String findings, String inspector, String outcome) {
        jdbc.sql("UPDATE completion SET inspection_decision = ?, inspection_findings = ?, inspected_by = ?, "
                        + "outcome = COALESCE(?, outcome), updated_at = ? WHERE project_id = ?")
                .params(decision, findings, inspector, outcome, now(), projectId).update();
    }

    /** A rectification, with the actual spending it corrects (or null when it keeps it). */
    void rectified(long projectId, BigDecimal actualSpending) {
        jdbc.sql("UPDATE completion SET rectifications = rectifications + 1, "
                        + "actual_spending = COALESCE(?, actual_spending), updated_at = ? WHERE project_id = ?")
                .params(actualSpending, now(), projectId).update();
    }

    void audited(long projectId, String decision, int score, String findings, String auditor) {
        jdbc.sql("UPDATE completion SET audit_decision = ?, performance_score = ?, audit_findings = ?, audited_by = ?, "
                        + "updated_at = ? WHERE project_id = ?")
                .params(decision, score, findings, auditor, now(), projectId).update();
    }

    void step(TaskContext task, String decision, String note, BigDecimal amount, Integer beneficiaries,
              Integer performanceScore, String bankReference, LocalDate doneOn) {
        jdbc.sql("INSERT INTO completion_step (project_id, task_key, task_id, process_instance_id, actor, decision, note, "
                        + "amount, beneficiaries, performance_score, bank_reference, done_on, acted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(task.projectId(), task.taskKey(), task.taskId(), task.processInstanceId(),
                        task.actor().username(), decision, note, amount, beneficiaries, performanceScore, bankReference,
                        doneOn, now())
                .update();
    }

    Optional<Completion> find(long projectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM completion WHERE project_id = ?").param(projectId)
                .query(Completions::map).optional();
    }

    List<CompletionStep> steps(long projectId) {
        return jdbc.sql("SELECT " + STEP_COLUMNS + " FROM completion_step WHERE project_id = ? ORDER BY id")
                .param(projectId).query(Completions::mapStep).list();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static Completion map(ResultSet rs, int row) throws SQLException {
        return new Completion(rs.getLong("project_id"), rs.getBigDecimal("actual_spending"), rs.getInt("beneficiaries"),
                rs.getString("summary"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant(),
                rs.getString("inspection_decision"), rs.getString("inspection_findings"), rs.getString("inspected_by"),
                rs.getString("outcome"), rs.getInt("rectifications"), rs.getString("audit_decision"),
                rs.getObject("performance_score", Integer.class), rs.getString("audit_findings"),
                rs.getString("audited_by"), rs.getTimestamp("updated_at").toInstant());
    }

    private static CompletionStep mapStep(ResultSet rs, int row) throws SQLException {
        Date doneOn = rs.getDate("done_on");
        return new CompletionStep(rs.getLong("id"), rs.getString("task_key"), rs.getString("task_id"),
                rs.getString("actor"), rs.getString("decision"), rs.getString("note"), rs.getBigDecimal("amount"),
                rs.getObject("beneficiaries", Integer.class), rs.getObject("performance_score", Integer.class),
                rs.getString("bank_reference"), doneOn == null ? null : doneOn.toLocalDate(),
                rs.getTimestamp("acted_at").toInstant());
    }
}
