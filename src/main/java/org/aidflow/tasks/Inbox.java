package org.aidflow.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.aidflow.security.CurrentUser;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Reads tasks as a person may see them: offered to one of their groups or assigned to them.
 * Anything else is "not found", whether or not it exists.
 */
@Service
public class Inbox {

    static final String AGREEMENT_ID = "agreementId";
    static final String PROJECT_ID = "projectId";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;

    Inbox(TaskService tasks, RuntimeService runtime, HistoryService history) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
    }

    public record Filter(String taskKey, String businessKey, Boolean overdue) {
    }

    public PageResult<TaskView> list(CurrentUser user, Filter filter, Paging paging) {
        TaskQuery query = visibleTo(user);
        if (filter.taskKey() != null && !filter.taskKey().isBlank()) {
            query.taskDefinitionKey(filter.taskKey());
        }
        if (filter.businessKey() != null && !filter.businessKey().isBlank()) {
            query.processInstanceBusinessKey(filter.businessKey());
        }
        Date now = ClockUtil.getCurrentTime();
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.dueBefore(now);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            query.or().dueAfter(now).withoutDueDate().endOr();
        }
        long total = query.count();
        List<Task> page = query.orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(paging.offset(), paging.size());
        return new PageResult<>(views(page), paging.page(), paging.size(), total);
    }

    /** The task if the user may see it (a candidate or the assignee). */
    public Optional<Task> visible(CurrentUser user, String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null || !mayAct(user, task)) {
            return Optional.empty();
        }
        return Optional.of(task);
    }

    /** Was this a task the user could have acted on, now completed? (409 rather than 404.) */
    public boolean wasVisibleAndIsGone(CurrentUser user, String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done == null || done.getEndTime() == null) {
            return false;
        }
        if (user.username().equals(done.getAssignee())) {
            return true;
        }
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE).list()
                .stream().anyMatch(link -> link.getGroupId() != null && user.groups().contains(link.getGroupId()));
    }

    boolean mayAct(CurrentUser user, Task task) {
        if (user.username().equals(task.getAssignee())) {
            return true;
        }
        return candidateGroups(task.getId()).stream().anyMatch(user.groups()::contains);
    }

    public List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }

    private TaskQuery visibleTo(CurrentUser user) {
        TaskQuery query = tasks.createTaskQuery();
        if (user.groups().isEmpty()) {
            return query.taskAssignee(user.username());
        }
        return query.or()
                .taskCandidateGroupIn(List.copyOf(user.groups()))
                .includeAssignedTasks()
                .taskAssignee(user.username())
                .endOr();
    }

    public List<TaskView> views(List<Task> page) {
        Map<String, Map<String, Long>> ids = subjectIds(page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        Map<String, String> businessKeys = businessKeys(page);
        Date now = ClockUtil.getCurrentTime();
        List<TaskView> views = new ArrayList<>();
        for (Task t : page) {
            Map<String, Long> subject = ids.getOrDefault(t.getProcessInstanceId(), Map.of());
            views.add(new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), processKey(t.getProcessDefinitionId()),
                    businessKeys.get(t.getProcessInstanceId()), subject.get(PROJECT_ID), subject.get(AGREEMENT_ID),
                    instant(t.getCreateTime()), instant(t.getDueDate()),
                    t.getDueDate() != null && t.getDueDate().before(now), t.getAssignee()));
        }
        return views;
    }

    private Map<String, Map<String, Long>> subjectIds(Set<String> processInstanceIds) {
        Map<String, Map<String, Long>> result = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return result;
        }
        List<VariableInstance> variables = runtime.createVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .variableNameIn(AGREEMENT_ID, PROJECT_ID)
                .list();
        for (VariableInstance v : variables) {
            if (v.getValue() instanceof Number n && processInstanceIds.contains(v.getProcessInstanceId())
                    && v.getExecutionId().equals(v.getProcessInstanceId())) {
                result.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), n.longValue());
            }
        }
        return result;
    }

    private Map<String, String> businessKeys(List<Task> page) {
        Set<String> ids = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> result = new HashMap<>();
        if (!ids.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(ids).list()
                    .forEach(pi -> result.put(pi.getId(), pi.getBusinessKey()));
        }
        return result;
    }

    static String processKey(String processDefinitionId) {
        return processDefinitionId == null ? null : processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    TaskView view(Task task) {
        return views(List.of(task)).get(0);
    }
}
