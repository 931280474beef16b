package org.aidflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.completion.CompletionScenarios;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Auditors read everything and change nothing (processes.md): every write an auditor can reach on
 * someone else's agreement, project or task is refused, and nothing is written. Hubei's agreements in
 * Bortala (no other test uses that pairing); hb.auditor sees them as their donor's auditor,
 * acftu.auditor as the national one. What the processes offer an auditor's own group (the audit of a
 * project) stays theirs to do.
 */
class AuditorsChangeNothingTests extends CompletionScenarios {

    static final List<String> AUDITORS = List.of("hb.auditor", "acftu.auditor");

    @Autowired
    TaskService engineTasks;

    @Test
    void refusesEveryWriteOfAnAuditorOnAnotherUnionsTaskAndWritesNothing() {
        JsonNode agreement = draftAgreement("HB", "XJ-BO", 300000);
        long id = agreement.path("id").asLong();
        String code = agreement.path("code").asText();
        String task = taskId("xj-bo.leader", "reviewAgreement", code);
        String before = state(id, task);

        for (String auditor : AUDITORS) {
            Api api = as(auditor);
            assertThat(api.get("/api/agreements/" + id).status()).as("%s reads the agreement", auditor).isEqualTo(200);
            assertThat(api.get("/api/tasks/" + task + "/comments").status()).as("%s reads the remarks", auditor).isEqualTo(200);

            Api.Response remind = api.post("/api/tasks/" + task + "/remind", Map.of("comment", "请尽快审查"));
            assertThat(remind.status()).as("%s reminds: %s", auditor, remind.body()).isEqualTo(403);
            assertThat(remind.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.postRaw("/api/tasks/" + task + "/remind", "application/json", "").status()).as(auditor)
                    .isEqualTo(403);
            assertThat(api.post("/api/tasks/" + task + "/comments", Map.of("text", "审计意见")).status()).as(auditor)
                    .isEqualTo(403);
            assertThat(api.post("/api/tasks/" + task + "/delegate", Map.of("to", "xj-bo.leader")).status()).as(auditor)
                    .isEqualTo(403);
            assertThat(api.get("/api/tasks/" + task + "/delegates").status()).as(auditor).isEqualTo(403);
            // claim and complete keep their contract: a task not offered to the caller is not theirs to see (404)
            assertThat(api.post("/api/tasks/" + task + "/claim", Map.of()).status()).as(auditor).isEqualTo(404);
            assertThat(api.post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status()).as(auditor)
                    .isEqualTo(404);
            assertThat(api.upload("audit.pdf", "application/pdf", PDF, "agreementId", String.valueOf(id)).status())
                    .as(auditor).isEqualTo(403);
            assertThat(api.post("/api/agreements/" + id + "/withdraw", Map.of()).status()).as(auditor).isEqualTo(403);
            assertThat(api.post("/api/agreements", agreementDraft("XJ-BO", 1000)).status()).as(auditor).isEqualTo(403);
        }

        assertThat(state(id, task)).isEqualTo(before);
        JsonNode detail = as("hb.proposer").get("/api/agreements/" + id).json();
        assertThat(detail.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(detail.path("currentTasks").get(0).path("assignee").isNull()).isTrue();
    }

    @Test
    void refusesAnAuditorsReminderOnceTheTaskIsClaimedToo() {
        JsonNode agreement = draftAgreement("HB", "XJ-BO", 310000);
        String task = taskId("xj-bo.leader", "reviewAgreement", agreement.path("code").asText());
        assertThat(as("xj-bo.leader").post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(204);
        String before = state(agreement.path("id").asLong(), task);

        for (String auditor : AUDITORS) {
            assertThat(as(auditor).post("/api/tasks/" + task + "/remind", Map.of()).status()).as(auditor).isEqualTo(403);
        }
        assertThat(state(agreement.path("id").asLong(), task)).isEqualTo(before);
        // the donor's own people, who wait on the review, still may
        assertThat(as("hb.proposer").post("/api/tasks/" + task + "/remind", Map.of()).status()).isEqualTo(204);
    }

    @Test
    void letsNoAuditorActOnAnotherRolesTaskEvenWhenItIsAssignedToThem() {
        JsonNode agreement = draftAgreement("HB", "XJ-BO", 330000);
        String task = taskId("xj-bo.leader", "reviewAgreement", agreement.path("code").asText());
        // outside the API (Cockpit, say) the review lands with Hubei's auditor, whose group it is not offered to
        engineTasks.setAssignee(task, "hb.auditor");
        String before = state(agreement.path("id").asLong(), task);

        Api auditor = as("hb.auditor");
        assertThat(auditor.post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status()).isEqualTo(404);
        assertThat(auditor.post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(404);
        assertThat(auditor.post("/api/tasks/" + task + "/comments", Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(auditor.post("/api/tasks/" + task + "/delegate", Map.of("to", "xj-bo.leader")).status()).isEqualTo(403);
        assertThat(state(agreement.path("id").asLong(), task)).isEqualTo(before);
        assertThat(as("hb.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json().path("status").asText())
                .isEqualTo("UNDER_REVIEW");
    }

    @Test
    void keepsTheAuditOfAProjectWithItsAuditorAndEverythingElseAway() {
        Paid p = paidProject(10000, 10000);
        report(p, 10000);
        inspect(p, "PASS", "合格");
        String task = taskId("bj.auditor", "auditProject", p.code());
        String projectState = state(p.id());

        Api national = as("acftu.auditor");
        assertThat(national.post("/api/tasks/" + task + "/remind", Map.of()).status()).isEqualTo(403);
        assertThat(national.post("/api/tasks/" + task + "/comments", Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(national.post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(404);
        for (String auditor : List.of("bj.auditor", "acftu.auditor")) {
            assertThat(as(auditor).upload("audit.pdf", "application/pdf", PDF, "projectId", String.valueOf(p.id())).status())
                    .as(auditor).isEqualTo(403);
            assertThat(as(auditor).post("/api/projects/" + p.id() + "/withdraw", Map.of()).status()).as(auditor)
                    .isEqualTo(403);
        }
        assertThat(as("bj.auditor").post("/api/projects", projectDraft(agreement(10000), RECIPIENT, "CADRE_TRAINING",
                10000, 10000)).status()).isEqualTo(403);
        assertThat(state(p.id())).isEqualTo(projectState);

        // the audit is offered to Beijing's auditors: claiming it, remarking on it and completing it is their job
        assertThat(as("bj.auditor").post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(204);
        Api.Response remark = as("bj.auditor").post("/api/tasks/" + task + "/comments", Map.of("text", "核对凭证"));
        assertThat(remark.status()).as(remark.body()).isEqualTo(201);
        assertThat(as("bj.auditor").post("/api/tasks/" + task + "/remind", Map.of()).status())
                .as("the holder reminds nobody").isEqualTo(403);
        audit(p, "APPROVE", 90, null);
        assertThat(project("bj.proposer", p.id()).path("status").asText()).isEqualTo("CLOSED");

        for (String auditor : List.of("bj.auditor", "acftu.auditor")) {
            Api.Response verify = as(auditor).get("/api/ledger/verify");
            assertThat(verify.status()).as(auditor).isEqualTo(200);
            assertThat(verify.json().path("ok").asBoolean()).as(verify.body()).isTrue();
            assertThat(as(auditor).get("/api/ledger/verifications").status()).as(auditor).isEqualTo(200);
            // marking one's own notices read changes only one's own inbox, not the business
            assertThat(as(auditor).post("/api/notifications/read-all", Map.of()).status()).as(auditor).isEqualTo(204);
        }
    }

    /** Everything a refused write might have touched, as one comparable text. */
    private String state(long agreementId, String taskId) {
        return "notifications=" + count("SELECT COUNT(*) FROM notification WHERE task_id = ?", taskId)
                + " audit=" + count("SELECT COUNT(*) FROM audit_record WHERE subject_type = 'AGREEMENT' AND subject_id = ?",
                        agreementId)
                + " documents=" + count("SELECT COUNT(*) FROM document WHERE agreement_id = ?", agreementId)
                + " agreements=" + count("SELECT COUNT(*) FROM agreement WHERE donor_code = ?", "HB")
                + " comments=" + count("SELECT COUNT(*) FROM ACT_HI_COMMENT WHERE TASK_ID_ = ?", taskId)
                + " assignee=" + jdbc.sql("SELECT ASSIGNEE_ FROM ACT_RU_TASK WHERE ID_ = ?").param(taskId)
                        .query(String.class).optional().orElse("-");
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
