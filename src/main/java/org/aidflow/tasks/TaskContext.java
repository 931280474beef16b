package org.aidflow.tasks;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.security.CurrentUser;

/** The task being shown or completed, the process it belongs to, and who is acting. */
public record TaskContext(String taskId, String taskKey, String processInstanceId, String businessKey,
                          Long agreementId, Long projectId, CurrentUser actor, java.util.Map<String, Long> numbers) {

    public TaskContext(String taskId, String taskKey, String processInstanceId, String businessKey, Long agreementId,
                       Long projectId, CurrentUser actor) {
        this(taskId, taskKey, processInstanceId, businessKey, agreementId, projectId, actor, java.util.Map.of());
    }

    /**
     * A whole-number variable of the task's process instance (trancheNo, trancheCount, changeId, ...) as read with
     * the task, so that a handler need not ask the engine again (three round trips each); empty if not read.
     */
    public java.util.Optional<Long> number(String variable) {
        return java.util.Optional.ofNullable(numbers.get(variable));
    }

    /** The audit record of the actor's action on this task, about its project (or else its agreement). */
    public AuditRecord audit(String action) {
        return AuditRecord.of(subjectType(projectId), projectId != null ? projectId : agreementId, action,
                actor.username()).inTask(taskKey, taskId, processInstanceId);
    }

    /** A task belongs to its project's history when it has one, else to its agreement's. */
    static AuditTrail.Subject subjectType(Long projectId) {
        return projectId != null ? AuditTrail.Subject.PROJECT : AuditTrail.Subject.AGREEMENT;
    }
}
