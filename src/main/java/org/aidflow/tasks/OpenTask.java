package org.aidflow.tasks;

import java.time.Instant;
import java.util.List;

/** An open task as an agreement or project shows it: what, since and until when, and who may act on it. */
public record OpenTask(String id, String taskKey, String name, Instant created, Instant due, boolean overdue,
                       String assignee, List<String> candidateGroups) {
}
