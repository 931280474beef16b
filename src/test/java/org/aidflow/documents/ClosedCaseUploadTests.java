package org.aidflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.aidflow.Api;
import org.aidflow.completion.CompletionScenarios;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An agreement or project that has reached a final status (agreement REJECTED or WITHDRAWN; project
 * CLOSED, FAILED, REJECTED or WITHDRAWN) takes no more documents: 409 with a message that says so, and
 * nothing stored. While it runs, its parties upload as before. Beijing's cases in Hotan.
 */
class ClosedCaseUploadTests extends CompletionScenarios {

    @Test
    void refusesDocumentsForWithdrawnAndRejectedAgreements() {
        JsonNode withdrawn = draftAgreement("BJ", "XJ-HT", 110000);
        long withdrawnId = withdrawn.path("id").asLong();
        assertThat(uploadTo("bj.proposer", "agreementId", withdrawnId).status()).as("open: accepted").isEqualTo(201);
        Api.Response withdrawal = as("bj.proposer").post("/api/agreements/" + withdrawnId + "/withdraw", Map.of());
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(204);

        JsonNode rejected = draftAgreement("BJ", "XJ-HT", 120000);
        completeOk("xj-ht.leader", "reviewAgreement", rejected.path("code").asText(),
                Map.of("decision", "REJECT", "comment", "与年度计划不符"));
        long rejectedId = rejected.path("id").asLong();

        for (long id : new long[] {withdrawnId, rejectedId}) {
            long before = documents("agreement_id", id);
            for (String user : new String[] {"bj.proposer", "bj.leader", "xj-ht.leader"}) {
                Api.Response refused = uploadTo(user, "agreementId", id);
                assertThat(refused.status()).as("%s on agreement %s: %s", user, id, refused.body()).isEqualTo(409);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.json().path("detail").asText()).contains("rejected or withdrawn", "no more documents");
            }
            assertThat(as("bj.proposer").inLanguage("zh").upload("signed.pdf", "application/pdf", PDF, "agreementId",
                    String.valueOf(id)).json().path("detail").asText()).contains("不再接受上传文件");
            assertThat(uploadTo("sh.proposer", "agreementId", id).status()).as("still hidden from others").isEqualTo(404);
            assertThat(documents("agreement_id", id)).isEqualTo(before);
        }
    }

    @Test
    void refusesDocumentsForWithdrawnAndRejectedProjects() {
        long agreement = agreement(1_000_000);
        JsonNode withdrawn = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 10000, 10000));
        long withdrawnId = withdrawn.path("id").asLong();
        assertThat(uploadTo("xj-ht.officer", "projectId", withdrawnId).status()).as("open: accepted").isEqualTo(201);
        Api.Response withdrawal = as("bj.proposer").post("/api/projects/" + withdrawnId + "/withdraw", Map.of());
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(204);

        JsonNode rejected = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 10000, 10000));
        completeOk("bj.leader", "approveProposalDonor", rejected.path("code").asText(),
                Map.of("decision", "REJECT", "comment", "预算不合理"));

        assertRefused(withdrawnId, "WITHDRAWN");
        assertRefused(rejected.path("id").asLong(), "REJECTED");
    }

    @Test
    void refusesDocumentsForClosedAndFailedProjectsAndTakesThemWhileTheyRun() {
        Paid closed = paidProject(10000, 10000);
        report(closed, 10000);
        assertThat(uploadTo("xj-ht.officer", "projectId", closed.id()).status()).as("under review: accepted").isEqualTo(201);
        inspect(closed, "PASS", "合格");
        audit(closed, "APPROVE", 90, null);
        assertRefused(closed.id(), "CLOSED");

        Paid failed = paidProject(10000, 10000);
        report(failed, 6000);
        inspect(failed, "FAIL", "主体工程未完工");
        refund(failed, 4000, bankReference());
        assertThat(uploadTo("bj.finance", "projectId", failed.id()).status()).as("refund still open: accepted")
                .isEqualTo(201);
        confirmRefund(failed, 4000);
        assertRefused(failed.id(), "FAILED");
    }

    private void assertRefused(long projectId, String status) {
        assertThat(project("bj.proposer", projectId).path("status").asText()).isEqualTo(status);
        long before = documents("project_id", projectId);
        for (String user : new String[] {"bj.proposer", "bj.finance", "xj-ht.officer", "xj.leader"}) {
            Api.Response refused = uploadTo(user, "projectId", projectId);
            assertThat(refused.status()).as("%s on %s project: %s", user, status, refused.body()).isEqualTo(409);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asText()).contains("has ended", "no more documents");
        }
        assertThat(as("xj-ht.officer").inLanguage("zh").upload("report.pdf", "application/pdf", PDF, "projectId",
                String.valueOf(projectId)).json().path("detail").asText()).contains("不再接受上传文件");
        assertThat(uploadTo("sh.proposer", "projectId", projectId).status()).as("still hidden from others").isEqualTo(404);
        assertThat(documents("project_id", projectId)).isEqualTo(before);
    }

    private Api.Response uploadTo(String user, String subjectField, long id) {
        return as(user).upload("signed.pdf", "application/pdf", PDF, subjectField, String.valueOf(id));
    }

    private long documents(String column, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM document WHERE " + column + " = ?").param(id).query(Long.class).single();
    }
}
