package org.aidflow.tasks;

import java.time.Duration;
import java.time.Instant;

import org.aidflow.audit.AuditTrail;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: someone waiting on a task (the proposer waiting for a review, say) reminds whoever holds it:
 * its assignee, or while nobody has claimed it, its candidate groups. Once an hour per task and
 * person; reminders of one task queue up on its row, so two clicks make one reminder. Auditors read
 * everything and change nothing (processes.md), so they see the task but remind nobody.
 */
@Service
class TaskReminders {

    static final Duration QUIET_TIME = Duration.ofHours(1);

    private final TaskAccess access;
    private final TaskLocks locks;
    private final AuditTrail audit;
    private final ReminderLog reminders;
    private final ApplicationEventPublisher events;

    TaskReminders(TaskAccess access, TaskLocks locks, AuditTrail audit, ReminderLog reminders,
                  ApplicationEventPublisher events) {
        this.access = access;
        this.locks = locks;
        this.audit = audit;
        this.reminders = reminders;
        this.events = events;
    }

    @Transactional
    public void remind(CurrentUser user, String taskId, String comment) {
        locks.lock(taskId);
        TaskAccess.Access task = access.toRead(user, taskId);
        // a reminder writes a notice and an audit record: auditors, who change nothing, send none
        user.requireMayChange();
        if (!task.isOpen()) {
            throw ApiException.conflict("task.gone");
        }
        if (task.holds()) {
            throw ApiException.forbidden();
        }
        new Checks().maxLength("comment", comment, TaskComments.MAX_LENGTH).throwIfAny();
        if (reminders.remindedSince(taskId, user.username(), Instant.now().minus(QUIET_TIME))) {
            throw ApiException.conflict("task.remindTooSoon");
        }
        String remark = comment == null || comment.isBlank() ? null : comment;
        Task open = task.open();
        events.publishEvent(new TaskReminded(taskId, task.taskKey(), task.taskName(), task.businessKey(), open.getDueDate(),
                user.username(), open.getAssignee(), task.candidateGroups(), remark));
        audit.record(task.audit("TASK_REMINDED").withComment(remark));
    }
}
