package org.aidflow.tasks;

import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Row locks on open tasks, so that whatever changes one task (completion, delegation, a reminder,
 * a withdrawal that cancels it) queues up behind the others: the first wins and the others find
 * the task gone instead of deadlocking inside the engine's flush.
 */
@Component
public class TaskLocks {

    private final JdbcClient jdbc;
    private final TaskService tasks;

    TaskLocks(JdbcClient jdbc, TaskService tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    /** Locks the task's row until the transaction ends; false when there is no such open task. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lock(String taskId) {
        return jdbc.sql("SELECT ID_ FROM ACT_RU_TASK WHERE ID_ = ? FOR UPDATE").param(taskId).query(String.class)
                .optional().isPresent();
    }

    /** Locks the open task with this key in the process instance and returns its id, if there is one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> lockOpen(String processInstanceId, String taskKey) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        return task != null && lock(task.getId()) ? Optional.of(task.getId()) : Optional.empty();
    }
}
