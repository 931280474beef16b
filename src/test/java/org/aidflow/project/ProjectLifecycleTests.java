package org.aidflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ProjectLifecycleTests extends ProjectScenarios {

    @Test
    void carriesAThreeTrancheProjectFromProposalToTheLastReceipt() {
        long agreementId = agreement(1_000_000);
        Api.Response created = as("bj.proposer").post("/api/projects",
                projectDraft(agreementId, RECIPIENT, "WORKER_LIBRARY", 300000, 100000, 120000.5, 79999.5));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode project = created.json();
        long id = project.path("id").asLong();
        String code = project.path("code").asText();
        assertThat(code).matches("PRJ-BJ-\\d{4}-\\d{6}");
        assertThat(created.header("Location")).isEqualTo("/api/projects/" + id);
        assertThat(project.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(project.path("typeGroup").asText()).isEqualTo("SERVICE_FACILITY");
        assertThat(project.path("regionUnion").asText()).isEqualTo("XJ");
        assertThat(project.path("budget").decimalValue()).isEqualByComparingTo("300000.00");

        // 300,000 for a service facility: the region approves it, ACFTU does not file it
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE", "comment", "同意"));
        completeOk("xj.leader", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
        assertThat(noTask("acftu.officer", "fileProposalNational", code)).isTrue();
        assertThat(project("bj.proposer", id).path("status").asText()).isEqualTo("APPROVED");

        JsonNode requestForm = as("xj-ht.officer").get("/api/tasks/" + taskId("xj-ht.officer", "requestTranche", code)).json();
        assertThat(requestForm.path("data").path("trancheNo").asInt()).isEqualTo(1);
        assertThat(requestForm.path("data").path("values").path("amount").decimalValue()).isEqualByComparingTo("100000");
        assertThat(requestForm.path("data").path("remaining").decimalValue()).isEqualByComparingTo("300000");

        requestTranche(code, 100000, false);
        completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));
        transfer(code, 100000, bankReference());
        assertThat(project("xj-ht.officer", id).path("status").asText()).isEqualTo("IN_PROGRESS");
        receive(code, 100000);
        payTranche(code, 120000.5, true);
        payTranche(code, 79999.5, true);

        JsonNode detail = project("bj.proposer", id);
        assertThat(detail.path("status").asText()).isEqualTo("COMPLETION_REVIEW");
        assertThat(detail.path("tranches")).hasSize(3);
        detail.path("tranches").forEach(t -> assertThat(t.path("actual").path("status").asText()).isEqualTo("RECEIVED"));
        assertThat(detail.path("currentTasks").get(0).path("taskKey").asText()).isEqualTo("submitCompletionReport");
        assertThat(texts(detail.path("history"), "decision")).contains("APPROVE");
        assertThat(texts(detail.path("history"), "comment")).contains("同意");
        assertThat(texts(detail.path("history"), "actor")).contains("bj.leader", "xj-ht.officer", "xj.leader",
                "bj.finance", "xj-ht.finance");

        JsonNode trace = trace("bj.auditor", id);
        assertThat(trace.path("budget").decimalValue()).isEqualByComparingTo("300000");
        assertThat(trace.path("allocated").decimalValue()).isEqualByComparingTo("300000");
        assertThat(trace.path("transferred").decimalValue()).isEqualByComparingTo("300000");
        assertThat(trace.path("received").decimalValue()).isEqualByComparingTo("300000");
        assertThat(trace.path("spent").decimalValue()).isZero();
        assertThat(trace.path("refunded").decimalValue()).isZero();
        assertThat(trace.path("balance").decimalValue()).isEqualByComparingTo("300000");
        assertThat(texts(trace.path("entries"), "type")).containsExactly("ALLOCATION", "TRANSFER", "RECEIPT", "TRANSFER",
                "RECEIPT", "TRANSFER", "RECEIPT");
        assertThat(texts(trace.path("entries"), "actor")).containsExactly("xj.leader", "bj.finance", "xj-ht.finance",
                "bj.finance", "xj-ht.finance", "bj.finance", "xj-ht.finance");
        JsonNode transfer = trace.path("entries").get(3);
        assertThat(transfer.path("amount").decimalValue()).isEqualByComparingTo("120000.50");
        assertThat(transfer.path("taskKey").asText()).isEqualTo("recordTransfer");
        assertThat(transfer.path("bankReference").asText()).startsWith("BOC-");
        assertThat(transfer.path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(transfer.path("processInstanceId").asText()).isNotBlank();
        assertThat(trace.path("entries").get(4).path("prevHash").asText()).isEqualTo(transfer.path("hash").asText());

        JsonNode verify = as("bj.auditor").get("/api/ledger/verify").json();
        assertThat(verify.path("ok").asBoolean()).as(verify.toString()).isTrue();
        assertThat(verify.path("firstBadSeq").isNull()).isTrue();
    }

    @Test
    void sendsAShortfallToTheDonorsAuditor() {
        long agreementId = agreement(500_000);
        JsonNode project = approvedProject(agreementId, 100000, 50000, 50000);
        String code = project.path("code").asText();
        requestTranche(code, 50000, false);
        completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));
        transfer(code, 50000, bankReference());
        receive(code, 49000.99);

        assertThat(noTask("xj-ht.officer", "requestTranche", code)).isTrue();
        completeOk("bj.auditor", "investigateDiscrepancy", code,
                Map.of("finding", "银行手续费 1000.01 元", "resolution", "下一笔补足"));
        JsonNode detail = project("bj.auditor", project.path("id").asLong());
        JsonNode first = detail.path("tranches").get(0).path("actual");
        assertThat(first.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(first.path("shortfall").decimalValue()).isEqualByComparingTo("999.01");
        assertThat(first.path("finding").asText()).isEqualTo("银行手续费 1000.01 元");
        taskId("xj-ht.officer", "requestTranche", code);

        JsonNode trace = trace("xj-ht.finance", project.path("id").asLong());
        assertThat(trace.path("transferred").decimalValue()).isEqualByComparingTo("50000");
        assertThat(trace.path("received").decimalValue()).isEqualByComparingTo("49000.99");
    }

    @Test
    void routesAProjectAboveFiveMillionThroughRegionAndNationalFiling() {
        long agreementId = agreement(8_000_000);
        JsonNode project = submit(projectDraft(agreementId, RECIPIENT, "WORKERS_CULTURAL_PALACE", 6000000, 3000000, 3000000));
        String code = project.path("code").asText();
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE"));
        completeOk("xj.leader", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
        // 会签: the region's finance department signs beside its leader
        assertThat(noTask("acftu.officer", "fileProposalNational", code)).isTrue();
        completeOk("xj.finance", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
        assertThat(project("bj.proposer", project.path("id").asLong()).path("status").asText()).isEqualTo("UNDER_REVIEW");
        Api.Response noComment = complete("acftu.officer", "fileProposalNational", code, Map.of("decision", "RETURN"));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.errorFields()).containsExactly("comment");
        completeOk("acftu.officer", "fileProposalNational", code, Map.of("decision", "ACKNOWLEDGE"));

        JsonNode trace = trace("acftu.auditor", project.path("id").asLong());
        assertThat(trace.path("status").asText()).isEqualTo("APPROVED");
        assertThat(trace.path("allocated").decimalValue()).isEqualByComparingTo("6000000");
        assertThat(trace.path("entries").get(0).path("actor").asText()).isEqualTo("acftu.officer");
        taskId("xj-ht.officer", "requestTranche", code);
    }

    @Test
    void resubmitsARevisedProposalWithAChangedBudget() {
        long agreementId = agreement(400_000);
        JsonNode project = submit(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 200000, 100000, 100000));
        long id = project.path("id").asLong();
        String code = project.path("code").asText();
        Api.Response bare = complete("bj.leader", "approveProposalDonor", code, Map.of("decision", "REVISE"));
        assertThat(bare.status()).isEqualTo(400);
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "REVISE", "comment", "请细化培训计划"));

        JsonNode form = as("bj.proposer").get("/api/tasks/" + taskId("bj.proposer", "reviseProposal", code)).json();
        assertThat(form.path("data").path("values").path("budget").decimalValue()).isEqualByComparingTo("200000");
        assertThat(form.path("data").path("values").path("tranches")).hasSize(2);

        Map<String, Object> revision = new java.util.HashMap<>(Map.of("title", "工会干部培训（修订）", "type", "CADRE_TRAINING",
                "focusAreas", List.of("TALENT"), "budget", 450000, "action", "RESUBMIT",
                "tranches", List.of(Map.of("amount", 250000, "plannedOn", "2026-05-01"),
                        Map.of("amount", 200000, "plannedOn", "2026-09-01"))));
        Api.Response overAgreement = complete("bj.proposer", "reviseProposal", code, revision);
        assertThat(overAgreement.status()).as(overAgreement.body()).isEqualTo(409);

        revision.put("budget", 250000);
        Api.Response notSumming = complete("bj.proposer", "reviseProposal", code, revision);
        assertThat(notSumming.status()).isEqualTo(400);
        assertThat(notSumming.errorFields()).containsExactly("tranches");

        revision.put("tranches", List.of(Map.of("amount", 150000, "plannedOn", "2026-05-01"),
                Map.of("amount", 60000, "plannedOn", "2026-07-01"), Map.of("amount", 40000, "plannedOn", "2026-09-01")));
        completeOk("bj.proposer", "reviseProposal", code, revision);

        JsonNode revised = project("bj.proposer", id);
        assertThat(revised.path("title").asText()).isEqualTo("工会干部培训（修订）");
        assertThat(revised.path("budget").decimalValue()).isEqualByComparingTo("250000");
        assertThat(revised.path("tranches")).hasSize(3);
        assertThat(texts(revised.path("history"), "decision")).contains("REVISE", "RESUBMIT");

        approve(code, false, false);
        JsonNode trace = trace("bj.proposer", id);
        assertThat(trace.path("allocated").decimalValue()).isEqualByComparingTo("250000");
        payTranche(code, 150000, false);
        payTranche(code, 60000, true);
        payTranche(code, 40000, true);
        assertThat(project("bj.proposer", id).path("status").asText()).isEqualTo("COMPLETION_REVIEW");
    }

    @Test
    void endsARejectedProposalAndFreesItsBudget() {
        long agreementId = agreement(300_000);
        JsonNode project = submit(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 300000, 300000));
        Api.Response full = as("bj.proposer").post("/api/projects",
                projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 1000, 1000));
        assertThat(full.status()).isEqualTo(409);
        completeOk("bj.leader", "approveProposalDonor", project.path("code").asText(),
                Map.of("decision", "REJECT", "comment", "不符合年度计划"));
        assertThat(project("bj.proposer", project.path("id").asLong()).path("status").asText()).isEqualTo("REJECTED");
        submit(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 300000, 300000));
        JsonNode agreement = as("bj.proposer").get("/api/agreements/" + agreementId).json();
        assertThat(agreement.path("allocatedAmount").decimalValue()).isEqualByComparingTo("300000");
        assertThat(agreement.path("projects")).hasSize(2);
    }

    @Test
    void withdrawsAProposalFromRevision() {
        long agreementId = agreement(300_000);
        JsonNode project = submit(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 1000, 1000));
        String code = project.path("code").asText();
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "REVISE", "comment", "重新考虑"));
        completeOk("bj.proposer", "reviseProposal", code, Map.of("title", "x", "type", "CADRE_TRAINING",
                "focusAreas", List.of("TALENT"), "budget", 1000, "action", "WITHDRAW"));
        assertThat(project("bj.proposer", project.path("id").asLong()).path("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void refusesAProjectUnderAnAgreementNotYetActive() {
        long underReview = draftAgreement(DONOR, RECIPIENT, 100000).path("id").asLong();
        Api.Response refused = as("bj.proposer").post("/api/projects",
                projectDraft(underReview, RECIPIENT, "CADRE_TRAINING", 1000, 1000));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(as("bj.proposer").get("/api/projects?agreementId=" + underReview).json().path("total").asLong()).isZero();
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText()));
        return values;
    }
}
