package org.aidflow.tasks;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The open tasks of one agreement or project, read by its business key (called processes share it). */
@Component
public class OpenTasks {

    private final TaskService tasks;
    private final Inbox inbox;

    OpenTasks(TaskService tasks, Inbox inbox) {
        this.tasks = tasks;
        this.inbox = inbox;
    }

    public List<OpenTask> of(String businessKey) {
        if (businessKey == null) {
            return List.of();
        }
        Date now = ClockUtil.getCurrentTime();
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc()
                .orderByTaskId().asc().list().stream()
                .map(t -> new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), Inbox.instant(t.getCreateTime()),
                        Inbox.instant(t.getDueDate()), t.getDueDate() != null && t.getDueDate().before(now),
                        t.getAssignee(), inbox.candidateGroups(t.getId())))
                .toList();
    }
}
