package org.aidflow.tasks;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.security.CurrentUser;

/** The task being shown or completed, the process it belongs to, and who is acting. */
public record TaskContext(String taskId, String taskKey, String processInstanceId, String businessKey,
                          Long agreementId, Long projectId, CurrentUser actor) {

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
