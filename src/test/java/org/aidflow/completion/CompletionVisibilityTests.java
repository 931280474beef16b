package org.aidflow.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.junit.jupiter.api.Test;

/** Completion tasks reach only the groups the process names; other unions learn nothing of them. */
class CompletionVisibilityTests extends CompletionScenarios {

    private static final List<String> SHANGHAI = List.of("sh.proposer", "sh.leader", "sh.finance", "sh.auditor");

    @Test
    void keepsTheRecipientsCompletionTasksFromTheDonorsProposer() {
        Paid p = paidProject(10000, 10000);
        String reportTask = taskId("xj-ht.officer", "submitCompletionReport", p.code());
        assertHidden("bj.proposer", reportTask);
        assertHidden("xj-ht.finance", reportTask);
        Map<String, Object> report = Map.of("actualSpending", 9000, "beneficiaries", 10, "summary", "x");
        assertThat(as("bj.proposer").post("/api/tasks/" + reportTask + "/complete", report).status()).isEqualTo(404);
        assertThat(as("bj.proposer").post("/api/tasks/" + reportTask + "/claim", Map.of()).status()).isEqualTo(404);
        assertThat(ledgerEntries(p.id())).isEqualTo(3);

        report(p, 9000);
        String inspectTask = taskId("xj.inspector", "inspectCompletion", p.code());
        for (String user : List.of("bj.proposer", "xj-ht.officer", "bj.auditor")) {
            assertHidden(user, inspectTask);
            assertThat(as(user).post("/api/tasks/" + inspectTask + "/complete",
                    Map.of("decision", "PASS", "findings", "x")).status()).as(user).isEqualTo(404);
        }
        inspect(p, "PASS", "合格");
        String refundTask = taskId("xj-ht.finance", "recordRefund", p.code());
        for (String user : List.of("bj.proposer", "bj.finance", "xj-ht.officer")) {
            assertThat(as(user).post("/api/tasks/" + refundTask + "/complete", Map.of("amount", 1000,
                    "bankReference", bankReference(), "refundedOn", "2026-10-08")).status()).as(user).isEqualTo(404);
        }
        assertThat(ledgerEntries(p.id())).isEqualTo(4);
    }

    @Test
    void showsShanghaiNothingOfABeijingProjectsCompletion() {
        Paid p = paidProject(10000, 10000);
        report(p, 8000);
        inspect(p, "PASS", "合格");
        refund(p, 2000, bankReference());
        String confirmTask = taskId("bj.finance", "confirmRefund", p.code());
        for (String user : SHANGHAI) {
            assertHidden(user, confirmTask);
            assertThat(as(user).post("/api/tasks/" + confirmTask + "/complete", Map.of("amountReceived", 2000)).status())
                    .as(user).isEqualTo(404);
            assertThat(as(user).get("/api/tasks?businessKey=" + p.code()).json().path("total").asLong()).as(user).isZero();
            assertThat(as(user).get("/api/projects/" + p.id()).status()).as(user).isEqualTo(404);
            assertThat(as(user).get("/api/projects/" + p.id() + "/trace").status()).as(user).isEqualTo(404);
        }
        confirmRefund(p, 2000);
        String auditTask = taskId("bj.auditor", "auditProject", p.code());
        for (String user : SHANGHAI) {
            assertHidden(user, auditTask);
            assertThat(as(user).post("/api/tasks/" + auditTask + "/complete",
                    Map.of("decision", "APPROVE", "performanceScore", 90)).status()).as(user).isEqualTo(404);
        }
        assertHidden("acftu.auditor", auditTask);
        audit(p, "APPROVE", 90, null);
        assertThat(project("bj.proposer", p.id()).path("status").asText()).isEqualTo("CLOSED");
    }

    private void assertHidden(String user, String taskId) {
        Api.Response shown = as(user).get("/api/tasks/" + taskId);
        assertThat(shown.status()).as(user).isEqualTo(404);
        assertThat(shown.body()).doesNotContain("project");
    }
}
