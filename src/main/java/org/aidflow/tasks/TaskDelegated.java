package org.aidflow.tasks;

import java.util.Date;

/**
 * {@code by} handed the task to {@code to}, who may take it through the candidate group {@code group}; published
 * inside the transaction of the delegation.
 */
public record TaskDelegated(String taskId, String taskKey, String taskName, String businessKey, Date dueAt,
                            String by, String to, String group, String comment) {
}
