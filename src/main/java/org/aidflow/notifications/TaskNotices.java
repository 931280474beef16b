package org.aidflow.notifications;

import org.aidflow.tasks.TaskDelegated;
import org.aidflow.tasks.TaskReminded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people what others did to their tasks: the new holder of a delegated task (转办), and whoever holds a task
 * someone reminded them of (催办). Synchronous listeners, so the notice is written in the transaction of the action
 * and an action that rolls back leaves none.
 */
@Component
class TaskNotices {

    static final String DELEGATED = "DELEGATED";
    static final String REMINDER = "REMINDER";

    private final Notifications notifications;

    TaskNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(TaskDelegated d) {
        notifications.add(DELEGATED, null, d.to(), d.taskId(), d.taskKey(), d.taskName(), d.businessKey(), d.group(),
                d.dueAt(), d.by(), d.comment());
    }

    /** To the assignee (through the task's first candidate group), or while nobody has claimed it, to each group. */
    @EventListener
    void on(TaskReminded r) {
        if (r.assignee() != null) {
            String group = r.candidateGroups().isEmpty() ? null : r.candidateGroups().get(0);
            notifications.add(REMINDER, null, r.assignee(), r.taskId(), r.taskKey(), r.taskName(), r.businessKey(), group,
                    r.dueAt(), r.by(), r.comment());
        } else {
            for (String group : r.candidateGroups()) {
                notifications.add(REMINDER, group, null, r.taskId(), r.taskKey(), r.taskName(), r.businessKey(), group,
                        r.dueAt(), r.by(), r.comment());
            }
        }
    }
}
