package org.aidflow.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aidflow.audit.AuditTrail;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 退回: the holder of a task sends the case back to a step it has passed (Camunda's process instance modification,
 * the case's variables kept); with {@code resumeHere} the completion of that step brings it straight back (ApprovalFlow).
 * A step before one that moved money is refused (409): money in the ledger is never undone by a return.
 */
@Service
class TaskReturns {

    /** A step the case may be returned to; {@code funded}: money moved after it, so it is refused. */
    record Target(String target, String name, String by, Instant endedAt, boolean funded) {
    }

    private final TaskAccess access;
    private final TaskLocks locks;
    private final HistoryService history;
    private final TaskService tasks;
    private final ProcessJumps jumps;
    private final SignerRows rows;
    private final List<FundedSteps> funded;
    private final AuditTrail audit;
    private final EngineUser engineUser;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    TaskReturns(TaskAccess access, TaskLocks locks, HistoryService history, TaskService tasks, ProcessJumps jumps,
                SignerRows rows, List<FundedSteps> funded, AuditTrail audit, EngineUser engineUser, ObjectMapper json,
                ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.locks = locks;
        this.history = history;
        this.tasks = tasks;
        this.jumps = jumps;
        this.rows = rows;
        this.funded = funded;
        this.audit = audit;
        this.engineUser = engineUser;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<Target> targets(CurrentUser user, String taskId) {
        return targets(holder(user, taskId));
    }

    @Transactional
    public void sendBack(CurrentUser user, String taskId, String target, String comment, Boolean resumeHere) {
        locks.lock(taskId);
        TaskAccess.Access task = holder(user, taskId);
        new Checks().require("target", target).require("comment", comment).maxLength("comment", comment, TaskComments.MAX_LENGTH)
                .throwIfAny();
        Target to = targets(task).stream().filter(t -> t.target().equals(target)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("target", "task.returnTargetUnknown"));
        if (to.funded()) {
            throw ApiException.conflict("task.returnPastFunding");
        }
        boolean resume = Boolean.TRUE.equals(resumeHere);
        String from = task.taskKey();
        if (resume && jumps.inParallelBranch(task.open().getProcessDefinitionId(), from)) {
            throw ApiException.conflict("task.resumeInParallel");
        }
        engineUser.run(user.username(), () -> {
            tasks.createComment(taskId, task.processInstanceId(), comment);
            jumps.jump(task.open().getProcessDefinitionId(), task.processInstanceId(), target);
        });
        rows.dropAll(task.processInstanceId());
        rows.returned(task.processInstanceId(), from, target, user.username(), resume);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from);
        details.put("to", target);
        details.put("resumeHere", resume);
        audit.record(task.audit("TASK_RETURNED").withComment(comment).withDetails(write(details)));
        events.publishEvent(new TaskReturned(task.processInstanceId(), task.projectId(), task.agreementId(), from, target,
                user.username(), false));
    }

    /** Only the one who holds the task now, and not while it is entrusted to someone else. */
    private TaskAccess.Access holder(CurrentUser user, String taskId) {
        TaskAccess.Access task = access.toAct(user, taskId);
        if (!task.holds()) {
            throw ApiException.conflict("task.heldByOther");
        }
        if (task.open().getDelegationState() == DelegationState.PENDING) {
            throw ApiException.conflict("task.delegated");
        }
        return task;
    }

    /**
     * The user tasks this instance completed, each once in the order first passed, without the current one; every
     * step up to the last one whose completion moved money is funded.
     */
    private List<Target> targets(TaskAccess.Access task) {
        Set<String> money = new HashSet<>();
        funded.forEach(f -> money.addAll(f.moneyTaskIds(task.processInstanceId())));
        List<HistoricActivityInstance> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(task.processInstanceId()).activityType("userTask").finished()
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .filter(step -> !step.isCanceled()).toList();
        int lastFunded = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getTaskId() != null && money.contains(steps.get(i).getTaskId())) {
                lastFunded = i;
            }
        }
        Map<String, Target> result = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            HistoricActivityInstance step = steps.get(i);
            if (step.getActivityId().equals(task.taskKey())
                    || jumps.inParallelBranch(step.getProcessDefinitionId(), step.getActivityId())) {
                continue;
            }
            Target previous = result.get(step.getActivityId());
            // the latest pass names who acted; a step passed before the money moved stays refused
            result.put(step.getActivityId(), new Target(step.getActivityId(), step.getActivityName(), step.getAssignee(),
                    step.getEndTime().toInstant(), i <= lastFunded || (previous != null && previous.funded())));
        }
        return new ArrayList<>(result.values());
    }

    private String write(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
