package org.aidflow.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Helpers for the completion scenarios: a Beijing project in Hotan, approved and paid in full, then
 * each completion step as the demo user the process offers it to (XJ's inspector, Hotan's officer and
 * finance, Beijing's finance and auditor).
 */
public abstract class CompletionScenarios extends ProjectScenarios {

    protected record Paid(long id, String code) {
    }

    /** A project approved and paid in the given tranches, waiting for its completion report. */
    protected Paid paidProject(Object budget, Object... tranches) {
        JsonNode project = approvedProject(agreement(1_000_000), budget, tranches);
        String code = project.path("code").asText();
        for (int i = 0; i < tranches.length; i++) {
            payTranche(code, tranches[i], i > 0);
        }
        return new Paid(project.path("id").asLong(), code);
    }

    protected void report(Paid p, Object actualSpending) {
        completeOk("xj-ht.officer", "submitCompletionReport", p.code(), Map.of("actualSpending", actualSpending,
                "beneficiaries", 1200, "summary", "职工书屋已建成开放 The worker library is open"));
    }

    protected void inspect(Paid p, String decision, String findings) {
        completeOk("xj.inspector", "inspectCompletion", p.code(), Map.of("decision", decision, "findings", findings));
    }

    protected void rectify(Paid p, String response, Object correctedSpending) {
        Map<String, Object> form = new HashMap<>(Map.of("response", response));
        if (correctedSpending != null) {
            form.put("actualSpending", correctedSpending);
        }
        completeOk("xj-ht.officer", "rectifyCompletion", p.code(), form);
    }

    protected void refund(Paid p, Object amount, String bankReference) {
        completeOk("xj-ht.finance", "recordRefund", p.code(),
                Map.of("amount", amount, "bankReference", bankReference, "refundedOn", "2026-10-08"));
    }

    protected void confirmRefund(Paid p, Object amount) {
        completeOk("bj.finance", "confirmRefund", p.code(), Map.of("amountReceived", amount, "comment", "已收到退款"));
    }

    protected void audit(Paid p, String decision, int score, String findings) {
        Map<String, Object> form = new HashMap<>(Map.of("decision", decision, "performanceScore", score));
        if (findings != null) {
            form.put("findings", findings);
        }
        completeOk("bj.auditor", "auditProject", p.code(), form);
    }

    /** The task as its user sees it: form, data and prefilled values. */
    protected JsonNode task(String username, String taskKey, Paid p) {
        Api.Response shown = as(username).get("/api/tasks/" + taskId(username, taskKey, p.code()));
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        return shown.json();
    }

    protected void assertBalanced(JsonNode trace, String received, String spent, String refunded) {
        assertThat(trace.path("received").decimalValue()).isEqualByComparingTo(received);
        assertThat(trace.path("spent").decimalValue()).isEqualByComparingTo(spent);
        assertThat(trace.path("refunded").decimalValue()).isEqualByComparingTo(refunded);
        assertThat(trace.path("balance").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    protected void assertLedgerVerifies() {
        Api.Response verify = as("acftu.auditor").get("/api/ledger/verify");
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().path("ok").asBoolean()).as(verify.body()).isTrue();
    }

    /** The history's completion steps, each as "taskKey decision: comment" (decision and comment when given). */
    protected List<String> completionHistory(long projectId) {
        List<String> steps = new ArrayList<>();
        for (JsonNode e : project("bj.auditor", projectId).path("history")) {
            String key = e.path("taskKey").asText();
            if (List.of("submitCompletionReport", "inspectCompletion", "rectifyCompletion", "recordRefund",
                    "confirmRefund", "auditProject").contains(key)) {
                String step = key + (e.path("decision").isNull() ? "" : " " + e.path("decision").asText());
                steps.add(e.path("comment").isNull() ? step : step + ": " + e.path("comment").asText());
            }
        }
        return steps;
    }

    protected static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText()));
        return values;
    }

    /** Everything a refused completion step might have touched, as one comparable text. */
    protected String state(long projectId) {
        return "ledger=" + ledgerEntries(projectId)
                + " completion=" + jdbc.sql("SELECT actual_spending, inspection_decision, outcome, rectifications, "
                        + "audit_decision, performance_score FROM completion WHERE project_id = ?").param(projectId)
                        .query().listOfRows()
                + " steps=" + jdbc.sql("SELECT COUNT(*) FROM completion_step WHERE project_id = ?").param(projectId)
                        .query(Long.class).single()
                + " audit=" + jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE subject_type = 'PROJECT' AND subject_id = ?")
                        .param(projectId).query(Long.class).single();
    }
}
