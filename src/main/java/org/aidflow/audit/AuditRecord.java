package org.aidflow.audit;

import org.aidflow.audit.AuditTrail.Subject;

/**
 * One business action to record: what it is about, the action and who did it; where a process is
 * involved, the task and process instance; and the decision, comment and details (JSON) it came
 * with. Start with {@link #of} and add the rest by name, so that no call lines up ten arguments.
 */
public record AuditRecord(Subject subject, long subjectId, String action, String actor, String taskKey, String taskId,
                          String processInstanceId, String decision, String comment, String details,
                          String onBehalfOf) {

    public static AuditRecord of(Subject subject, long subjectId, String action, String actor) {
        return new AuditRecord(subject, subjectId, action, actor, null, null, null, null, null, null, null);
    }

    /** Done in a task; taskKey and taskId may be null for an action on the process as a whole. */
    public AuditRecord inTask(String taskKey, String taskId, String processInstanceId) {
        return new AuditRecord(subject, subjectId, action, actor, taskKey, taskId, processInstanceId, decision, comment,
                details, onBehalfOf);
    }

    public AuditRecord inProcess(String processInstanceId) {
        return inTask(null, null, processInstanceId);
    }

    public AuditRecord withDecision(String decision) {
        return new AuditRecord(subject, subjectId, action, actor, taskKey, taskId, processInstanceId, decision, comment,
                details, onBehalfOf);
    }

    public AuditRecord withComment(String comment) {
        return new AuditRecord(subject, subjectId, action, actor, taskKey, taskId, processInstanceId, decision, comment,
                details, onBehalfOf);
    }

    public AuditRecord withDetails(String details) {
        return new AuditRecord(subject, subjectId, action, actor, taskKey, taskId, processInstanceId, decision, comment,
                details, onBehalfOf);
    }

    /** Done by {@link #actor} standing in (代理) for this person: "B for A". */
    public AuditRecord onBehalfOf(String username) {
        return new AuditRecord(subject, subjectId, action, actor, taskKey, taskId, processInstanceId, decision, comment,
                details, username);
    }
}
