package org.aidflow.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. There is deliberately no update or delete: on MySQL the
 * database itself refuses them (triggers), and no endpoint offers them.
 */
@Service
public class AuditTrail {

    /**
     * What a record is about; a PERSON record's subject id is {@code person.id}; UNION and ROUND
     * (with its pairings) are the directory's history.
     */
    public enum Subject { AGREEMENT, PROJECT, PERSON, UNION, ROUND }

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the transaction of the action it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord r) {
        jdbc.sql("""
                INSERT INTO audit_record (subject_type, subject_id, action, task_key, task_id, process_instance_id,
                                          actor, decision, comment, details, acted_at, on_behalf_of)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.subject().name(), r.subjectId(), r.action(), r.taskKey(), r.taskId(), r.processInstanceId(),
                        r.actor(), r.decision(), r.comment(), r.details(), Timestamp.from(Instant.now()), r.onBehalfOf())
                .update();
    }

    /** Who a status change is recorded for when no one is signed in to the engine (a timer, a start-up job). */
    public static final String SYSTEM = "system";

    /** The engine's signed-in user, or {@link #SYSTEM}. */
    public static String actorOf(Authentication authentication) {
        return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
    }

    /**
     * A status the process set as it moved on: action {@code STATUS_{to}}, details {@code {"from","to"}}.
     * Must run inside the transaction of the step that caused it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordStatus(Subject subject, long subjectId, String from, String to, String processInstanceId, String actor) {
        record(AuditRecord.of(subject, subjectId, "STATUS_" + to, actor).inProcess(processInstanceId)
                .withDetails("{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}"));
    }

    public List<AuditEntry> history(Subject subject, long subjectId) {
        return jdbc.sql("""
                SELECT a.id, a.action, a.task_key, a.task_id, a.process_instance_id, a.actor, p.display_name,
                       a.decision, a.comment, a.acted_at, a.on_behalf_of, b.display_name
                FROM audit_record a LEFT JOIN person p ON p.username = a.actor
                LEFT JOIN person b ON b.username = a.on_behalf_of
                WHERE a.subject_type = ? AND a.subject_id = ?
                ORDER BY a.id""")
                .params(subject.name(), subjectId)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getString(12)))
                .list();
    }

    /** The records of a subject with their details (a directory change's before and after), oldest first. */
    public List<AuditChange> changes(Subject subject, long subjectId) {
        return jdbc.sql("""
                SELECT a.id, a.action, a.actor, p.display_name, a.details, a.acted_at
                FROM audit_record a LEFT JOIN person p ON p.username = a.actor
                WHERE a.subject_type = ? AND a.subject_id = ?
                ORDER BY a.id""")
                .params(subject.name(), subjectId)
                .query((rs, n) -> new AuditChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }
}
