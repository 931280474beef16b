package org.aidflow.tasks;

import java.time.Instant;

/** A task as the inbox lists it. */
public record TaskView(String id, String taskKey, String name, String processKey, String businessKey,
                       Long projectId, Long agreementId, Instant created, Instant due, boolean overdue,
                       String assignee) {
}
