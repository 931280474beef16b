package org.aidflow.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signers added to approval tasks (加签) and the returns waiting to resume (退回), tables task_signer and task_return. */
@Repository
class SignerRows {

    static final String WAITING = "WAITING";
    static final String ACTIVE = "ACTIVE";
    static final String DONE = "DONE";
    static final String REMOVED = "REMOVED";
    static final String DROPPED = "DROPPED";

    record Signer(long id, String processInstanceId, String taskId, String activityId, String username, String position,
                  String addedBy, String comment, String state, String signerTaskId, Instant addedAt) {

        boolean pending() {
            return WAITING.equals(state) || ACTIVE.equals(state);
        }
    }

    record Return(long id, String processInstanceId, String fromActivity, String toActivity, String returnedBy) {
    }

    private static final String SIGNER = "SELECT id, process_instance_id, task_id, activity_id, username, position, added_by, "
            + "comment, state, signer_task_id, added_at FROM task_signer ";

    private final JdbcClient jdbc;

    SignerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String processInstanceId, String taskId, String activityId, String username, String position, String addedBy,
             String comment, String state, String signerTaskId) {
        jdbc.sql("INSERT INTO task_signer (process_instance_id, task_id, activity_id, username, position, added_by, comment, "
                        + "state, signer_task_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(processInstanceId, taskId, activityId, username, position, addedBy, comment, state, signerTaskId,
                        Timestamp.from(Instant.now()))
                .update();
    }

    /** The signers added to this task, and those added beside its holder (their own instance), oldest first. */
    List<Signer> ofTask(String taskId) {
        return jdbc.sql(SIGNER + "WHERE task_id = ? OR signer_task_id = ? ORDER BY id").params(taskId, taskId)
                .query(this::signer).list();
    }

    Optional<Signer> nextAfter(String taskId) {
        return jdbc.sql(SIGNER + "WHERE task_id = ? AND position = 'AFTER' AND state = 'WAITING' ORDER BY id")
                .param(taskId).query(this::signer).list().stream().findFirst();
    }

    Optional<Signer> active(String taskId, String username) {
        return jdbc.sql(SIGNER + "WHERE task_id = ? AND username = ? AND state = 'ACTIVE' AND position <> 'WITH' ORDER BY id")
                .params(taskId, username).query(this::signer).list().stream().findFirst();
    }

    void state(long id, String state) {
        jdbc.sql("UPDATE task_signer SET state = ? WHERE id = ?").params(state, id).update();
    }

    /** The task is completed: an added instance's signer has acted; those still waiting on the task are dropped. */
    void taskCompleted(String taskId) {
        jdbc.sql("UPDATE task_signer SET state = 'DONE' WHERE signer_task_id = ? AND state = 'ACTIVE'").param(taskId).update();
        jdbc.sql("UPDATE task_signer SET state = 'DROPPED' WHERE task_id = ? AND state IN ('WAITING', 'ACTIVE') "
                + "AND position <> 'WITH'").param(taskId).update();
    }

    /** The case left the step (a return): nobody still waiting in it will sign. */
    void dropAll(String processInstanceId) {
        jdbc.sql("UPDATE task_signer SET state = 'DROPPED' WHERE process_instance_id = ? AND state IN ('WAITING', 'ACTIVE')")
                .param(processInstanceId).update();
    }

    void returned(String processInstanceId, String from, String to, String by, boolean resumeHere) {
        jdbc.sql("INSERT INTO task_return (process_instance_id, from_activity, to_activity, returned_by, resume_here, state, "
                        + "returned_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(processInstanceId, from, to, by, resumeHere, resumeHere ? "OPEN" : DONE, Timestamp.from(Instant.now()))
                .update();
    }

    /** The latest return to this step that waits to resume. */
    Optional<Return> openReturn(String processInstanceId, String toActivity) {
        return jdbc.sql("SELECT id, process_instance_id, from_activity, to_activity, returned_by FROM task_return "
                        + "WHERE process_instance_id = ? AND to_activity = ? AND state = 'OPEN' ORDER BY id DESC")
                .params(processInstanceId, toActivity)
                .query((rs, n) -> new Return(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list().stream().findFirst();
    }

    void returnState(long id, String state) {
        jdbc.sql("UPDATE task_return SET state = ? WHERE id = ?").params(state, id).update();
    }

    private Signer signer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Signer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant());
    }
}
