package org.aidflow.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.security.CurrentUser;
import org.aidflow.security.Visibility;
import org.aidflow.tasks.Inbox;
import org.aidflow.tasks.TaskView;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Overdue tasks of the agreements and projects the caller may see, whoever holds them: what a
 * leader or auditor follows up on, not only their own inbox.
 */
@Service
class OverdueReport {

    private static final String DONOR = "donorUnion";
    private static final String RECIPIENT = "recipientUnion";
    /** Overdue work is a short list in a healthy program; beyond this, the report shows the oldest. */
    private static final int SCAN_LIMIT = 5000;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Visibility visibility;
    private final Inbox inbox;

    OverdueReport(TaskService tasks, RuntimeService runtime, Visibility visibility, Inbox inbox) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.visibility = visibility;
        this.inbox = inbox;
    }

    PageResult<TaskView> overdue(CurrentUser user, Paging paging) {
        List<Task> overdue = tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).orderByDueDate().asc()
                .listPage(0, SCAN_LIMIT);
        Map<String, Map<String, String>> parties = parties(overdue);
        List<Task> visible = overdue.stream().filter(t -> {
            Map<String, String> p = parties.getOrDefault(t.getProcessInstanceId(), Map.of());
            return p.containsKey(DONOR) && visibility.canSee(user, p.get(DONOR), p.get(RECIPIENT));
        }).toList();
        List<Task> page = visible.stream().skip(paging.offset()).limit(paging.size()).toList();
        return new PageResult<>(inbox.views(page), paging.page(), paging.size(), visible.size());
    }

    private Map<String, Map<String, String>> parties(List<Task> overdue) {
        Map<String, Map<String, String>> result = new HashMap<>();
        if (overdue.isEmpty()) {
            return result;
        }
        String[] instances = overdue.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(instances)
                .variableNameIn(DONOR, RECIPIENT).list()) {
            if (v.getExecutionId().equals(v.getProcessInstanceId()) && v.getValue() instanceof String s) {
                result.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), s);
            }
        }
        return result;
    }

}
