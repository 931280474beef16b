package org.aidflow.progress;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.aidflow.project.ProjectViews;
import org.aidflow.project.Projects;
import org.aidflow.tasks.FormValues;
import org.aidflow.tasks.TaskContext;
import org.aidflow.tasks.TaskHandler;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The quarterly report form: it shows the project and the reports so far, and keeps what is filed. */
@Component
class ProgressTasks implements TaskHandler {

    private final ProgressReports reports;
    private final Projects projects;
    private final ProjectViews views;
    private final TaskService tasks;

    ProgressTasks(ProgressReports reports, Projects projects, ProjectViews views, TaskService tasks) {
        this.reports = reports;
        this.projects = projects;
        this.views = views;
        this.tasks = tasks;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(ProgressProcess.TASK);
    }

    @Override
    public Map<String, Object> data(TaskContext task) {
        return Map.of("project", views.detail(projects.find(task.projectId()).orElseThrow()),
                "progressReports", ProgressController.views(reports.ofProject(task.projectId())));
    }

    @Override
    public Map<String, Object> complete(TaskContext task, FormValues values) {
        var open = tasks.createTaskQuery().taskId(task.taskId()).singleResult();
        Instant due = open == null || open.getDueDate() == null ? null : open.getDueDate().toInstant();
        reports.insert(task.projectId(), values.text("progress"), values.text("issues"), task.actor().username(), due,
                task.processInstanceId());
        return Map.of();
    }

    @Override
    public String comment(FormValues values) {
        return values.text("progress");
    }
}
