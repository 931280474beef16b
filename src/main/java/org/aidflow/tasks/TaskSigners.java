package org.aidflow.tasks;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.Person;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 加签 and 减签 on an approval task. BEFORE: the task is entrusted to the signer (Camunda's delegation), whose
 * decision is recorded and who resolves it back to the holder. AFTER: when the holder consents, the task passes to the
 * signer, whose decision completes it (ApprovalFlow). WITH: one more instance of a multi-instance step (会签), assigned
 * to the signer, so that all must approve. The one who added a signer may remove them until they have acted.
 */
@Service
class TaskSigners {

    static final Set<String> POSITIONS = Set.of("BEFORE", "AFTER", "WITH");

    record Signer(String username, String position, String state, String addedBy, String comment, boolean removable) {
    }

    private final TaskAccess access;
    private final TaskLocks locks;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ProcessJumps jumps;
    private final SignerRows rows;
    private final Eligibility eligibility;
    private final TaskCompletion completion;
    private final AuditTrail audit;
    private final EngineUser engineUser;
    private final ObjectMapper json;

    TaskSigners(TaskAccess access, TaskLocks locks, TaskService tasks, RuntimeService runtime, ProcessJumps jumps,
                SignerRows rows, Eligibility eligibility, TaskCompletion completion, AuditTrail audit, EngineUser engineUser,
                ObjectMapper json) {
        this.access = access;
        this.locks = locks;
        this.tasks = tasks;
        this.runtime = runtime;
        this.jumps = jumps;
        this.rows = rows;
        this.eligibility = eligibility;
        this.completion = completion;
        this.audit = audit;
        this.engineUser = engineUser;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<Signer> list(CurrentUser user, String taskId) {
        access.toRead(user, taskId);
        return rows.ofTask(taskId).stream().map(r -> new Signer(r.username(), r.position(), r.state(), r.addedBy(), r.comment(),
                r.pending() && r.addedBy().equals(user.username()))).toList();
    }

    @Transactional
    public Signer add(CurrentUser user, String taskId, String username, String position, String comment) {
        locks.lock(taskId);
        TaskAccess.Access task = access.toAct(user, taskId);
        if (!task.holds()) {
            throw ApiException.conflict("task.heldByOther");
        }
        Task open = task.open();
        if (open.getDelegationState() == DelegationState.PENDING) {
            throw ApiException.conflict("task.delegated");
        }
        new Checks().require("username", username).require("position", position)
                .check(position == null || POSITIONS.contains(position), "position", "field.unknownValue")
                .maxLength("comment", comment, TaskComments.MAX_LENGTH).throwIfAny();
        Person signer = eligibility.require(user, "username", username);
        if (!completion.decides(open)) {
            throw ApiException.conflict("signers.notAnApproval");
        }
        if (rows.ofTask(taskId).stream().anyMatch(r -> r.pending() && r.username().equals(signer.username()))) {
            throw ApiException.conflict("signers.already");
        }
        String remark = comment == null || comment.isBlank() ? null : comment;
        String state = SignerRows.ACTIVE;
        String signerTask = null;
        switch (position) {
            case "BEFORE" -> engineUser.run(user.username(), () -> {
                if (open.getAssignee() == null) {
                    tasks.setAssignee(taskId, user.username());
                }
                tasks.delegateTask(taskId, signer.username());
            });
            case "AFTER" -> state = SignerRows.WAITING;
            default -> signerTask = beside(user, open, signer.username());
        }
        rows.add(task.processInstanceId(), taskId, task.taskKey(), signer.username(), position, user.username(), remark, state,
                signerTask);
        audit.record(task.audit("SIGNER_ADDED").withComment(remark)
                .withDetails(write(Map.of("username", signer.username(), "position", position))));
        return new Signer(signer.username(), position, state, user.username(), remark, true);
    }

    @Transactional
    public void remove(CurrentUser user, String taskId, String username) {
        locks.lock(taskId);
        TaskAccess.Access task = access.toRead(user, taskId);
        List<SignerRows.Signer> added = rows.ofTask(taskId).stream()
                .filter(r -> r.taskId().equals(taskId) && r.username().equals(username)).toList();
        if (added.isEmpty()) {
            throw ApiException.notFound();
        }
        if (!task.isOpen()) {
            throw ApiException.conflict("task.gone");
        }
        SignerRows.Signer row = added.get(added.size() - 1);
        if (!row.addedBy().equals(user.username())) {
            throw ApiException.forbidden();
        }
        if (!row.pending()) {
            throw ApiException.conflict("signers.alreadyActed");
        }
        Task open = task.open();
        switch (row.position()) {
            case "BEFORE" -> {
                // the task comes back to the one who added the signer, as if never entrusted
                open.setAssignee(row.addedBy());
                open.setOwner(null);
                open.setDelegationState(null);
                engineUser.run(user.username(), () -> tasks.saveTask(open));
            }
            case "AFTER" -> {
                if (SignerRows.ACTIVE.equals(row.state())) {
                    engineUser.run(user.username(), () -> tasks.setAssignee(taskId, row.addedBy()));
                }
            }
            default -> cancelInstance(row);
        }
        rows.state(row.id(), SignerRows.REMOVED);
        audit.record(task.audit("SIGNER_REMOVED").withDetails(write(Map.of("username", username, "position", row.position()))));
    }

    /** One more instance of the running multi-instance step, held by the signer. */
    private String beside(CurrentUser user, Task open, String signer) {
        if (!jumps.isMultiInstance(open.getProcessDefinitionId(), open.getTaskDefinitionKey())) {
            throw ApiException.conflict("signers.withNeedsCountersign");
        }
        Set<String> before = new HashSet<>();
        tasks.createTaskQuery().processInstanceId(open.getProcessInstanceId()).list().forEach(t -> before.add(t.getId()));
        Map<String, Object> local = new LinkedHashMap<>();
        local.put("signerRoles", "");
        engineUser.run(user.username(), () -> jumps.addInstance(open.getProcessInstanceId(), open.getTaskDefinitionKey(), local));
        Task added = tasks.createTaskQuery().processInstanceId(open.getProcessInstanceId())
                .taskDefinitionKey(open.getTaskDefinitionKey()).list().stream()
                .filter(t -> !before.contains(t.getId())).findFirst()
                .orElseThrow(() -> ApiException.conflict("task.gone"));
        engineUser.run(user.username(), () -> tasks.setAssignee(added.getId(), signer));
        return added.getId();
    }

    private void cancelInstance(SignerRows.Signer row) {
        Task added = row.signerTaskId() == null ? null
                : tasks.createTaskQuery().taskId(row.signerTaskId()).singleResult();
        if (added == null) {
            throw ApiException.conflict("signers.alreadyActed");
        }
        for (ActivityInstance instance : runtime.getActivityInstance(added.getProcessInstanceId())
                .getActivityInstances(added.getTaskDefinitionKey())) {
            if (List.of(instance.getExecutionIds()).contains(added.getExecutionId())) {
                jumps.cancel(added.getProcessInstanceId(), instance.getId());
                return;
            }
        }
        throw ApiException.conflict("signers.alreadyActed");
    }

    private String write(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
