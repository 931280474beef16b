package org.aidflow.notifications;

import org.aidflow.directory.People;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The timeout listener every user task carries at its due date: tells the leader of the union
 * that holds the task (the union of its candidate group) that it is overdue. The task stays open.
 * When no candidate group of an unclaimed task has an active member, nobody would ever see it:
 * the administrators are told too ({@value #UNCOVERED}), so that they give the union someone.
 */
@Component("notifyOverdue")
class NotifyOverdue implements TaskListener {

    static final String KIND = "OVERDUE";
    static final String UNCOVERED = "UNCOVERED";

    private final Notifications notifications;
    private final People people;

    NotifyOverdue(Notifications notifications, People people) {
        this.notifications = notifications;
        this.people = people;
    }

    @Override
    public void notify(DelegateTask task) {
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                String group = link.getGroupId();
                String union = group.substring(0, group.indexOf(':'));
                notifications.add(KIND, union + ":leader", null, task.getId(), task.getTaskDefinitionKey(), task.getName(),
                        task.getExecution().getProcessBusinessKey(), group, task.getDueDate(), null);
                if (task.getAssignee() == null && !people.hasActiveMember(group)) {
                    notifications.add(UNCOVERED, People.ADMIN_GROUP, null, task.getId(), task.getTaskDefinitionKey(),
                            task.getName(), task.getExecution().getProcessBusinessKey(), group, task.getDueDate(), null);
                }
            }
        }
    }
}
