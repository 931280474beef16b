package org.aidflow.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.Visibility;
import org.aidflow.web.ApiException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may do what with one task, open or done. Its candidates and its assignee act on it; whoever
 * may see the agreement or project it belongs to may read about it (and, unless an auditor, remind
 * its holder); to anyone else it does not exist (404). Read from history, so a completed task answers too.
 */
@Component
class TaskAccess {


    private final Inbox inbox;
    private final TaskService tasks;
    private final HistoryService history;
    private final Visibility visibility;

    TaskAccess(Inbox inbox, TaskService tasks, HistoryService history, Visibility visibility) {
        this.inbox = inbox;
        this.tasks = tasks;
        this.history = history;
        this.visibility = visibility;
    }

    /** One task as one person may use it; {@code open} is null once the task is completed or cancelled. */
    record Access(CurrentUser user, String taskId, String taskKey, String taskName, String processInstanceId,
                  String businessKey, Long agreementId, Long projectId, Task open, List<String> candidateGroups,
                  boolean acts, boolean seesSubject) {

        boolean isOpen() {
            return open != null;
        }

        /** Expected to act now: the assignee, or while nobody holds the task, any of its candidates. */
        boolean holds() {
            if (open == null) {
                return false;
            }
            return open.getAssignee() != null ? open.getAssignee().equals(user.username()) : acts;
        }

        AuditTrail.Subject subjectType() {
            return TaskContext.subjectType(projectId);
        }

        long subjectId() {
            return projectId != null ? projectId : agreementId;
        }

        /** The audit record of the user's action on this task. */
        AuditRecord audit(String action) {
            return new TaskContext(taskId, taskKey, processInstanceId, businessKey, agreementId, projectId, user).audit(action);
        }
    }

    /** For reading: a candidate, the assignee, whoever may see the subject, or a candidate of a task now done. */
    Access toRead(CurrentUser user, String taskId) {
        Access access = resolve(user, taskId);
        if (access == null || !(access.acts() || access.seesSubject()
                || (!access.isOpen() && inbox.wasVisibleAndIsGone(user, taskId)))) {
            throw ApiException.notFound();
        }
        return access;
    }

    /** For acting on an open task: 404 if the caller may not know of it, 403 if they may only look, 409 once it is gone. */
    Access toAct(CurrentUser user, String taskId) {
        Access access = toRead(user, taskId);
        if (!access.isOpen()) {
            throw ApiException.conflict("task.gone");
        }
        if (!access.acts()) {
            throw ApiException.forbidden();
        }
        return access;
    }

    private Access resolve(CurrentUser user, String taskId) {
        if (taskId == null || taskId.length() > 64) {
            return null;
        }
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done == null || done.getProcessInstanceId() == null) {
            return null;
        }
        String processInstanceId = done.getProcessInstanceId();
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn(ProcessVariables.DONOR_UNION, ProcessVariables.RECIPIENT_UNION, ProcessVariables.AGREEMENT_ID,
                        ProcessVariables.PROJECT_ID).list()) {
            if (processInstanceId.equals(v.getExecutionId()) && v.getValue() != null) {
                variables.put(v.getName(), v.getValue());
            }
        }
        Task open = tasks.createTaskQuery().taskId(taskId).singleResult();
        String donor = (String) variables.get(ProcessVariables.DONOR_UNION);
        boolean sees = donor != null && visibility.canSee(user, donor, (String) variables.get(ProcessVariables.RECIPIENT_UNION));
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return new Access(user, taskId, done.getTaskDefinitionKey(), done.getName(), processInstanceId,
                instance == null ? null : instance.getBusinessKey(), id(variables.get(ProcessVariables.AGREEMENT_ID)),
                id(variables.get(ProcessVariables.PROJECT_ID)), open, open == null ? List.of() : inbox.candidateGroups(taskId),
                open != null && inbox.mayAct(user, open), sees);
    }

    private static Long id(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
