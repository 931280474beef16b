package org.aidflow.tasks;

import java.util.Date;
import java.util.List;

/**
 * {@code by} reminded whoever holds the task: its {@code assignee}, or while nobody has claimed it (null), its
 * {@code candidateGroups}; published inside the transaction of the reminder.
 */
public record TaskReminded(String taskId, String taskKey, String taskName, String businessKey, Date dueAt,
                           String by, String assignee, List<String> candidateGroups, String comment) {

    public TaskReminded {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
