package org.aidflow.ledger;

import org.aidflow.tasks.TaskContext;

/** Who recorded a ledger entry, and at which step of which process (taskId null for a process step). */
public record LedgerStep(String actor, String taskKey, String taskId, String processInstanceId) {

    /** The task being completed, by the person completing it. */
    public static LedgerStep of(TaskContext task) {
        return new LedgerStep(task.actor().username(), task.taskKey(), task.taskId(), task.processInstanceId());
    }
}
