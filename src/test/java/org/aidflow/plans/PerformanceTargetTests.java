package org.aidflow.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 绩效目标: the catalogue, targets in the proposal, actuals in the completion report, and the audit's score. */
class PerformanceTargetTests extends ProjectScenarios {

    static final List<Map<String, Object>> TARGETS = List.of(
            Map.of("code", "TRAINEES", "target", 300, "unit", "PERSON_TIMES"),
            Map.of("code", "COST_PER_TRAINEE", "target", 200, "unit", "YUAN"),
            Map.of("code", "BENEFICIARIES", "target", 3000, "unit", "PERSON_TIMES"),
            Map.of("code", "SATISFACTION", "target", 90, "unit", "PERCENT"));

    static final List<Map<String, Object>> ACTUALS = List.of(
            Map.of("code", "TRAINEES", "actual", 270),
            Map.of("code", "COST_PER_TRAINEE", "actual", 250),
            Map.of("code", "BENEFICIARIES", "actual", 3000),
            Map.of("code", "SATISFACTION", "actual", 95.5));

    private Map<String, Object> draft(long agreementId, Object indicators) {
        Map<String, Object> draft = projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 30_000, 30_000);
        draft.put("indicators", indicators);
        return draft;
    }

    @Test
    void servesTheCatalogueOfAType() {
        JsonNode items = as("xj-ht.officer").get("/api/indicators?type=WORKER_LIBRARY").json().path("items");
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.path("code").asText()));
        assertThat(codes).contains("SITES_BUILT", "SATISFACTION", "BENEFICIARIES").doesNotContain("TRAINEES");
        assertThat(as("bj.proposer").get("/api/indicators").json().path("weights").path("OUTPUT").asInt()).isEqualTo(50);
        assertThat(as("bj.proposer").get("/api/indicators?type=NOPE").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/indicators").status()).isEqualTo(401);
    }

    @Test
    void refusesTargetsOutsideTheCatalogueRules() {
        long id = agreement(1_000_000);
        List<Map<String, Object>> bad = List.of(
                Map.of("code", "NOPE", "target", 1, "unit", "COUNT"),
                Map.of("code", "SITES_BUILT", "target", 6, "unit", "COUNT"),
                Map.of("code", "TRAINEES", "target", 300, "unit", "PERSONS"),
                Map.of("code", "SATISFACTION", "target", 101, "unit", "PERCENT"),
                Map.of("code", "BENEFICIARIES", "target", -1, "unit", "PERSON_TIMES"),
                Map.of("code", "LOCAL_TRAINERS", "target", 1.005, "unit", "PERSONS"),
                Map.of("code", "TRAINEES", "target", 30, "unit", "PERSON_TIMES"));
        Api.Response refused = as("bj.proposer").post("/api/projects", draft(id, bad));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("indicators[0].code", "indicators[1].code",
                "indicators[2].unit", "indicators[3].target", "indicators[4].target", "indicators[5].target", "indicators[6].code");
        Map<String, Object> noUnit = new HashMap<>(Map.of("code", "TRAINEES", "target", 1));
        assertThat(as("bj.proposer").post("/api/projects", draft(id, List.of(noUnit))).errorFields())
                .containsExactly("indicators[0].unit");
        assertThat(as("bj.proposer").post("/api/projects", draft(id, List.of(Map.of("code", "TRAINEES", "target", 1,
                "unit", "PERSON_TIMES", "extra", 1)))).status()).isEqualTo(400);
    }

    @Test
    void carriesTargetsFromProposalToAuditScore() {
        long agreementId = agreement(1_000_000);
        JsonNode project = submit(draft(agreementId, TARGETS));
        String code = project.path("code").asText();
        long id = project.path("id").asLong();
        JsonNode planned = as("xj-ht.officer").get("/api/projects/" + id + "/performance").json();
        assertThat(planned.path("indicators")).hasSize(4);
        assertThat(planned.path("indicators").get(3).path("target").decimalValue()).isEqualByComparingTo("90");
        assertThat(planned.path("computed").isNull()).isTrue();
        assertThat(as("sh.proposer").get("/api/projects/" + id + "/performance").status()).isEqualTo(404);

        approve(code, false, false);
        payTranche(code, 30_000, false);
        Map<String, Object> report = new HashMap<>(Map.of("actualSpending", 30_000, "beneficiaries", 3000,
                "summary", "培训完成 Training done"));
        assertThat(complete("xj-ht.officer", "submitCompletionReport", code, report).errorFields()).containsExactly("indicatorActuals");
        report.put("indicatorActuals", ACTUALS.subList(0, 3));
        assertThat(complete("xj-ht.officer", "submitCompletionReport", code, report).errorFields()).containsExactly("indicatorActuals");
        report.put("indicatorActuals", List.of(Map.of("code", "SITES_BUILT", "actual", 1)));
        assertThat(complete("xj-ht.officer", "submitCompletionReport", code, report).status()).isEqualTo(400);
        report.put("indicatorActuals", ACTUALS);
        completeOk("xj-ht.officer", "submitCompletionReport", code, report);

        JsonNode inspection = as("xj.inspector").get("/api/tasks/" + taskId("xj.inspector", "inspectCompletion", code)).json();
        assertThat(inspection.path("data").path("indicators").get(0).path("actual").decimalValue()).isEqualByComparingTo("270");
        assertThat(inspection.path("data").path("indicators").get(0).path("target").decimalValue()).isEqualByComparingTo("300");
        Map<String, Object> scoreReason = Map.of("decision", "PASS", "findings", "合格", "scoreReason", "不应出现");
        assertThat(complete("xj.inspector", "inspectCompletion", code, scoreReason).errorFields()).containsExactly("scoreReason");
        completeOk("xj.inspector", "inspectCompletion", code, Map.of("decision", "PASS", "findings", "现场核验合格"));

        // output (0.9 + 0.8) / 2 × 50 + benefit 30 + satisfaction 10 + budget execution 1 × 10 = 92.5
        JsonNode auditForm = as("bj.auditor").get("/api/tasks/" + taskId("bj.auditor", "auditProject", code)).json();
        assertThat(auditForm.path("data").path("performance").path("computedScore").decimalValue()).isEqualByComparingTo("92.5");
        assertThat(auditForm.path("data").path("performance").path("roundedScore").asInt()).isEqualTo(93);
        Api.Response unexplained = complete("bj.auditor", "auditProject", code, Map.of("decision", "APPROVE", "performanceScore", 80));
        assertThat(unexplained.errorFields()).containsExactly("scoreReason");
        completeOk("bj.auditor", "auditProject", code, Map.of("decision", "APPROVE", "performanceScore", 85,
                "scoreReason", "培训档案不完整，酌情扣分"));

        JsonNode audited = as("bj.proposer").get("/api/projects/" + id + "/performance").json();
        assertThat(audited.path("audit").path("score").asInt()).isEqualTo(85);
        assertThat(audited.path("audit").path("computedScore").decimalValue()).isEqualByComparingTo("92.5");
        assertThat(audited.path("audit").path("reason").asText()).contains("培训档案");
        assertThat(project("bj.proposer", id).path("history").toString()).contains("PERFORMANCE_SCORED");

        JsonNode report2 = as("bj.proposer").get("/api/reports/performance?groupBy=type").json();
        JsonNode row = null;
        for (JsonNode r : report2.path("rows")) {
            if (r.path("key").asText().equals("CADRE_TRAINING")) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.path("measured").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(as("bj.proposer").get("/api/reports/performance?groupBy=nope").status()).isEqualTo(400);
        assertThat(as("bt.officer").get("/api/reports/performance?groupBy=type").json().path("rows").toString())
                .doesNotContain("CADRE_TRAINING");
    }

    @Test
    void acceptsTheComputedScoreWithoutReasonAndKeepsFreeScoresWithoutTargets() {
        long agreementId = agreement(1_000_000);
        JsonNode project = submit(draft(agreementId, TARGETS));
        String code = project.path("code").asText();
        approve(code, false, false);
        payTranche(code, 30_000, false);
        completeOk("xj-ht.officer", "submitCompletionReport", code, Map.of("actualSpending", 30_000, "beneficiaries", 3000,
                "summary", "培训完成", "indicatorActuals", ACTUALS));
        completeOk("xj.inspector", "inspectCompletion", code, Map.of("decision", "PASS", "findings", "合格"));
        completeOk("bj.auditor", "auditProject", code, Map.of("decision", "APPROVE", "performanceScore", 93));

        JsonNode free = approvedProject(agreementId, 10_000, 10_000);
        String freeCode = free.path("code").asText();
        payTranche(freeCode, 10_000, false);
        Map<String, Object> report = new HashMap<>(Map.of("actualSpending", 10_000, "beneficiaries", 10, "summary", "完成",
                "indicatorActuals", ACTUALS));
        assertThat(complete("xj-ht.officer", "submitCompletionReport", freeCode, report).status()).isEqualTo(400);
        report.remove("indicatorActuals");
        completeOk("xj-ht.officer", "submitCompletionReport", freeCode, report);
        completeOk("xj.inspector", "inspectCompletion", freeCode, Map.of("decision", "PASS", "findings", "合格"));
        completeOk("bj.auditor", "auditProject", freeCode, Map.of("decision", "APPROVE", "performanceScore", 70));
    }
}
