package org.aidflow.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aidflow.audit.AuditTrail;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a form submission does besides completing the task, inside the completion's transaction:
 * a delegate (委派) or a signer added before the holder (加签 BEFORE) resolves the task back to its owner instead of
 * completing it; a consenting holder hands the task to the next signer added after them (加签 AFTER); and the
 * completion of a step the case was returned to with {@code resumeHere} takes it straight back to the returner (退回).
 */
@Component
class ApprovalFlow {

    static final Set<String> CONSENT = Set.of("APPROVE", "ACKNOWLEDGE");
    /** Outcomes that send a case elsewhere than forward: a return to the returner would override them. */
    private static final Set<String> NOT_FORWARD = Set.of("REVISE", "REJECT", "RETURN", "WITHDRAW");

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final SignerRows rows;
    private final ProcessJumps jumps;
    private final AuditTrail audit;
    private final EngineUser engineUser;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final List<ResumeGuard> guards;

    ApprovalFlow(TaskService tasks, RuntimeService runtime, SignerRows rows, ProcessJumps jumps, AuditTrail audit,
                 EngineUser engineUser, JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events,
                 List<ResumeGuard> guards) {
        this.events = events;
        this.guards = guards;
        this.tasks = tasks;
        this.runtime = runtime;
        this.rows = rows;
        this.jumps = jumps;
        this.audit = audit;
        this.engineUser = engineUser;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** True when the submission was taken over here and the task must not be completed. */
    boolean takesOver(Inbox.WorkItem item, TaskContext context, FormValues values, String comment) {
        Task task = item.task();
        String user = context.actor().username();
        String decision = values.text(ProcessVariables.DECISION);
        if (task.getDelegationState() == DelegationState.PENDING && user.equals(task.getAssignee())) {
            Optional<SignerRows.Signer> before = rows.active(task.getId(), user);
            if (before.isPresent()) {
                rows.state(before.get().id(), SignerRows.DONE);
                audit.record(context.audit("SIGNER_DECIDED").withDecision(decision).withComment(comment)
                        .withDetails(details(Map.of("position", "BEFORE", "owner", String.valueOf(task.getOwner())))));
            } else {
                saveDraft(task.getId(), user, values);
                audit.record(context.audit("TASK_RESOLVED").withDecision(decision).withComment(comment)
                        .withDetails(details(Map.of("owner", String.valueOf(task.getOwner())))));
            }
            engineUser.run(user, () -> {
                if (comment != null) {
                    tasks.createComment(task.getId(), task.getProcessInstanceId(), comment);
                }
                tasks.resolveTask(task.getId());
            });
            return true;
        }
        if (decision == null || !CONSENT.contains(decision) || !item.hasSigners()) {
            return false;
        }
        rows.active(task.getId(), user).ifPresent(after -> rows.state(after.id(), SignerRows.DONE));
        Optional<SignerRows.Signer> next = rows.nextAfter(task.getId());
        if (next.isEmpty()) {
            return false;
        }
        rows.state(next.get().id(), SignerRows.ACTIVE);
        audit.record(context.audit("SIGNER_DECIDED").withDecision(decision).withComment(comment)
                .withDetails(details(Map.of("position", "HOLDER", "next", next.get().username()))));
        engineUser.run(user, () -> {
            if (comment != null) {
                tasks.createComment(task.getId(), task.getProcessInstanceId(), comment);
            }
            tasks.setAssignee(task.getId(), next.get().username());
        });
        return true;
    }

    /** After the task was completed in the engine, in the same transaction. */
    void completed(Inbox.WorkItem item, TaskContext context, Map<String, Object> variables) {
        Task task = item.task();
        // what the task was read with says which of these would change nothing (and so are not run)
        if (item.hasSigners()) {
            rows.taskCompleted(task.getId());
        }
        if (task.getDelegationState() != null) {
            // a draft is kept only for a task delegated (委派) and resolved back to its owner
            jdbc.sql("DELETE FROM task_draft WHERE task_id = ?").param(task.getId()).update();
        }
        if (!item.returnWaits()) {
            return;
        }
        String step = task.getTaskDefinitionKey();
        Optional<SignerRows.Return> open = rows.openReturn(task.getProcessInstanceId(), step);
        if (open.isEmpty() || tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(step).count() > 0) {
            return; // no return waits here, or other signers of this step have yet to sign
        }
        boolean running = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count() > 0;
        boolean forward = variables.values().stream().noneMatch(NOT_FORWARD::contains);
        if (!running || !forward) {
            rows.returnState(open.get().id(), SignerRows.DROPPED);
            return;
        }
        Optional<String> refused = guards.stream()
                .map(guard -> guard.refuses(task.getProcessInstanceId(), step, open.get().fromActivity()))
                .flatMap(Optional::stream).findFirst();
        if (refused.isPresent()) {
            // the case walks its route again from where the completed step sent it
            rows.returnState(open.get().id(), SignerRows.DROPPED);
            audit.record(context.audit("TASK_RESUME_DROPPED").withDetails(details(Map.of("from", step, "to",
                    open.get().fromActivity(), "returnedBy", open.get().returnedBy(), "reason", refused.get()))));
            return;
        }
        jumps.jump(task.getProcessDefinitionId(), task.getProcessInstanceId(), open.get().fromActivity());
        rows.returnState(open.get().id(), "RESUMED");
        audit.record(context.audit("TASK_RESUMED").withDetails(details(Map.of("from", step, "to",
                open.get().fromActivity(), "returnedBy", open.get().returnedBy()))));
        events.publishEvent(new TaskReturned(task.getProcessInstanceId(), context.projectId(), context.agreementId(), step,
                open.get().fromActivity(), context.actor().username(), true));
    }

    /** The form data with the values a delegate filled in (委派) as the owner's starting point. */
    Map<String, Object> withDraft(Task task, Map<String, Object> data) {
        Map<String, Object> result = new LinkedHashMap<>(data);
        if (task.getDelegationState() == DelegationState.PENDING && task.getOwner() != null) {
            result.put("delegatedBy", task.getOwner());
        }
        if (task.getDelegationState() == null) {
            return result; // a draft is kept only for a task delegated (委派) and resolved back to its owner
        }
        jdbc.sql("SELECT form_values, drafted_by FROM task_draft WHERE task_id = ?").param(task.getId())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional().ifPresent(draft -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    if (result.get("values") instanceof Map<?, ?> prefill) {
                        prefill.forEach((k, v) -> values.put(String.valueOf(k), v));
                    }
                    values.putAll(read(draft[0]));
                    result.put("values", values);
                    result.put("draftedBy", draft[1]);
                });
        return result;
    }

    private void saveDraft(String taskId, String user, FormValues values) {
        jdbc.sql("DELETE FROM task_draft WHERE task_id = ?").param(taskId).update();
        jdbc.sql("INSERT INTO task_draft (task_id, form_values, drafted_by, drafted_at) VALUES (?, ?, ?, ?)")
                .params(taskId, details(values.asMap()), user, Timestamp.from(Instant.now())).update();
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String details(Map<String, ?> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
