package org.aidflow.completion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.funds.ProjectMoney;
import org.aidflow.funds.ProjectSettlement;
import org.aidflow.project.Project;
import org.aidflow.project.ProjectViews;
import org.aidflow.project.Projects;
import org.aidflow.tasks.TaskContext;
import org.aidflow.web.Checks;
import org.springframework.stereotype.Component;

/**
 * What a completion form shows: the project with its history, its money so far, the report, every
 * earlier step (so the findings to answer), and the values a form repeats, prefilled.
 */
@Component
class CompletionViews {

    private final Projects projects;
    private final ProjectViews projectViews;
    private final Completions completions;
    private final ProjectSettlement settlement;

    CompletionViews(Projects projects, ProjectViews projectViews, Completions completions, ProjectSettlement settlement) {
        this.projects = projects;
        this.projectViews = projectViews;
        this.completions = completions;
        this.settlement = settlement;
    }

    Map<String, Object> of(TaskContext task) {
        Project project = projects.find(task.projectId()).orElseThrow();
        ProjectMoney money = settlement.money(project.id());
        Completion completion = completions.find(project.id()).orElse(null);
        List<CompletionStep> steps = completions.steps(project.id());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project", projectViews.detail(project));
        data.put("money", money(money));
        data.put("report", completion == null ? null : report(completion));
        data.put("steps", steps);
        data.put("findings", steps.stream()
                .filter(s -> CompletionProcess.INSPECT.equals(s.taskKey()) || CompletionProcess.AUDIT.equals(s.taskKey()))
                .toList());
        data.put("refundBankReference", settlement.lastRefundReference(project.id()));
        Map<String, Object> prefill = prefill(task.taskKey(), money, completion);
        if (!prefill.isEmpty()) {
            data.put("values", prefill);
        }
        return data;
    }

    private static Map<String, Object> prefill(String taskKey, ProjectMoney money, Completion completion) {
        return switch (taskKey) {
            case CompletionProcess.RECTIFY -> completion == null ? Map.of()
                    : Map.of("actualSpending", Checks.money(completion.actualSpending()));
            case CompletionProcess.REFUND -> money.balance().signum() > 0 ? Map.of("amount", money.balance()) : Map.of();
            case CompletionProcess.CONFIRM_REFUND -> money.refundOutstanding().signum() > 0
                    ? Map.of("amountReceived", money.refundOutstanding()) : Map.of();
            default -> Map.of();
        };
    }

    static Map<String, Object> money(ProjectMoney m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("allocated", m.allocated());
        view.put("transferred", m.transferred());
        view.put("received", m.received());
        view.put("spent", m.spent());
        view.put("refunded", m.refunded());
        view.put("refundReceived", m.refundReceived());
        view.put("balance", m.balance());
        view.put("refundOutstanding", m.refundOutstanding());
        return view;
    }

    private static Map<String, Object> report(Completion c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("actualSpending", Checks.money(c.actualSpending()));
        view.put("beneficiaries", c.beneficiaries());
        view.put("summary", c.summary());
        view.put("reportedBy", c.reportedBy());
        view.put("reportedAt", c.reportedAt());
        view.put("inspectionDecision", c.inspectionDecision());
        view.put("inspectionFindings", c.inspectionFindings());
        view.put("inspectedBy", c.inspectedBy());
        view.put("outcome", c.outcome());
        view.put("rectifications", c.rectifications());
        view.put("auditDecision", c.auditDecision());
        view.put("performanceScore", c.performanceScore());
        view.put("auditFindings", c.auditFindings());
        view.put("auditedBy", c.auditedBy());
        view.put("updatedAt", c.updatedAt());
        return view;
    }
}
