package org.aidflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class AgreementApiTests extends ApiTests {

    @Test
    void takesAnAgreementFromDraftToActiveWithTheRightPeople() {
        JsonNode draft = draftAgreement("BJ", "XJ-HT", 1250000.5);
        long id = draft.path("id").asLong();
        String code = draft.path("code").asText();
        assertThat(draft.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(code).startsWith("AGR-BJ-");
        assertThat(draft.path("intendedAmount").decimalValue()).isEqualByComparingTo("1250000.50");

        completeOk("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE", "comment", "同意"));
        assertThat(status(id)).isEqualTo("SIGNING");
        long copy = uploadPdf("bj.leader", "agreementId", id);
        completeOk("bj.leader", "signAgreementDonor", code, Map.of("signatory", "张𠮷", "signedOn", "2026-03-01", "documentId", copy));
        assertThat(status(id)).isEqualTo("SIGNING");
        long theirs = uploadPdf("xj-ht.leader", "agreementId", id);
        completeOk("xj-ht.leader", "signAgreementRecipient", code, Map.of("signatory", "艾力", "signedOn", "2026-03-02", "documentId", theirs));
        assertThat(status(id)).isEqualTo("ACTIVE");

        JsonNode detail = as("bj.proposer").get("/api/agreements/" + id).json();
        assertThat(detail.path("signatures")).hasSize(2);
        assertThat(detail.path("signatures").findValuesAsText("signatory")).contains("张𠮷", "艾力");
        assertThat(detail.path("documents")).hasSize(2);
        assertThat(detail.path("history").findValuesAsText("action"))
                .containsExactly("SUBMITTED", "TASK_COMPLETED", "STATUS_SIGNING", "TASK_COMPLETED", "TASK_COMPLETED", "STATUS_ACTIVE");
        assertThat(detail.path("history").get(0).path("actor").asText()).isEqualTo("bj.proposer");
        assertThat(detail.path("history").get(1).path("taskKey").asText()).isEqualTo("reviewAgreement");
        assertThat(detail.path("history").get(1).path("actor").asText()).isEqualTo("xj-ht.leader");
        assertThat(detail.path("history").get(1).path("decision").asText()).isEqualTo("APPROVE");
        assertThat(detail.path("history").get(1).path("comment").asText()).isEqualTo("同意");
        // the statuses the process set, for the person whose step set them
        assertThat(detail.path("history").get(2).path("actor").asText()).isEqualTo("xj-ht.leader");
        assertThat(detail.path("history").get(4).path("taskKey").asText()).isEqualTo("signAgreementRecipient");
        assertThat(detail.path("history").get(5).path("actor").asText()).isEqualTo("xj-ht.leader");
        assertThat(detail.path("history").get(5).path("actorName").asText()).isEqualTo("和田地区总工会 负责人");
        assertThat(detail.path("currentTasks")).isEmpty();
        assertThat(detail.path("remainingAmount").decimalValue()).isEqualByComparingTo("1250000.50");
    }

    @Test
    void signsInEitherOrder() {
        JsonNode draft = draftAgreement("TJ", "XJ-HT", 300000);
        long id = draft.path("id").asLong();
        String code = draft.path("code").asText();
        completeOk("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        long theirs = uploadPdf("xj-ht.leader", "agreementId", id);
        completeOk("xj-ht.leader", "signAgreementRecipient", code, Map.of("signatory", "艾力", "signedOn", "2026-03-02", "documentId", theirs));
        assertThat(status("tj.proposer", id)).isEqualTo("SIGNING");
        long ours = uploadPdf("tj.leader", "agreementId", id);
        completeOk("tj.leader", "signAgreementDonor", code, Map.of("signatory", "王五", "signedOn", "2026-03-03", "documentId", ours));
        assertThat(status("tj.proposer", id)).isEqualTo("ACTIVE");
    }

    @Test
    void revisesThenApprovesWithTheRevisedFields() {
        JsonNode draft = draftAgreement("BJ", "BT-14", 800000);
        long id = draft.path("id").asLong();
        String code = draft.path("code").asText();
        Api.Response noComment = complete("bt-14.leader", "reviewAgreement", code, Map.of("decision", "REVISE"));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.errorFields()).containsExactly("comment");
        completeOk("bt-14.leader", "reviewAgreement", code, Map.of("decision", "REVISE", "comment", "请补充预算明细"));

        JsonNode revise = as("bj.proposer").get("/api/tasks/" + taskId("bj.proposer", "reviseAgreement", code)).json();
        assertThat(revise.path("data").path("values").path("title").asText()).isEqualTo("职工书屋建设 Worker libraries");
        assertThat(revise.path("form").path("components").isArray()).isTrue();
        completeOk("bj.proposer", "reviseAgreement", code, Map.of("action", "RESUBMIT", "title", "职工书屋（修订）",
                "focusAreas", List.of("CULTURE"), "intendedAmount", 900000.25, "startDate", "2026-02-01",
                "endDate", "2027-06-30", "description", "补充了预算明细"));
        JsonNode revised = as("bj.proposer").get("/api/agreements/" + id).json();
        assertThat(revised.path("title").asText()).isEqualTo("职工书屋（修订）");
        assertThat(revised.path("intendedAmount").decimalValue()).isEqualByComparingTo("900000.25");
        assertThat(revised.path("status").asText()).isEqualTo("UNDER_REVIEW");

        completeOk("bt-14.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        assertThat(status(id)).isEqualTo("SIGNING");
    }

    @Test
    void rejectsAndWithdraws() {
        JsonNode rejected = draftAgreement("SH", "XJ-KS", 500000);
        completeOk("xj-ks.leader", "reviewAgreement", rejected.path("code").asText(),
                Map.of("decision", "REJECT", "comment", "与规划不符"));
        assertThat(status("sh.proposer", rejected.path("id").asLong())).isEqualTo("REJECTED");

        JsonNode withdrawn = draftAgreement("SH", "BT-3", 500000);
        String code = withdrawn.path("code").asText();
        completeOk("bt-3.leader", "reviewAgreement", code, Map.of("decision", "REVISE", "comment", "请修改"));
        completeOk("sh.proposer", "reviseAgreement", code, Map.of("action", "WITHDRAW", "title", "x",
                "focusAreas", List.of("CULTURE"), "intendedAmount", 1, "startDate", "2026-02-01", "endDate", "2026-03-01"));
        assertThat(status("sh.proposer", withdrawn.path("id").asLong())).isEqualTo("WITHDRAWN");
    }

    @Test
    void hidesBeijingAgreementsFromShanghai() {
        JsonNode draft = draftAgreement("BJ", "XJ-HT", 100000);
        long id = draft.path("id").asLong();
        String code = draft.path("code").asText();
        String task = taskId("xj-ht.leader", "reviewAgreement", code);

        assertThat(as("sh.proposer").get("/api/agreements/" + id).status()).isEqualTo(404);
        assertThat(as("sh.leader").get("/api/agreements?q=" + code).json().path("total").asLong()).isZero();
        assertThat(as("sh.leader").get("/api/tasks?businessKey=" + code).json().path("total").asLong()).isZero();
        assertThat(as("sh.leader").get("/api/tasks/" + task).status()).isEqualTo(404);
        assertThat(as("sh.leader").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status()).isEqualTo(404);
        assertThat(as("sh.leader").post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(404);
        assertThat(as("xj-ks.leader").get("/api/agreements/" + id).status()).isEqualTo(404);
        assertThat(as("sh.leader").upload("x.pdf", "application/pdf", PDF, "agreementId", String.valueOf(id)).status()).isEqualTo(404);

        // the parties, the region above the recipient and the national auditors do see it
        assertThat(as("bj.auditor").get("/api/agreements/" + id).status()).isEqualTo(200);
        assertThat(as("xj.officer").get("/api/agreements/" + id).status()).isEqualTo(200);
        assertThat(as("acftu.auditor").get("/api/agreements/" + id).status()).isEqualTo(200);
        assertThat(as("bj.proposer").get("/api/agreements?q=" + code).json().path("total").asLong()).isEqualTo(1);
        assertThat(as("admin").get("/api/agreements/" + id).status()).isEqualTo(404);
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void keepsTheDonorProposerOutOfTheRecipientsReview() {
        JsonNode draft = draftAgreement("BJ", "XJ-HT", 100000);
        String task = taskId("xj-ht.leader", "reviewAgreement", draft.path("code").asText());
        assertThat(as("bj.proposer").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status())
                .isEqualTo(404);
        assertThat(as("xj-ht.officer").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status())
                .isEqualTo(404);
        assertThat(status(draft.path("id").asLong())).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void letsOneLeaderClaimAndTellsOthersItIsTaken() {
        JsonNode draft = draftAgreement("BJ", "XJ-HT", 100000);
        String code = draft.path("code").asText();
        String task = taskId("xj-ht.leader", "reviewAgreement", code);
        assertThat(as("xj-ht.leader").post("/api/tasks/" + task + "/claim", Map.of()).status()).isEqualTo(204);
        JsonNode listed = as("xj-ht.leader").get("/api/tasks?businessKey=" + code).json().path("items").get(0);
        assertThat(listed.path("assignee").asText()).isEqualTo("xj-ht.leader");
        assertThat(listed.path("agreementId").asLong()).isEqualTo(draft.path("id").asLong());
        assertThat(listed.path("due").asText()).isNotEmpty();
        assertThat(listed.path("overdue").asBoolean()).isFalse();

        completeOk("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        Api.Response again = as("xj-ht.leader").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void refusesAgreementsFromAnyoneButADonorProposer() {
        assertThat(as("bj.leader").post("/api/agreements", agreementDraft("XJ-HT", 1000)).status()).isEqualTo(403);
        assertThat(as("xj-ht.officer").post("/api/agreements", agreementDraft("XJ-HT", 1000)).status()).isEqualTo(403);
        assertThat(as("acftu.auditor").post("/api/agreements", agreementDraft("XJ-HT", 1000)).status()).isEqualTo(403);
        assertThat(as("admin").post("/api/agreements", agreementDraft("XJ-HT", 1000)).status()).isEqualTo(403);
    }

    @Test
    void acceptsARegionPairedThroughItsPrefectures() {
        // Beijing is paired with XJ-HT (a prefecture of XJ) and BT-14 (a division of BT)
        assertThat(draftAgreement("BJ", "XJ", 100000).path("recipientUnion").asText()).isEqualTo("XJ");
        assertThat(draftAgreement("BJ", "BT", 100000).path("recipientUnion").asText()).isEqualTo("BT");
    }

    private String status(long id) {
        return status("bj.proposer", id);
    }

    private String status(String username, long id) {
        return as(username).get("/api/agreements/" + id).json().path("status").asText();
    }
}
