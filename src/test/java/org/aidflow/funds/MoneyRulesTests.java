package org.aidflow.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class MoneyRulesTests extends ProjectScenarios {

    @Test
    void refusesAProjectAboveWhatIsLeftOfTheAgreement() {
        long agreementId = agreement(1_000_000);
        submit(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 600000, 600000));
        String before = projects(agreementId);
        Api.Response over = as("bj.proposer").post("/api/projects",
                projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 400000.01, 400000.01));
        assertThat(over.status()).as(over.body()).isEqualTo(409);
        assertThat(over.json().path("detail").asText()).contains("400000.00");
        assertThat(projects(agreementId)).isEqualTo(before);
        submit(projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 400000, 400000));
    }

    @Test
    void refusesATranchePlanThatDoesNotAddUpToTheBudget() {
        long agreementId = agreement(1_000_000);
        Api.Response short1 = as("bj.proposer").post("/api/projects",
                projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 300000, 100000, 199999.99));
        assertThat(short1.status()).isEqualTo(400);
        assertThat(short1.errorFields()).containsExactly("tranches");
        Api.Response none = as("bj.proposer").post("/api/projects", projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 300000));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorFields()).containsExactly("tranches");
        assertThat(projects(agreementId)).isEqualTo("[]");
    }

    @Test
    void refusesAmountsWithThreeDecimals() {
        long agreementId = agreement(1_000_000);
        Api.Response budget = as("bj.proposer").post("/api/projects",
                projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", 1000.005, 1000.005));
        assertThat(budget.status()).isEqualTo(400);
        assertThat(budget.errorFields()).contains("budget", "tranches[0].amount");
        assertThat(projects(agreementId)).isEqualTo("[]");

        JsonNode project = approvedProject(agreementId, 10000, 10000);
        String code = project.path("code").asText();
        long id = project.path("id").asLong();
        String before = state(id);
        Api.Response request = complete("xj-ht.officer", "requestTranche", code, Map.of("amount", 100.001, "purpose", "x"));
        assertThat(request.status()).isEqualTo(400);
        assertThat(request.errorFields()).containsExactly("amount");
        assertThat(state(id)).isEqualTo(before);

        requestTranche(code, 10000, false);
        completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));
        before = state(id);
        Api.Response transfer = complete("bj.finance", "recordTransfer", code,
                Map.of("amount", 10000.001, "bankReference", bankReference(), "transferredOn", "2026-03-01"));
        assertThat(transfer.status()).isEqualTo(400);
        assertThat(transfer.errorFields()).containsExactly("amount");
        assertThat(state(id)).isEqualTo(before);

        transfer(code, 10000, bankReference());
        before = state(id);
        Api.Response receipt = complete("xj-ht.finance", "confirmReceipt", code,
                Map.of("amountReceived", "9999.999", "receivedOn", "2026-03-02"));
        assertThat(receipt.status()).isEqualTo(400);
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void refusesATrancheRequestAboveWhatRemainsOfTheBudget() {
        long agreementId = agreement(1_000_000);
        JsonNode project = approvedProject(agreementId, 100000, 50000, 50000);
        String code = project.path("code").asText();
        long id = project.path("id").asLong();
        String before = state(id);
        Api.Response over = complete("xj-ht.officer", "requestTranche", code, Map.of("amount", 100000.01, "purpose", "x"));
        assertThat(over.status()).as(over.body()).isEqualTo(409);
        assertThat(over.errorFields()).containsExactly("amount");
        assertThat(state(id)).isEqualTo(before);

        payTranche(code, 60000, false);
        Api.Response noReport = complete("xj-ht.officer", "requestTranche", code, Map.of("amount", 40000, "purpose", "x"));
        assertThat(noReport.status()).isEqualTo(400);
        assertThat(noReport.errorFields()).containsExactly("progressReport");
        before = state(id);
        Api.Response overRest = complete("xj-ht.officer", "requestTranche", code,
                Map.of("amount", 40000.01, "purpose", "x", "progressReport", "进展顺利"));
        assertThat(overRest.status()).isEqualTo(409);
        assertThat(overRest.json().path("detail").asText()).contains("40000.00");
        assertThat(state(id)).isEqualTo(before);
        requestTranche(code, 40000, true);
    }

    @Test
    void refusesATransferThatDiffersFromTheApprovedAmount() {
        long agreementId = agreement(1_000_000);
        JsonNode project = approvedProject(agreementId, 100000, 100000);
        String code = project.path("code").asText();
        long id = project.path("id").asLong();
        requestTranche(code, 80000, false);
        completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));
        String reference = bankReference();
        String before = state(id);
        Api.Response more = complete("bj.finance", "recordTransfer", code,
                Map.of("amount", 80000.01, "bankReference", reference, "transferredOn", "2026-03-01"));
        assertThat(more.status()).isEqualTo(400);
        assertThat(more.errorFields()).containsExactly("amount");
        assertThat(more.json().path("detail").asText()).contains("80000.00");
        assertThat(state(id)).isEqualTo(before);
        assertThat(references(reference)).isZero();
        transfer(code, 80000, reference);
        assertThat(references(reference)).isEqualTo(1);
    }

    @Test
    void refusesABankReferenceUsedBefore() {
        long agreementId = agreement(1_000_000);
        String first = atTransfer(agreementId);
        String second = atTransfer(agreementId);
        String reference = bankReference();
        transfer(first, 10000, reference);
        long secondId = projectId(second);
        String before = state(secondId);
        for (String again : List.of(reference, reference.toLowerCase())) {
            Api.Response duplicate = complete("bj.finance", "recordTransfer", second,
                    Map.of("amount", 10000, "bankReference", again, "transferredOn", "2026-03-01"));
            assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
            assertThat(duplicate.errorFields()).containsExactly("bankReference");
        }
        assertThat(state(secondId)).isEqualTo(before);
        assertThat(references(reference)).isEqualTo(1);
    }

    @Test
    void letsOnlyOneOfTwoConcurrentTransfersWithOneBankReferenceThrough() throws Exception {
        long agreementId = agreement(1_000_000);
        List<String> codes = List.of(atTransfer(agreementId), atTransfer(agreementId));
        String reference = bankReference();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String code : codes) {
            String task = taskId("bj.finance", "recordTransfer", code);
            calls.add(() -> as("bj.finance").post("/api/tasks/" + task + "/complete",
                    Map.of("amount", 10000, "bankReference", reference, "transferredOn", "2026-03-01")).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(references(reference)).isEqualTo(1);
    }

    @Test
    void refusesAReceiptAboveTheTransfer() {
        long agreementId = agreement(1_000_000);
        String code = atTransfer(agreementId);
        transfer(code, 10000, bankReference());
        long id = projectId(code);
        String before = state(id);
        Api.Response more = complete("xj-ht.finance", "confirmReceipt", code,
                Map.of("amountReceived", 10000.01, "receivedOn", "2026-03-02"));
        assertThat(more.status()).isEqualTo(400);
        assertThat(more.errorFields()).containsExactly("amountReceived");
        Api.Response early = complete("xj-ht.finance", "confirmReceipt", code,
                Map.of("amountReceived", 10000, "receivedOn", "2026-02-28"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorFields()).containsExactly("receivedOn");
        assertThat(state(id)).isEqualTo(before);
        receive(code, 10000);
        assertThat(noTask("bj.auditor", "investigateDiscrepancy", code)).isTrue();
    }

    /** An approved project whose first tranche of 10,000 waits for its transfer; returns its code. */
    private String atTransfer(long agreementId) {
        String code = approvedProject(agreementId, 10000, 10000).path("code").asText();
        requestTranche(code, 10000, false);
        completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));
        return code;
    }

    private long projectId(String code) {
        return jdbc.sql("SELECT id FROM project WHERE code = ?").param(code).query(Long.class).single();
    }

    private long references(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE entry_type = 'TRANSFER' AND UPPER(bank_reference) = ?")
                .param(reference.toUpperCase()).query(Long.class).single();
    }

    private String projects(long agreementId) {
        return jdbc.sql("SELECT id, budget, status FROM project WHERE agreement_id = ? ORDER BY id").param(agreementId)
                .query().listOfRows().toString();
    }

    /** Everything a money rule could touch for one project: its row, its tranches, its ledger, its bank references. */
    private String state(long projectId) {
        return List.of(
                jdbc.sql("SELECT status, budget, updated_at FROM project WHERE id = ?").param(projectId).query().listOfRows(),
                jdbc.sql("SELECT * FROM tranche WHERE project_id = ? ORDER BY tranche_no").param(projectId).query().listOfRows(),
                jdbc.sql("SELECT seq, hash FROM ledger_entry WHERE project_id = ? ORDER BY seq").param(projectId).query().listOfRows(),
                jdbc.sql("SELECT entries, head_hash FROM ledger_head WHERE project_id = ?").param(projectId).query().listOfRows(),
                jdbc.sql("SELECT reference FROM bank_reference WHERE project_id = ?").param(projectId).query().listOfRows())
                .toString();
    }
}
