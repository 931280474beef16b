package org.aidflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.directory.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 13 through the API as real users: 会签 of the region from 5,000,000, 加签/减签, 退回 to a step already passed
 * (with and without coming straight back), and 委派, each with who may not and the state conflicts.
 */
class ApprovalActionsTests extends ProjectScenarios {

    @Autowired
    People people;

    @BeforeEach
    void addSecondLeaders() {
        people.ensure("bj.leader2", "北京市总工会 副主席", "BJ", List.of("leader"), "demo");
        people.ensure("xj.leader2", "新疆维吾尔自治区总工会 副主席", "XJ", List.of("leader"), "demo");
    }

    @Test
    void asksRegionLeaderAndFinanceBothFrom5000000AndKeepsEachDecision() {
        JsonNode project = submit(projectDraft(agreement(9_000_000), RECIPIENT, "WORKERS_CULTURAL_PALACE", 6000000, 6000000));
        String code = project.path("code").asText();
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE"));

        completeOk("xj.leader", "approveProposalRegion", code, Map.of("decision", "APPROVE", "comment", "同意"));
        assertThat(noTask("acftu.officer", "fileProposalNational", code)).isTrue();
        completeOk("xj.finance", "approveProposalRegion", code, Map.of("decision", "APPROVE", "comment", "资金安排可行"));
        assertThat(noTask("acftu.officer", "fileProposalNational", code)).isFalse();

        JsonNode history = project("bj.proposer", project.path("id").asLong()).path("history");
        List<String> regionSigners = new ArrayList<>();
        history.forEach(h -> {
            if ("approveProposalRegion".equals(h.path("taskKey").asText()) && "TASK_COMPLETED".equals(h.path("action").asText())) {
                regionSigners.add(h.path("actor").asText() + ":" + h.path("decision").asText());
            }
        });
        assertThat(regionSigners).containsExactlyInAnyOrder("xj.leader:APPROVE", "xj.finance:APPROVE");
    }

    @Test
    void endsTheCountersignWithOneRevision() {
        String code = atRegion(6000000);
        String leaderTask = taskId("xj.leader", "approveProposalRegion", code);

        completeOk("xj.finance", "approveProposalRegion", code, Map.of("decision", "REVISE", "comment", "请补充资金测算"));

        assertThat(noTask("bj.proposer", "reviseProposal", code)).isFalse();
        assertThat(as("xj.leader").post("/api/tasks/" + leaderTask + "/complete", Map.of("decision", "APPROVE")).status())
                .isEqualTo(409);
    }

    @Test
    void passesTheTaskToASignerAddedAfterTheHolderWhenTheyApprove() {
        String code = submitted(300000);
        String task = taskId("bj.leader", "approveProposalDonor", code);
        String signers = "/api/tasks/" + task + "/signers";

        Api.Response added = as("bj.leader").post(signers, Map.of("username", "bj.leader2", "position", "AFTER", "comment", "请一并审核"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("state").asText()).isEqualTo("WAITING");
        assertThat(as("bj.leader").post(signers, Map.of("username", "bj.leader2", "position", "AFTER")).status()).isEqualTo(409);

        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        assertThat(noTask("xj-ht.officer", "reviewProposalRecipient", code)).isTrue();
        assertThat(as("bj.leader2").get("/api/tasks/" + task).json().path("assignee").asText()).isEqualTo("bj.leader2");
        assertThat(as("bj.leader").delete(signers + "/bj.leader2").status()).isEqualTo(204); // not acted yet: back to bj.leader
        assertThat(as("bj.leader").post(signers, Map.of("username", "bj.leader2", "position", "AFTER")).status()).isEqualTo(201);
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        completeOk("bj.leader2", "approveProposalDonor", code, Map.of("decision", "APPROVE", "comment", "同意"));

        assertThat(noTask("xj-ht.officer", "reviewProposalRecipient", code)).isFalse();
        assertThat(as("bj.leader").delete(signers + "/bj.leader2").status()).isEqualTo(409);
        assertThat(actions(code)).contains("SIGNER_ADDED", "SIGNER_DECIDED", "SIGNER_REMOVED");
    }

    @Test
    void asksASignerAddedBeforeTheHolderFirstAndBringsTheTaskBack() {
        String code = submitted(310000);
        String task = taskId("bj.leader", "approveProposalDonor", code);

        assertThat(as("bj.leader").post("/api/tasks/" + task + "/signers",
                Map.of("username", "bj.leader2", "position", "BEFORE")).status()).isEqualTo(201);
        assertThat(as("bj.leader").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status()).isEqualTo(409);
        completeOk("bj.leader2", "approveProposalDonor", code, Map.of("decision", "REVISE", "comment", "建议压缩预算"));

        JsonNode back = as("bj.leader").get("/api/tasks/" + task).json();
        assertThat(back.path("assignee").asText()).isEqualTo("bj.leader");
        assertThat(noTask("bj.proposer", "reviseProposal", code)).isTrue();
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        assertThat(noTask("xj-ht.officer", "reviewProposalRecipient", code)).isFalse();
    }

    @Test
    void addsASignerBesideTheRegionSignersAndFromTheUnionAbove() {
        String code = submitted(6000000);
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        String review = taskId("xj-ht.officer", "reviewProposalRecipient", code);
        // the union above the prefecture: the region's leader signs after the prefecture's officer
        assertThat(as("xj-ht.officer").post("/api/tasks/" + review + "/signers",
                Map.of("username", "xj.leader", "position", "AFTER")).status()).isEqualTo(201);
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE"));
        completeOk("xj.leader", "reviewProposalRecipient", code, Map.of("decision", "APPROVE"));

        String leaderTask = taskId("xj.leader", "approveProposalRegion", code);
        Api.Response beside = as("xj.leader").post("/api/tasks/" + leaderTask + "/signers",
                Map.of("username", "xj.leader2", "position", "WITH"));
        assertThat(beside.status()).as(beside.body()).isEqualTo(201);
        completeOk("xj.leader", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
        completeOk("xj.finance", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
        assertThat(noTask("acftu.officer", "fileProposalNational", code)).isTrue();
        completeOk("xj.leader2", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
        assertThat(noTask("acftu.officer", "fileProposalNational", code)).isFalse();
    }

    @Test
    void removesASignerBesideWhoHasNotActed() {
        String code = atRegion(6100000);
        String leaderTask = taskId("xj.leader", "approveProposalRegion", code);
        assertThat(as("xj.leader").post("/api/tasks/" + leaderTask + "/signers",
                Map.of("username", "xj.leader2", "position", "WITH")).status()).isEqualTo(201);
        assertThat(as("xj.finance").delete("/api/tasks/" + leaderTask + "/signers/xj.leader2").status()).isEqualTo(403);
        assertThat(as("sh.leader").delete("/api/tasks/" + leaderTask + "/signers/xj.leader2").status()).isEqualTo(404);
        assertThat(as("xj.leader2").delete("/api/tasks/" + leaderTask + "/signers/xj.leader2").status()).isEqualTo(403);

        assertThat(as("xj.leader").delete("/api/tasks/" + leaderTask + "/signers/xj.leader2").status()).isEqualTo(204);

        // xj.leader2 still sees the leaders' instance, no longer one of their own
        assertThat(as("xj.leader2").get("/api/tasks?taskKey=approveProposalRegion&businessKey=" + code).json().path("total")
                .asLong()).isEqualTo(1);
        completeOk("xj.leader", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
        completeOk("xj.finance", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
        assertThat(noTask("acftu.officer", "fileProposalNational", code)).isFalse();
    }

    @Test
    void refusesSignersFromOthersAndOfOthers() {
        String code = submitted(320000);
        String task = taskId("bj.leader", "approveProposalDonor", code);
        String signers = "/api/tasks/" + task + "/signers";
        Map<String, Object> body = Map.of("username", "bj.leader2", "position", "AFTER");

        assertThat(as("bj.proposer").post(signers, body).status()).isEqualTo(403);
        assertThat(as("sh.leader").post(signers, body).status()).isEqualTo(404);
        assertThat(as("sh.leader").get(signers).status()).isEqualTo(404);
        assertThat(as("bj.leader").post("/api/tasks/no-such-task/signers", body).status()).isEqualTo(404);
        assertThat(anonymous().get(signers).status()).isEqualTo(401);
        assertThat(as("bj.leader").post(signers, Map.of("username", "sh.leader", "position", "AFTER")).errorFields())
                .containsExactly("username");
        assertThat(as("bj.leader").post(signers, Map.of("username", "nobody.here", "position", "AFTER")).status()).isEqualTo(400);
        assertThat(as("bj.leader").post(signers, Map.of("username", "bj.auditor", "position", "AFTER")).status()).isEqualTo(400);
        assertThat(as("bj.leader").post(signers, Map.of("username", "bj.leader", "position", "AFTER")).status()).isEqualTo(400);
        assertThat(as("bj.leader").post(signers, Map.of("username", "bj.leader2", "position", "SOMEWHERE")).errorFields())
                .containsExactly("position");
        assertThat(as("bj.leader").post(signers, Map.of("username", "bj.leader2", "position", "WITH")).status()).isEqualTo(409);
        assertThat(as("bj.leader").delete(signers + "/bj.leader2").status()).isEqualTo(404);
        assertThat(as("bj.leader").get(signers).json().path("items").size()).isZero();
    }

    @Test
    void returnsTheFilingToTheRecipientAndComesStraightBack() {
        String code = atRegion(6200000);
        completeOk("xj.leader", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
        completeOk("xj.finance", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
        String filing = taskId("acftu.officer", "fileProposalNational", code);

        JsonNode targets = as("acftu.officer").get("/api/tasks/" + filing + "/return-targets").json().path("items");
        assertThat(targets.findValuesAsText("target"))
                .containsExactly("approveProposalDonor", "reviewProposalRecipient", "approveProposalRegion");
        assertThat(as("bj.proposer").get("/api/tasks/" + filing + "/return-targets").status()).isEqualTo(403);
        assertThat(as("sh.leader").get("/api/tasks/" + filing + "/return-targets").status()).isEqualTo(404);
        String back = "/api/tasks/" + filing + "/return";
        assertThat(as("acftu.officer").post(back, Map.of("target", "reviseProposal", "comment", "x")).errorFields())
                .containsExactly("target");
        assertThat(as("acftu.officer").post(back, Map.of("target", "reviewProposalRecipient")).errorFields())
                .containsExactly("comment");
        assertThat(as("bj.proposer").post(back, Map.of("target", "reviewProposalRecipient", "comment", "x")).status())
                .isEqualTo(403);

        Api.Response returned = as("acftu.officer").post(back, Map.of("target", "reviewProposalRecipient",
                "comment", "请受援方补充职工需求调查", "resumeHere", true));
        assertThat(returned.status()).as(returned.body()).isEqualTo(204);
        assertThat(as("acftu.officer").post("/api/tasks/" + filing + "/complete", Map.of("decision", "ACKNOWLEDGE")).status())
                .isEqualTo(409);
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE", "comment", "已补充"));

        // straight back to the national filing, without the region signing again
        assertThat(noTask("xj.leader", "approveProposalRegion", code)).isTrue();
        assertThat(noTask("acftu.officer", "fileProposalNational", code)).isFalse();
        assertThat(actions(code)).contains("TASK_RETURNED", "TASK_RESUMED");
    }

    @Test
    void returnsTheRecipientReviewToTheDonorWhoWalksEveryStepAgain() {
        String code = submitted(330000);
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        String review = taskId("xj-ht.officer", "reviewProposalRecipient", code);

        assertThat(as("xj-ht.officer").post("/api/tasks/" + review + "/return",
                Map.of("target", "approveProposalDonor", "comment", "请援方再确认选址")).status()).isEqualTo(204);
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));

        assertThat(noTask("xj-ht.officer", "reviewProposalRecipient", code)).isFalse();
    }

    @Test
    void returnsASigningToTheReviewButNotStraightBackIntoOneOfTwoParallelSignings() {
        String code = draftAgreement("BJ", "XJ-HT", 300000).path("code").asText();
        completeOk("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        String signing = taskId("bj.leader", "signAgreementDonor", code);

        assertThat(as("bj.leader").get("/api/tasks/" + signing + "/return-targets").json().path("items").findValuesAsText("target"))
                .containsExactly("reviewAgreement");
        assertThat(as("bj.leader").post("/api/tasks/" + signing + "/return",
                Map.of("target", "reviewAgreement", "comment", "请重新审查", "resumeHere", true)).status()).isEqualTo(409);
        assertThat(as("bj.leader").post("/api/tasks/" + signing + "/return",
                Map.of("target", "reviewAgreement", "comment", "请重新审查")).status()).isEqualTo(204);

        assertThat(noTask("xj-ht.leader", "signAgreementRecipient", code)).isTrue();
        completeOk("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        assertThat(noTask("bj.leader", "signAgreementDonor", code)).isFalse();
        assertThat(noTask("xj-ht.leader", "signAgreementRecipient", code)).isFalse();
    }

    @Test
    void returnsATransferToItsApprovalBeforeAnyMoneyMoved() {
        JsonNode project = approvedProject(agreement(2_000_000), 100000, 100000);
        String code = project.path("code").asText();
        requestTranche(code, 100000, false);
        completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));
        String transfer = taskId("bj.finance", "recordTransfer", code);

        assertThat(as("bj.finance").post("/api/tasks/" + transfer + "/return",
                Map.of("target", "approveTranche", "comment", "请重新确认金额", "resumeHere", true)).status()).isEqualTo(204);
        completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));

        // straight back to the finance department, and the transfer is recorded once
        transfer(code, 100000, bankReference());
        receive(code, 100000);
        assertThat(trace("bj.proposer", project.path("id").asLong()).path("transferred").decimalValue())
                .isEqualByComparingTo("100000.00");
    }

    @Test
    void refusesAReturnPastTheFunding() {
        JsonNode project = approvedProject(agreement(2_000_000), 100000, 100000);
        String code = project.path("code").asText();
        requestTranche(code, 100000, false);
        completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));
        transfer(code, 100000, bankReference());
        String receipt = taskId("xj-ht.finance", "confirmReceipt", code);
        long entries = ledgerEntries(project.path("id").asLong());

        JsonNode targets = as("xj-ht.finance").get("/api/tasks/" + receipt + "/return-targets").json().path("items");
        assertThat(targets.findValuesAsText("target")).containsExactly("requestTranche", "approveTranche", "recordTransfer");
        assertThat(targets.findValuesAsText("funded")).containsOnly("true");
        Api.Response refused = as("xj-ht.finance").post("/api/tasks/" + receipt + "/return",
                Map.of("target", "approveTranche", "comment", "重新审批"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(ledgerEntries(project.path("id").asLong())).isEqualTo(entries);
        assertThat(noTask("xj-ht.finance", "confirmReceipt", code)).isFalse();
    }

    @Test
    void entrustsATaskToAColleagueWhoFillsItAndHandsItBack() {
        String code = submitted(340000);
        String task = taskId("bj.leader", "approveProposalDonor", code);
        String delegation = "/api/tasks/" + task + "/delegation";

        assertThat(as("bj.proposer").post(delegation, Map.of("username", "bj.leader2")).status()).isEqualTo(403);
        assertThat(as("sh.leader").post(delegation, Map.of("username", "bj.leader2")).status()).isEqualTo(404);
        assertThat(as("bj.leader").post(delegation, Map.of("username", "xj.leader")).errorFields()).containsExactly("username");
        assertThat(as("bj.leader").post(delegation, Map.of("username", "bj.leader2", "comment", "请先审阅")).status())
                .isEqualTo(204);
        assertThat(as("bj.leader").post(delegation, Map.of("username", "bj.finance")).status()).isEqualTo(409);
        assertThat(as("bj.leader").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status()).isEqualTo(409);

        JsonNode inbox = as("bj.leader2").get("/api/tasks?taskKey=approveProposalDonor&businessKey=" + code).json();
        assertThat(inbox.path("items").get(0).path("assignee").asText()).isEqualTo("bj.leader2");
        completeOk("bj.leader2", "approveProposalDonor", code, Map.of("decision", "APPROVE", "comment", "经审阅，可以批准"));

        JsonNode back = as("bj.leader").get("/api/tasks/" + task).json();
        assertThat(back.path("assignee").asText()).isEqualTo("bj.leader");
        assertThat(back.path("data").path("values").path("comment").asText()).isEqualTo("经审阅，可以批准");
        assertThat(back.path("data").path("draftedBy").asText()).isEqualTo("bj.leader2");
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE", "comment", "同意"));
        assertThat(noTask("xj-ht.officer", "reviewProposalRecipient", code)).isFalse();
        assertThat(actions(code)).contains("TASK_ENTRUSTED", "TASK_RESOLVED");
    }

    @Test
    void comesStraightBackAfterARevisionOnlyWhileItsRouteStaysTheSame() {
        long agreementId = agreement(20_000_000);
        String kept = revisedAfterAReturnFromTheRegion(agreementId, 1_200_000);
        // the same route (one region leader, no national filing): straight back to the region
        assertThat(noTask("bj.leader", "approveProposalDonor", kept)).isTrue();
        assertThat(noTask("xj.leader", "approveProposalRegion", kept)).isFalse();
        assertThat(actions(kept)).contains("TASK_RESUMED").doesNotContain("TASK_RESUME_DROPPED");

        String raised = revisedAfterAReturnFromTheRegion(agreementId, 6_200_000);
        // 6,200,000 routes to 会签 of the region and national filing: the case walks that route from the start
        assertThat(noTask("xj.leader", "approveProposalRegion", raised)).isTrue();
        assertThat(noTask("bj.leader", "approveProposalDonor", raised)).isFalse();
        assertThat(actions(raised)).contains("TASK_RESUME_DROPPED").doesNotContain("TASK_RESUMED");
        completeOk("bj.leader", "approveProposalDonor", raised, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewProposalRecipient", raised, Map.of("decision", "APPROVE"));
        completeOk("xj.leader", "approveProposalRegion", raised, Map.of("decision", "APPROVE"));
        completeOk("xj.finance", "approveProposalRegion", raised, Map.of("decision", "APPROVE"));
        assertThat(noTask("acftu.officer", "fileProposalNational", raised)).isFalse();
    }

    /** A 1,200,000 proposal revised once at the region's word, returned to its proposer by the region with resumeHere, resubmitted at {@code budget}. */
    private String revisedAfterAReturnFromTheRegion(long agreementId, long budget) {
        String code = submit(projectDraft(agreementId, RECIPIENT, "WORKERS_CULTURAL_PALACE", 1_200_000, 1_200_000))
                .path("code").asText();
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE"));
        completeOk("xj.leader", "approveProposalRegion", code, Map.of("decision", "REVISE", "comment", "请补充选址论证"));
        completeOk("bj.proposer", "reviseProposal", code, revision(1_200_000));
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE"));
        String region = taskId("xj.leader", "approveProposalRegion", code);
        Api.Response returned = as("xj.leader").post("/api/tasks/" + region + "/return",
                Map.of("target", "reviseProposal", "comment", "请再核预算", "resumeHere", true));
        assertThat(returned.status()).as(returned.body()).isEqualTo(204);
        completeOk("bj.proposer", "reviseProposal", code, revision(budget));
        return code;
    }

    private static Map<String, Object> revision(long budget) {
        return Map.of("action", "RESUBMIT", "title", "和田职工文化宫（修订）", "type", "WORKERS_CULTURAL_PALACE",
                "focusAreas", List.of("CULTURE"), "budget", budget, "description", "修订预算",
                "tranches", List.of(Map.of("amount", budget, "plannedOn", "2026-03-15")));
    }

    private String submitted(long budget) {
        return submit(projectDraft(agreement(budget * 2), RECIPIENT, "WORKERS_CULTURAL_PALACE", budget, budget)).path("code").asText();
    }

    private String atRegion(long budget) {
        String code = submitted(budget);
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE"));
        return code;
    }

    private List<String> actions(String code) {
        long id = jdbc.sql("SELECT id FROM project WHERE code = ?").param(code).query(Long.class).single();
        List<String> actions = new ArrayList<>();
        project("bj.proposer", id).path("history").forEach(h -> actions.add(h.path("action").asText()));
        return actions;
    }
}
