package org.aidflow.project;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.aidflow.tasks.FormValues;
import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.TaskContext;
import org.aidflow.tasks.TaskHandler;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.springframework.stereotype.Component;

/** The business rules of the proposal's approval and revision forms. */
@Component
class ProposalTasks implements TaskHandler {

    private static final Set<String> CONSENT = Set.of("APPROVE", "ACKNOWLEDGE");

    private final Projects projects;
    private final ProjectManagement management;
    private final ProjectViews views;

    ProposalTasks(Projects projects, ProjectManagement management, ProjectViews views) {
        this.projects = projects;
        this.management = management;
        this.views = views;
    }

    @Override
    public Set<String> taskKeys() {
        return Set.of(ProjectProcess.APPROVE_DONOR, ProjectProcess.REVIEW_RECIPIENT, ProjectProcess.APPROVE_REGION,
                ProjectProcess.FILE_NATIONAL, ProjectProcess.REVISE);
    }

    @Override
    public Set<String> extraFields() {
        return Set.of("tranches", "planYear", "indicators");
    }

    @Override
    public Map<String, Object> data(TaskContext task) {
        Project project = projects.find(task.projectId()).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project", views.detail(project));
        if (ProjectProcess.REVISE.equals(task.taskKey())) {
            Map<String, Object> prefill = new LinkedHashMap<>();
            prefill.put("title", project.title());
            prefill.put("type", project.type());
            prefill.put("focusAreas", project.focusAreas());
            prefill.put("budget", Checks.money(project.budget()));
            prefill.put("description", project.description());
            prefill.put("beneficiariesPlanned", project.beneficiariesPlanned());
            prefill.put("tranches", projects.plan(project.id()).stream()
                    .map(t -> Map.of("amount", Checks.money(t.amount()), "plannedOn", t.plannedOn().toString()))
                    .toList());
            prefill.put("planYear", project.planYear());
            prefill.put("indicators", management.targets(project.id()));
            data.put("values", prefill);
        }
        return data;
    }

    @Override
    public Map<String, Object> complete(TaskContext task, FormValues values) {
        if (ProjectProcess.REVISE.equals(task.taskKey())) {
            return revise(task.projectId(), values);
        }
        String decision = values.text(ProcessVariables.DECISION);
        if (!CONSENT.contains(decision) && values.text("comment") == null) {
            throw ApiException.badRequest("comment", "task.commentRequired");
        }
        return Map.of(ProcessVariables.DECISION, decision);
    }

    private Map<String, Object> revise(long id, FormValues values) {
        String action = values.text("action");
        if (!"RESUBMIT".equals(action)) {
            return Map.of("action", action);
        }
        Object tranches = values.raw("tranches");
        Project project = projects.find(id).orElseThrow();
        ProjectFields fields = new ProjectFields(values.text("title"), values.text("type"), values.list("focusAreas"),
                values.decimal("budget"), values.text("description"), values.decimal("beneficiariesPlanned"),
                tranches == null ? TranchePlanInput.of(projects.plan(id)) : TranchePlanInput.parse(tranches),
                values.raw("planYear") == null ? project.planYear() : ProposalInput.year(values.raw("planYear")),
                values.raw("indicators") == null ? management.targets(id) : ProposalInput.indicators(values.raw("indicators")));
        Project revised = management.revise(id, fields);
        return Map.of("action", action,
                ProjectProcess.BUDGET, Checks.money(revised.budget()).toPlainString(),
                ProjectProcess.TYPE_GROUP, revised.typeGroup().name(),
                ProcessVariables.TRANCHE_COUNT, fields.tranches().size());
    }
}
