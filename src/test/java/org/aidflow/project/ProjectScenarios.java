package org.aidflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aidflow.Api;
import org.aidflow.ApiTests;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Helpers for the project and funds scenarios: submit a Beijing project sited in Hotan, take it
 * through its approvals and pay its tranches, each step as the demo user the process offers it to.
 */
public abstract class ProjectScenarios extends ApiTests {

    protected static final String DONOR = "BJ";
    protected static final String RECIPIENT = "XJ-HT";

    protected static Map<String, Object> projectDraft(long agreementId, String recipient, String type, Object budget,
                                                      Object... trancheAmounts) {
        List<Map<String, Object>> tranches = new ArrayList<>();
        for (int i = 0; i < trancheAmounts.length; i++) {
            tranches.add(Map.of("amount", trancheAmounts[i], "plannedOn", "2026-0" + (i % 9 + 1) + "-15"));
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("agreementId", agreementId);
        draft.put("recipientUnion", recipient);
        draft.put("title", "和田职工书屋 Hotan worker library " + UUID.randomUUID().toString().substring(0, 8));
        draft.put("type", type);
        draft.put("focusAreas", List.of("CULTURE", "FACILITY"));
        draft.put("budget", budget);
        draft.put("tranches", tranches);
        draft.put("description", "为和田职工建设书屋");
        draft.put("beneficiariesPlanned", 1200);
        return draft;
    }

    /** An active BJ–XJ-HT agreement with the given intended amount. */
    protected long agreement(Object intendedAmount) {
        return activeAgreement(DONOR, RECIPIENT, intendedAmount).path("id").asLong();
    }

    protected JsonNode submit(Map<String, Object> draft) {
        Api.Response created = as("bj.proposer").post("/api/projects", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Donor and recipient approve; the region and ACFTU too when the routing asks for them. */
    protected void approve(String code, boolean region, boolean national) {
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE"));
        if (region) {
            completeOk("xj.leader", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
            if (!noTask("xj.finance", "approveProposalRegion", code)) {
                // 会签 from 5,000,000: the region's finance department signs beside its leader
                completeOk("xj.finance", "approveProposalRegion", code, Map.of("decision", "APPROVE"));
            }
        }
        if (national) {
            completeOk("acftu.officer", "fileProposalNational", code, Map.of("decision", "ACKNOWLEDGE"));
        }
    }

    /** A submitted and approved project with a small budget that no region or ACFTU step routes. */
    protected JsonNode approvedProject(long agreementId, Object budget, Object... trancheAmounts) {
        JsonNode project = submit(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", budget, trancheAmounts));
        approve(project.path("code").asText(), false, false);
        return project;
    }

    protected void requestTranche(String code, Object amount, boolean withReport) {
        Map<String, Object> form = new HashMap<>(Map.of("amount", amount, "purpose", "购置图书与设备"));
        if (withReport) {
            form.put("progressReport", "上一笔资金已按计划使用");
        }
        completeOk("xj-ht.officer", "requestTranche", code, form);
    }

    protected void transfer(String code, Object amount, String bankReference) {
        completeOk("bj.finance", "recordTransfer", code,
                Map.of("amount", amount, "bankReference", bankReference, "transferredOn", "2026-03-01"));
    }

    protected void receive(String code, Object amount) {
        completeOk("xj-ht.finance", "confirmReceipt", code, Map.of("amountReceived", amount, "receivedOn", "2026-03-03"));
    }

    /** Request, approval, transfer and receipt of one tranche, in full. */
    protected void payTranche(String code, Object amount, boolean withReport) {
        requestTranche(code, amount, withReport);
        completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));
        transfer(code, amount, bankReference());
        receive(code, amount);
    }

    protected static String bankReference() {
        return "BOC-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase();
    }

    protected JsonNode project(String username, long id) {
        Api.Response shown = as(username).get("/api/projects/" + id);
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        return shown.json();
    }

    protected JsonNode trace(String username, long id) {
        Api.Response trace = as(username).get("/api/projects/" + id + "/trace");
        assertThat(trace.status()).as(trace.body()).isEqualTo(200);
        return trace.json();
    }

    /** True when the user has no open task with that key in the project's processes. */
    protected boolean noTask(String username, String taskKey, String code) {
        return as(username).get("/api/tasks?taskKey=" + taskKey + "&businessKey=" + code).json().path("total").asLong() == 0;
    }

    protected long ledgerEntries(long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE project_id = ?").param(projectId).query(Long.class).single();
    }
}
