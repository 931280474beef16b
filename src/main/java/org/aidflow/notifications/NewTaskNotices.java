package org.aidflow.notifications;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A task created and offered to people reaches them on their channels ("new task"): its assignee, or else its
 * candidate users and every active member of its candidate groups, each once. Only the channels get it: the
 * inbox inside AidFlow already lists the task. Camunda publishes every task event as a Spring event inside the
 * engine's transaction (camunda.bpm.eventing.task), so a task that rolls back sends nothing.
 */
@Component
class NewTaskNotices {

    static final String KIND = "NEW_TASK";

    private final Outbox outbox;

    NewTaskNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener(condition = "#task.eventName == 'create'")
    void on(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            return;
        }
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        } else {
            for (IdentityLink link : task.getCandidates()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    if (link.getUserId() != null) {
                        users.add(link.getUserId());
                    } else if (link.getGroupId() != null) {
                        groups.add(link.getGroupId());
                    }
                }
            }
        }
        if (users.isEmpty() && groups.isEmpty()) {
            return;
        }
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        outbox.enqueue(new Notice(KIND, task.getId(), task.getTaskDefinitionKey(), task.getName(), businessKey,
                task.getDueDate(), null, null), users, groups);
    }
}
