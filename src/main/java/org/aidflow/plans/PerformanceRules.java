package org.aidflow.plans;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.completion.CompletionRules;
import org.aidflow.plans.PerformanceScore.Measured;
import org.aidflow.project.Projects;
import org.aidflow.tasks.FormValues;
import org.aidflow.tasks.TaskContext;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.aidflow.web.InputRules;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Performance targets in the completion: the report gives each indicator's actual value
 * ({@code indicatorActuals}), inspection and audit see planned vs actual, and the audit's score is the computed
 * one unless the auditor writes why it differs ({@code scoreReason}). Projects without targets keep the free score.
 */
@Component
class PerformanceRules implements CompletionRules {

    static final String REPORT = "submitCompletionReport";
    static final String AUDIT = "auditProject";
    static final Set<String> SHOWN = Set.of(REPORT, "inspectCompletion", "rectifyCompletion", AUDIT);
    static final int MAX_REASON = 4000;

    private final ProjectIndicators indicators;
    private final ProjectPerformance performance;
    private final Projects projects;
    private final AuditTrail audit;
    private final ObjectMapper json;

    PerformanceRules(ProjectIndicators indicators, ProjectPerformance performance, Projects projects, AuditTrail audit,
                     ObjectMapper json) {
        this.indicators = indicators;
        this.performance = performance;
        this.projects = projects;
        this.audit = audit;
        this.json = json;
    }

    @Override
    public Set<String> extraFields(String taskKey) {
        return switch (taskKey) {
            case REPORT -> Set.of("indicatorActuals");
            case AUDIT -> Set.of("scoreReason");
            default -> Set.of();
        };
    }

    @Override
    public Map<String, Object> data(TaskContext task) {
        if (!SHOWN.contains(task.taskKey())) {
            return Map.of();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        List<Measured> measured = performance.measured(task.projectId());
        data.put("indicators", PerformanceViews.rows(measured));
        if (AUDIT.equals(task.taskKey()) && !measured.isEmpty()) {
            data.put("performance", PerformanceViews.result(computed(task.projectId(), measured)));
        }
        return data;
    }

    @Override
    public void reported(TaskContext task, FormValues values) {
        List<ProjectIndicators.Row> planned = indicators.of(task.projectId());
        if (planned.isEmpty()) {
            if (values.raw("indicatorActuals") != null && !(values.raw("indicatorActuals") instanceof List<?> l && l.isEmpty())) {
                throw ApiException.badRequest("indicatorActuals", "indicator.noneSet");
            }
            return;
        }
        Map<String, BigDecimal> actuals = IndicatorActuals.parse(values.raw("indicatorActuals"), planned);
        actuals.forEach((code, actual) -> indicators.setActual(task.projectId(), code, actual));
    }

    @Override
    public void audited(TaskContext task, FormValues values, BigDecimal given) {
        List<Measured> measured = performance.measured(task.projectId());
        if (measured.isEmpty() || given == null) {
            return;
        }
        PerformanceScore.Result result = computed(task.projectId(), measured);
        String reason = values.raw("scoreReason") instanceof String text && !text.isBlank() ? text.strip() : null;
        if (values.raw("scoreReason") != null && !(values.raw("scoreReason") instanceof String)) {
            throw ApiException.badRequest("scoreReason", "field.wrongType");
        }
        if (reason != null) {
            Checks.enforce(c -> c.maxLength("scoreReason", reason, MAX_REASON));
            String problem = InputRules.text(reason);
            if (problem != null) {
                throw ApiException.badRequest("scoreReason", problem);
            }
        }
        int score = given.intValue();
        if (score != result.rounded() && reason == null) {
            throw ApiException.badRequest("scoreReason", "performance.reasonRequired", String.valueOf(result.rounded()));
        }
        performance.scored(task.projectId(), result.score(), score, reason, task.actor().username());
        audit.record(task.audit("PERFORMANCE_SCORED").withComment(reason).withDetails(details(result, score)));
    }

    private PerformanceScore.Result computed(long projectId, List<Measured> measured) {
        BigDecimal budget = projects.find(projectId).orElseThrow().budget();
        return PerformanceScore.of(measured, budget, performance.spent(projectId).orElse(null));
    }

    private String details(PerformanceScore.Result result, int given) {
        Map<String, Object> details = new HashMap<>();
        details.put("computedScore", result.score());
        details.put("givenScore", given);
        details.put("attainment", result.attainment());
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> codes(List<ProjectIndicators.Row> rows) {
        Set<String> codes = new HashSet<>();
        rows.forEach(r -> codes.add(r.code()));
        return codes;
    }
}
