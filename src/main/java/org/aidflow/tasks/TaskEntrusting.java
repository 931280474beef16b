package org.aidflow.tasks;

import java.util.Map;

import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.Person;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 委派: the holder entrusts a task to a colleague (Camunda's delegation, DelegationState.PENDING), who fills the form
 * and resolves it back (ApprovalFlow); the holder, its owner, then completes it. Unlike 转办 (TaskDelegation) the task
 * stays the holder's.
 */
@Service
class TaskEntrusting {

    private final TaskAccess access;
    private final TaskLocks locks;
    private final TaskService tasks;
    private final Eligibility eligibility;
    private final AuditTrail audit;
    private final EngineUser engineUser;
    private final ObjectMapper json;

    TaskEntrusting(TaskAccess access, TaskLocks locks, TaskService tasks, Eligibility eligibility, AuditTrail audit,
                   EngineUser engineUser, ObjectMapper json) {
        this.access = access;
        this.locks = locks;
        this.tasks = tasks;
        this.eligibility = eligibility;
        this.audit = audit;
        this.engineUser = engineUser;
        this.json = json;
    }

    @Transactional
    public void entrust(CurrentUser user, String taskId, String username, String comment) {
        locks.lock(taskId);
        TaskAccess.Access task = access.toAct(user, taskId);
        if (!task.holds()) {
            throw ApiException.conflict("task.heldByOther");
        }
        if (task.open().getDelegationState() == DelegationState.PENDING) {
            throw ApiException.conflict("task.delegated");
        }
        new Checks().require("username", username).maxLength("comment", comment, TaskComments.MAX_LENGTH).throwIfAny();
        Person delegate = eligibility.require(user, "username", username);
        String remark = comment == null || comment.isBlank() ? null : comment;
        engineUser.run(user.username(), () -> {
            if (task.open().getAssignee() == null) {
                tasks.setAssignee(taskId, user.username());
            }
            if (remark != null) {
                tasks.createComment(taskId, task.processInstanceId(), remark);
            }
            tasks.delegateTask(taskId, delegate.username());
        });
        try {
            audit.record(task.audit("TASK_ENTRUSTED").withComment(remark)
                    .withDetails(json.writeValueAsString(Map.of("to", delegate.username()))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
