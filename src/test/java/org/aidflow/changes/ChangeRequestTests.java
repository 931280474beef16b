package org.aidflow.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 项目变更 through the API: who may ask, the rules a change meets, its approvals, and that only an approved one takes effect. */
class ChangeRequestTests extends ProjectScenarios {

    private static Map<String, Object> change(Object budget, Object... trancheAmounts) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", "物价上涨，增加设备采购 Prices rose");
        body.put("budget", budget);
        if (trancheAmounts.length > 0) {
            List<Map<String, Object>> tranches = new java.util.ArrayList<>();
            for (int i = 0; i < trancheAmounts.length; i++) {
                tranches.add(Map.of("amount", trancheAmounts[i], "plannedOn", "2026-0" + (i + 3) + "-01"));
            }
            body.put("tranches", tranches);
        }
        return body;
    }

    @Test
    void appliesAnApprovedBudgetChangeAndRecordsItInTheLedger() {
        long agreementId = agreement(1_000_000);
        JsonNode project = approvedProject(agreementId, 40_000, 20_000, 20_000);
        long id = project.path("id").asLong();
        String code = project.path("code").asText();
        payTranche(code, 20_000, false);

        Api.Response asked = as("bj.proposer").post("/api/projects/" + id + "/changes", change(60_000, 20_000, 40_000));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().path("changed").toString()).contains("budget", "tranches");
        assertThat(asked.json().path("before").path("budget").asText()).isEqualTo("40000.00");
        assertThat(asked.json().path("after").path("budget").asText()).isEqualTo("60000.00");
        assertThat(project("bj.proposer", id).path("budget").decimalValue()).isEqualByComparingTo("40000");
        assertThat(as("bj.proposer").post("/api/projects/" + id + "/changes", change(50_000, 20_000, 30_000)).status())
                .as("one open change at a time").isEqualTo(409);

        JsonNode form = as("bj.leader").get("/api/tasks/" + taskId("bj.leader", "approveChangeDonor", code)).json();
        assertThat(form.path("data").path("change").path("after").path("budget").asText()).isEqualTo("60000.00");
        assertThat(complete("bj.leader", "approveChangeDonor", code, Map.of("decision", "REJECT")).errorFields())
                .containsExactly("comment");
        completeOk("bj.leader", "approveChangeDonor", code, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewChangeRecipient", code, Map.of("decision", "APPROVE"));

        JsonNode changed = project("bj.proposer", id);
        assertThat(changed.path("budget").decimalValue()).isEqualByComparingTo("60000");
        assertThat(changed.path("tranches").get(1).path("amount").decimalValue()).isEqualByComparingTo("40000");
        assertThat(changed.path("history").toString()).contains("CHANGE_REQUESTED", "CHANGE_APPLIED");
        JsonNode trace = trace("bj.proposer", id);
        assertThat(trace.path("allocated").decimalValue()).isEqualByComparingTo("60000");
        assertThat(trace.path("transferred").decimalValue()).isEqualByComparingTo("20000");
        JsonNode listed = as("xj-ht.officer").get("/api/projects/" + id + "/changes").json().path("items");
        assertThat(listed.get(0).path("status").asText()).isEqualTo("APPROVED");
        assertThat(as("bj.auditor").get("/api/ledger/verify").json().path("ok").asBoolean()).isTrue();
    }

    @Test
    void lowersTheAllocationWhenTheBudgetShrinks() {
        JsonNode project = approvedProject(agreement(1_000_000), 40_000, 40_000);
        long id = project.path("id").asLong();
        String code = project.path("code").asText();
        assertThat(as("bj.proposer").post("/api/projects/" + id + "/changes", change(25_000, 25_000)).status()).isEqualTo(201);
        completeOk("bj.leader", "approveChangeDonor", code, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewChangeRecipient", code, Map.of("decision", "APPROVE"));
        assertThat(trace("bj.proposer", id).path("allocated").decimalValue()).isEqualByComparingTo("25000");
        assertThat(as("bj.auditor").get("/api/ledger/verify").json().path("ok").asBoolean()).isTrue();
        payTranche(code, 25_000, false);
        assertThat(trace("bj.proposer", id).path("transferred").decimalValue()).isEqualByComparingTo("25000");
    }

    @Test
    void leavesTheProjectAsItWasWhenTheChangeIsRefused() {
        JsonNode project = approvedProject(agreement(1_000_000), 40_000, 40_000);
        long id = project.path("id").asLong();
        String code = project.path("code").asText();
        Map<String, Object> site = new HashMap<>(Map.of("reason", "迁址", "recipientUnion", "XJ-HT"));
        assertThat(as("bj.proposer").post("/api/projects/" + id + "/changes", site).errorFields()).containsExactly("body");
        assertThat(as("bj.proposer").post("/api/projects/" + id + "/changes", change(30_000, 30_000)).status()).isEqualTo(201);
        completeOk("bj.leader", "approveChangeDonor", code, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewChangeRecipient", code, Map.of("decision", "REJECT", "comment", "不同意减少预算"));
        assertThat(project("bj.proposer", id).path("budget").decimalValue()).isEqualByComparingTo("40000");
        assertThat(as("bj.proposer").get("/api/projects/" + id + "/changes").json().path("items").get(0).path("status").asText())
                .isEqualTo("REJECTED");
    }

    @Test
    void holdsAChangeToTheRulesOfAProposal() {
        long agreementId = agreement(100_000);
        JsonNode project = approvedProject(agreementId, 40_000, 20_000, 20_000);
        long id = project.path("id").asLong();
        String code = project.path("code").asText();
        String path = "/api/projects/" + id + "/changes";
        payTranche(code, 20_000, false);

        assertThat(as("bj.proposer").post(path, change(60_000, 60_000)).errorFields()).containsExactly("tranches");
        assertThat(as("bj.proposer").post(path, change(60_000, 20_000, 30_000)).errorFields()).containsExactly("tranches");
        assertThat(as("bj.proposer").post(path, change(10_000, 5_000, 5_000)).status()).as("below what was transferred").isEqualTo(409);
        assertThat(as("bj.proposer").post(path, change(200_000, 100_000, 100_000)).status()).as("over the agreement").isEqualTo(409);
        Map<String, Object> noReason = change(50_000, 25_000, 25_000);
        noReason.remove("reason");
        assertThat(as("bj.proposer").post(path, noReason).errorFields()).containsExactly("reason");
        Map<String, Object> badTarget = new HashMap<>(Map.of("reason", "指标", "indicators",
                List.of(Map.of("code", "NOPE", "target", 1, "unit", "COUNT"))));
        assertThat(as("bj.proposer").post(path, badTarget).errorFields()).containsExactly("indicators[0].code");
        Map<String, Object> farSite = new HashMap<>(Map.of("reason", "迁址", "recipientUnion", "XJ-KS"));
        assertThat(as("bj.proposer").post(path, farSite).errorFields()).containsExactly("recipientUnion");
    }

    @Test
    void letsOnlyTheDonorProposerAskForAChange() {
        JsonNode project = approvedProject(agreement(1_000_000), 40_000, 40_000);
        String path = "/api/projects/" + project.path("id").asText() + "/changes";
        assertThat(as("bj.leader").post(path, change(50_000, 50_000)).status()).isEqualTo(403);
        assertThat(as("bj.auditor").post(path, change(50_000, 50_000)).status()).isEqualTo(403);
        assertThat(as("xj-ht.officer").post(path, change(50_000, 50_000)).status()).isEqualTo(403);
        assertThat(as("sh.proposer").post(path, change(50_000, 50_000)).status()).isEqualTo(404);
        assertThat(anonymous().post(path, change(50_000, 50_000)).status()).isEqualTo(401);
        JsonNode underReview = submit(projectDraft(agreement(1_000_000), RECIPIENT, "CADRE_TRAINING", 10_000, 10_000));
        assertThat(as("bj.proposer").post("/api/projects/" + underReview.path("id").asText() + "/changes",
                change(20_000, 20_000)).status()).isEqualTo(409);
    }
}
