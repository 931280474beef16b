package org.aidflow.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.audit.AuditTrail;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Shows and completes tasks. A completion checks the submission against the task's Camunda Form
 * and the feature's business rules, applies it, writes the audit record and completes the task,
 * all in one transaction: either everything commits or nothing does.
 */
@Service
public class TaskCompletion {

    private final Inbox inbox;
    private final TaskService tasks;
    private final FormService forms;
    private final EngineUser engineUser;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final Substitutes substitutes;
    private final ApprovalFlow flow;
    private final Map<String, TaskHandler> handlers = new HashMap<>();
    private final Map<String, FormSchema> schemas = new java.util.concurrent.ConcurrentHashMap<>();

    TaskCompletion(Inbox inbox, TaskService tasks, FormService forms, EngineUser engineUser, AuditTrail audit,
                   ObjectMapper json, Substitutes substitutes, List<TaskHandler> handlers,
                   ApprovalFlow flow) {
        this.substitutes = substitutes;
        this.flow = flow;
        this.inbox = inbox;
        this.tasks = tasks;
        this.forms = forms;
        this.engineUser = engineUser;
        this.audit = audit;
        this.json = json;
        for (TaskHandler handler : handlers) {
            handler.taskKeys().forEach(key -> this.handlers.put(key, handler));
        }
    }

    public record TaskDetail(TaskView task, List<String> candidateGroups, Object form, Map<String, Object> data) {
    }

    @Transactional(readOnly = true)
    public TaskDetail show(CurrentUser user, String taskId) {
        Inbox.WorkItem item = inbox.workItem(user, taskId, false).orElseThrow(ApiException::notFound);
        Task task = item.task();
        TaskView view = inbox.view(item);
        return new TaskDetail(view, item.candidateGroups(), schema(task).json(),
                flow.withDraft(task, handler(task).data(context(item, view, user))));
    }

    @Transactional
    public void claim(CurrentUser user, String taskId) {
        Task task = inbox.workItem(user, taskId, true).orElseThrow(() -> gone(user, taskId)).task();
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw ApiException.conflict("task.heldByOther");
        }
        tasks.claim(taskId, user.username());
    }

    @Transactional
    public void complete(CurrentUser user, String taskId, Map<String, Object> submitted) {
        // read and locked at once: concurrent completions of one task queue up on its row (the first wins, the
        // others find it gone: 409)
        Inbox.WorkItem item = inbox.workItem(user, taskId, true).orElseThrow(() -> gone(user, taskId));
        Task task = item.task();
        // 代理: a task assigned to someone the user stands in for today is theirs to complete, "B for A"
        String onBehalfOf = substitutes.standsInFor(user.username(), task.getAssignee()).orElse(null);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username()) && onBehalfOf == null) {
            throw ApiException.conflict("task.heldByOther");
        }
        TaskHandler handler = handler(task);
        FormValues values = schema(task).validate(submitted, handler.extraFields());
        TaskContext context = context(item, inbox.view(item), user);
        if (flow.takesOver(item, context, values, handler.comment(values))) {
            return; // resolved to its owner (委派, 加签 before) or handed to a signer added after the holder
        }
        Map<String, Object> variables = handler.complete(context, values);
        String comment = handler.comment(values);
        recordAudit(context, values, comment, onBehalfOf);
        // completed as this user: Camunda's operation log names them. The task is not assigned to them
        // first (that wrote the task's history a second time); AidFlow's audit record says who acted.
        engineUser.run(user.username(), () -> {
            if (comment != null) {
                // also in Camunda's own history, so that Cockpit and Tasklist show it
                tasks.createComment(taskId, task.getProcessInstanceId(), comment);
            }
            tasks.complete(taskId, variables);
        });
        flow.completed(item, context, variables);
    }

    /**
     * Completes the caller's one open task with this task key on the case with this business key (a project's or an
     * agreement's code), as {@link #complete} does by id, and returns its id: a client that knows the case and the
     * step needs no inbox read first. None the caller may act on: 404; more than one (two tranches' requests of one
     * project open at once, or tasks offered to two of the caller's groups): 409, and the client completes by id.
     */
    @Transactional
    public String completeByKey(CurrentUser user, String taskKey, String businessKey, Map<String, Object> submitted) {
        List<String> ids = inbox.idsOf(user, taskKey, businessKey, 2);
        if (ids.isEmpty()) {
            throw ApiException.notFound();
        }
        if (ids.size() > 1) {
            throw ApiException.conflict("task.ambiguous", taskKey, businessKey);
        }
        complete(user, ids.get(0), submitted);
        return ids.get(0);
    }

    /** Does the task decide (an approval: its form has a decision field)? Signers are added to such tasks only. */
    boolean decides(Task task) {
        return schema(task).has(ProcessVariables.DECISION);
    }

    private ApiException gone(CurrentUser user, String taskId) {
        return inbox.wasVisibleAndIsGone(user, taskId) ? ApiException.conflict("task.gone") : ApiException.notFound();
    }

    private void recordAudit(TaskContext context, FormValues values, String comment, String onBehalfOf) {
        String decision = values.text(ProcessVariables.DECISION) != null ? values.text(ProcessVariables.DECISION)
                : values.text("action");
        String details;
        try {
            details = json.writeValueAsString(values.asMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        audit.record(context.audit("TASK_COMPLETED").withDecision(decision).withComment(comment).withDetails(details)
                .onBehalfOf(onBehalfOf));
    }

    private static TaskContext context(Inbox.WorkItem item, TaskView view, CurrentUser user) {
        return new TaskContext(view.id(), view.taskKey(), item.task().getProcessInstanceId(), view.businessKey(),
                view.agreementId(), view.projectId(), user, item.numbers());
    }

    private TaskHandler handler(Task task) {
        TaskHandler handler = handlers.get(task.getTaskDefinitionKey());
        if (handler == null) {
            throw new IllegalStateException("No handler for task " + task.getTaskDefinitionKey());
        }
        return handler;
    }

    /**
     * The task's Camunda Form, read and parsed once per process definition and task: forms are
     * deployed with their processes when AidFlow starts (Camunda's REST API deploys nothing), so
     * the form a process version's task binds to stays the same while the application runs.
     */
    private FormSchema schema(Task task) {
        return schemas.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), k -> {
            try (var in = forms.getDeployedTaskForm(task.getId())) {
                return new FormSchema(json.readTree(in));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot read the form of task " + task.getTaskDefinitionKey(), e);
            }
        });
    }
}
