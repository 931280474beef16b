package org.aidflow.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aidflow.Api;
import org.junit.jupiter.api.Test;

/** Each refused completion step answers 400 (409 for a used bank reference) and stores nothing. */
class CompletionMoneyRulesTests extends CompletionScenarios {

    @Test
    void refusesSpendingAboveWhatWasReceived() {
        Paid p = paidProject(100000, 100000);
        String before = state(p.id());
        for (Object spending : List.of(100000.01, 1000000, -1, 99999.999, "lots")) {
            Api.Response over = complete("xj-ht.officer", "submitCompletionReport", p.code(),
                    Map.of("actualSpending", spending, "beneficiaries", 10, "summary", "x"));
            assertThat(over.status()).as(String.valueOf(spending)).isEqualTo(400);
            assertThat(over.errorFields()).containsExactly("actualSpending");
        }
        Api.Response over = complete("xj-ht.officer", "submitCompletionReport", p.code(),
                Map.of("actualSpending", 100000.01, "beneficiaries", 10, "summary", "x"));
        assertThat(over.json().path("detail").asText()).contains("100000.00");
        Api.Response crowd = complete("xj-ht.officer", "submitCompletionReport", p.code(),
                Map.of("actualSpending", 1000, "beneficiaries", 1_000_000_000L, "summary", "x"));
        assertThat(crowd.status()).isEqualTo(400);
        assertThat(crowd.errorFields()).containsExactly("beneficiaries");
        assertThat(state(p.id())).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM completion WHERE project_id = ?").param(p.id()).query(Long.class).single())
                .isZero();

        report(p, 100000);
        assertThat(trace("bj.auditor", p.id()).path("spent").decimalValue()).isEqualByComparingTo("100000");
    }

    @Test
    void refusesARefundOtherThanWhatTheRecipientStillHolds() {
        Paid p = atRefund(60000);
        String reference = bankReference();
        String before = state(p.id());
        for (Object amount : List.of(39999.99, 40000.01, 60000, 0, 40000.001)) {
            Api.Response wrong = complete("xj-ht.finance", "recordRefund", p.code(),
                    Map.of("amount", amount, "bankReference", reference, "refundedOn", "2026-10-08"));
            assertThat(wrong.status()).as(String.valueOf(amount)).isEqualTo(400);
            assertThat(wrong.errorFields()).containsExactly("amount");
        }
        assertThat(state(p.id())).isEqualTo(before);
        assertThat(references(reference)).isZero();

        refund(p, 40000, reference);
        assertThat(references(reference)).isEqualTo(1);
    }

    @Test
    void refusesAConfirmationThatDiffersFromTheRefund() {
        Paid p = atRefund(60000);
        refund(p, 40000, bankReference());
        String before = state(p.id());
        for (Object amount : List.of(39999.99, 40000.01, 0.01)) {
            Api.Response wrong = complete("bj.finance", "confirmRefund", p.code(), Map.of("amountReceived", amount));
            assertThat(wrong.status()).as(String.valueOf(amount)).isEqualTo(400);
            assertThat(wrong.errorFields()).containsExactly("amountReceived");
            assertThat(wrong.json().path("detail").asText()).contains("40000.00");
        }
        assertThat(state(p.id())).isEqualTo(before);
        confirmRefund(p, 40000);
    }

    @Test
    void refusesARefundBankReferenceUsedBeforeAnywhere() {
        Paid other = paidProject(10000, 10000);
        String transferReference = jdbc.sql("SELECT bank_reference FROM ledger_entry WHERE project_id = ? AND entry_type = 'TRANSFER'")
                .param(other.id()).query(String.class).single();
        Paid first = atRefund(60000);
        String refundReference = bankReference();
        refund(first, 40000, refundReference);

        Paid p = atRefund(70000);
        String before = state(p.id());
        for (String used : List.of(transferReference, refundReference, refundReference.toLowerCase())) {
            Api.Response duplicate = complete("xj-ht.finance", "recordRefund", p.code(),
                    Map.of("amount", 30000, "bankReference", used, "refundedOn", "2026-10-08"));
            assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(409);
            assertThat(duplicate.errorFields()).containsExactly("bankReference");
        }
        assertThat(state(p.id())).isEqualTo(before);
        assertThat(references(refundReference)).isEqualTo(1);
        refund(p, 30000, bankReference());
    }

    @Test
    void refusesAScoreOutsideZeroToAHundredOrNotWhole() {
        Paid p = paidProject(10000, 10000);
        report(p, 10000);
        inspect(p, "PASS", "合格");
        String before = state(p.id());
        for (Object score : List.of(101, -1, 50.5, 1000000, "90")) {
            Api.Response wrong = complete("bj.auditor", "auditProject", p.code(), Map.of("decision", "APPROVE",
                    "performanceScore", score));
            assertThat(wrong.status()).as(String.valueOf(score)).isEqualTo(400);
            assertThat(wrong.errorFields()).containsExactly("performanceScore");
        }
        Api.Response none = complete("bj.auditor", "auditProject", p.code(), Map.of("decision", "APPROVE"));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.errorFields()).containsExactly("performanceScore");
        assertThat(state(p.id())).isEqualTo(before);

        audit(p, "APPROVE", 100, null);
        assertThat(project("bj.proposer", p.id()).path("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void refusesAnInspectionWithoutFindingsOrWithAnUnknownDecision() {
        Paid p = paidProject(10000, 10000);
        report(p, 9000);
        String before = state(p.id());
        Api.Response bare = complete("xj.inspector", "inspectCompletion", p.code(), Map.of("decision", "FAIL"));
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.errorFields()).containsExactly("findings");
        Api.Response unknown = complete("xj.inspector", "inspectCompletion", p.code(),
                Map.of("decision", "MAYBE", "findings", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("decision");
        assertThat(state(p.id())).isEqualTo(before);
    }

    @Test
    void recordsARefundSubmittedTwiceAtOnceOnlyOnce() throws Exception {
        Paid p = atRefund(60000);
        String task = taskId("xj-ht.finance", "recordRefund", p.code());
        Map<String, Object> form = Map.of("amount", 40000, "bankReference", bankReference(), "refundedOn", "2026-10-08");
        Callable<Integer> submit = () -> as("xj-ht.finance").post("/api/tasks/" + task + "/complete", form).status();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(List.of(submit, submit))) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE project_id = ? AND entry_type = 'REFUND'")
                .param(p.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(trace("bj.auditor", p.id()).path("balance").decimalValue()).isZero();
    }

    /** A project of 100,000 received in full, reported with this spending and passed, at recordRefund. */
    private Paid atRefund(Object spending) {
        Paid p = paidProject(100000, 100000);
        report(p, spending);
        inspect(p, "PASS", "合格");
        return p;
    }

    private long references(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM bank_reference WHERE reference = ?").param(reference.toUpperCase())
                .query(Long.class).single();
    }
}
