package org.aidflow.changes;

import java.util.Map;
import java.util.Set;

import org.aidflow.project.ProjectViews;
import org.aidflow.project.Projects;
import org.aidflow.tasks.FormValues;
import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.TaskContext;
import org.aidflow.tasks.TaskHandler;
import org.aidflow.web.ApiException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The approvals of a change: each shows the project and the change side by side; refusing needs a comment. */
@Component
class ChangeTasks implements TaskHandler {

    private final ProjectChanges changes;
    private final ChangeViews views;
    private final Projects projects;
    private final ProjectViews projectViews;
    private final RuntimeService runtime;

    ChangeTasks(ProjectChanges changes, ChangeViews views, Projects projects, ProjectViews projectViews, RuntimeService runtime) {
        this.changes = changes;
        this.views = views;
        this.projects = projects;
        this.projectViews = projectViews;
        this.runtime = runtime;
    }

    @Override
    public Set<String> taskKeys() {
        return ChangeProcess.TASKS;
    }

    @Override
    public Map<String, Object> data(TaskContext task) {
        long changeId = task.number(ChangeProcess.CHANGE_ID)
                .orElseGet(() -> ((Number) runtime.getVariable(task.processInstanceId(), ChangeProcess.CHANGE_ID)).longValue());
        return Map.of("project", projectViews.detail(projects.find(task.projectId()).orElseThrow()),
                "change", views.view(changes.find(changeId).orElseThrow()));
    }

    @Override
    public Map<String, Object> complete(TaskContext task, FormValues values) {
        String decision = values.text(ProcessVariables.DECISION);
        if (!"APPROVE".equals(decision) && values.text("comment") == null) {
            throw ApiException.badRequest("comment", "task.commentRequired");
        }
        return Map.of(ProcessVariables.DECISION, decision);
    }
}
