package org.aidflow.tasks;

import java.time.Instant;
import java.util.List;

import org.aidflow.audit.AuditEntry;
import org.aidflow.audit.AuditTrail;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.Checks;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remarks on a task while it is open. Kept in our audit trail, so they appear in the history of
 * the agreement or project, and as Camunda task comments, so Cockpit and Tasklist show them too.
 */
@Service
class TaskComments {

    static final String ACTION = "TASK_COMMENTED";
    static final int MAX_LENGTH = 2000;

    record Comment(long id, String author, String authorName, String text, Instant at) {
    }

    private final TaskAccess access;
    private final TaskLocks locks;
    private final AuditTrail audit;
    private final TaskService tasks;
    private final EngineUser engineUser;

    TaskComments(TaskAccess access, TaskLocks locks, AuditTrail audit, TaskService tasks, EngineUser engineUser) {
        this.access = access;
        this.locks = locks;
        this.audit = audit;
        this.tasks = tasks;
        this.engineUser = engineUser;
    }

    /** Oldest first; for the task's candidates and assignee and whoever may see its agreement or project. */
    @Transactional(readOnly = true)
    public PageResult<Comment> list(CurrentUser user, String taskId, Paging paging) {
        List<Comment> all = of(access.toRead(user, taskId));
        List<Comment> page = all.stream().skip(paging.offset()).limit(paging.size()).toList();
        return new PageResult<>(page, paging.page(), paging.size(), all.size());
    }

    /** Only the task's candidates and assignee write. */
    @Transactional
    public Comment add(CurrentUser user, String taskId, String text) {
        locks.lock(taskId);
        TaskAccess.Access task = access.toAct(user, taskId);
        new Checks().require("text", text).maxLength("text", text, MAX_LENGTH).throwIfAny();
        audit.record(task.audit(ACTION).withComment(text));
        engineUser.run(user.username(), () -> tasks.createComment(taskId, task.processInstanceId(), text));
        List<Comment> all = of(task);
        return all.get(all.size() - 1);
    }

    private List<Comment> of(TaskAccess.Access task) {
        return audit.history(task.subjectType(), task.subjectId()).stream()
                .filter(e -> ACTION.equals(e.action()) && task.taskId().equals(e.taskId()))
                .map(TaskComments::comment)
                .toList();
    }

    private static Comment comment(AuditEntry e) {
        return new Comment(e.id(), e.actor(), e.actorName(), e.comment(), e.at());
    }
}
