package org.aidflow.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.aidflow.Api;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** aid-completion through the REST API, as the demo users it reaches, from the report to CLOSED or FAILED. */
class CompletionLifecycleTests extends CompletionScenarios {

    @Test
    void closesAProjectThatRefundsWhatItDidNotSpend() {
        Paid p = paidProject(300000, 100000, 120000.5, 79999.5);

        JsonNode reportForm = task("xj-ht.officer", "submitCompletionReport", p);
        assertThat(reportForm.path("data").path("project").path("code").asText()).isEqualTo(p.code());
        assertThat(reportForm.path("data").path("money").path("received").decimalValue()).isEqualByComparingTo("300000");
        assertThat(reportForm.path("data").path("report").isNull()).isTrue();
        report(p, 280000.50);

        JsonNode reported = trace("bj.auditor", p.id());
        assertThat(reported.path("spent").decimalValue()).isEqualByComparingTo("280000.50");
        assertThat(reported.path("balance").decimalValue()).isEqualByComparingTo("19999.50");
        JsonNode spend = last(reported);
        assertThat(spend.path("type").asText()).isEqualTo("SPEND");
        assertThat(spend.path("actor").asText()).isEqualTo("xj-ht.officer");
        assertThat(spend.path("taskKey").asText()).isEqualTo("submitCompletionReport");
        assertThat(spend.path("taskId").asText()).isNotBlank();
        assertThat(spend.path("processInstanceId").asText()).isNotBlank();

        JsonNode inspection = task("xj.inspector", "inspectCompletion", p).path("data");
        assertThat(inspection.path("report").path("actualSpending").decimalValue()).isEqualByComparingTo("280000.50");
        assertThat(inspection.path("report").path("beneficiaries").asInt()).isEqualTo(1200);
        assertThat(inspection.path("money").path("balance").decimalValue()).isEqualByComparingTo("19999.50");
        inspect(p, "PASS", "现场核验合格 Checked on site");

        JsonNode refundForm = task("xj-ht.finance", "recordRefund", p);
        assertThat(refundForm.path("data").path("values").path("amount").decimalValue()).isEqualByComparingTo("19999.50");
        String reference = bankReference();
        refund(p, 19999.5, reference);
        JsonNode confirmForm = task("bj.finance", "confirmRefund", p);
        assertThat(confirmForm.path("data").path("values").path("amountReceived").decimalValue())
                .isEqualByComparingTo("19999.50");
        assertThat(confirmForm.path("data").path("refundBankReference").asText()).isEqualTo(reference);
        confirmRefund(p, 19999.5);
        assertThat(project("bj.proposer", p.id()).path("status").asText()).isEqualTo("COMPLETION_REVIEW");

        JsonNode auditForm = task("bj.auditor", "auditProject", p).path("data");
        assertThat(texts(auditForm.path("findings"), "note")).containsExactly("现场核验合格 Checked on site");
        audit(p, "APPROVE", 92, "资金使用规范 Funds well used");

        assertThat(project("bj.proposer", p.id()).path("status").asText()).isEqualTo("CLOSED");
        JsonNode trace = trace("bj.auditor", p.id());
        assertBalanced(trace, "300000", "280000.50", "19999.50");
        assertThat(texts(trace.path("entries"), "type")).containsExactly("ALLOCATION", "TRANSFER", "RECEIPT", "TRANSFER",
                "RECEIPT", "TRANSFER", "RECEIPT", "SPEND", "REFUND", "REFUND_RECEIPT");
        JsonNode refundEntry = trace.path("entries").get(8);
        assertThat(refundEntry.path("amount").decimalValue()).isEqualByComparingTo("19999.50");
        assertThat(refundEntry.path("bankReference").asText()).isEqualTo(reference);
        assertThat(refundEntry.path("actor").asText()).isEqualTo("xj-ht.finance");
        assertThat(refundEntry.path("taskKey").asText()).isEqualTo("recordRefund");
        JsonNode receipt = last(trace);
        assertThat(receipt.path("bankReference").asText()).isEqualTo(reference);
        assertThat(receipt.path("actor").asText()).isEqualTo("bj.finance");
        assertThat(receipt.path("taskKey").asText()).isEqualTo("confirmRefund");
        assertThat(receipt.path("processInstanceId").asText()).isEqualTo(refundEntry.path("processInstanceId").asText());
        assertLedgerVerifies();

        assertThat(completionHistory(p.id())).containsExactly(
                "submitCompletionReport",
                "inspectCompletion PASS: 现场核验合格 Checked on site",
                "recordRefund",
                "confirmRefund: 已收到退款",
                "auditProject APPROVE: 资金使用规范 Funds well used");
        JsonNode last = lastHistory(p.id());
        assertThat(last.path("actor").asText()).isEqualTo("bj.auditor");
        assertThat(last.path("taskId").asText()).isNotBlank();
        assertThat(last.path("at").asText()).isNotBlank();
    }

    @Test
    void failsAProjectAndStillTakesBackItsUnspentMoney() {
        Paid p = paidProject(100000, 100000);
        report(p, 60000);
        inspect(p, "FAIL", "主体工程未完工 The building is unfinished");

        assertThat(noTask("bj.auditor", "auditProject", p.code())).isTrue();
        refund(p, 40000, bankReference());
        confirmRefund(p, 40000);

        assertThat(project("xj-ht.officer", p.id()).path("status").asText()).isEqualTo("FAILED");
        assertThat(project("xj-ht.officer", p.id()).path("currentTasks")).isEmpty();
        assertBalanced(trace("bj.proposer", p.id()), "100000", "60000", "40000");
        assertLedgerVerifies();
        assertThat(completionHistory(p.id())).containsExactly(
                "submitCompletionReport",
                "inspectCompletion FAIL: 主体工程未完工 The building is unfinished",
                "recordRefund",
                "confirmRefund: 已收到退款");
    }

    @Test
    void passesAfterARectificationThatCorrectsTheSpendingDownwards() {
        Paid p = paidProject(100000, 100000);
        report(p, 100000);
        inspect(p, "RECTIFY", "一笔 4999.75 元支出无发票 An invoice of 4999.75 is missing");

        JsonNode rectifyForm = task("xj-ht.officer", "rectifyCompletion", p).path("data");
        assertThat(rectifyForm.path("values").path("actualSpending").decimalValue()).isEqualByComparingTo("100000");
        assertThat(texts(rectifyForm.path("findings"), "decision")).containsExactly("RECTIFY");
        assertThat(texts(rectifyForm.path("findings"), "note")).containsExactly("一笔 4999.75 元支出无发票 An invoice of 4999.75 is missing");
        rectify(p, "该笔支出已剔除 That spend is withdrawn", 95000.25);

        JsonNode corrected = trace("bj.auditor", p.id());
        assertThat(corrected.path("spent").decimalValue()).isEqualByComparingTo("95000.25");
        JsonNode correction = last(corrected);
        assertThat(correction.path("type").asText()).isEqualTo("SPEND");
        assertThat(correction.path("amount").decimalValue()).isEqualByComparingTo("-4999.75");
        assertThat(correction.path("taskKey").asText()).isEqualTo("rectifyCompletion");

        JsonNode reinspection = task("xj.inspector", "inspectCompletion", p).path("data");
        assertThat(reinspection.path("report").path("actualSpending").decimalValue()).isEqualByComparingTo("95000.25");
        assertThat(reinspection.path("report").path("rectifications").asInt()).isEqualTo(1);
        inspect(p, "PASS", "整改到位 Rectified");
        refund(p, 4999.75, bankReference());
        confirmRefund(p, 4999.75);
        audit(p, "APPROVE", 80, null);

        assertThat(project("bj.proposer", p.id()).path("status").asText()).isEqualTo("CLOSED");
        assertBalanced(trace("bj.auditor", p.id()), "100000", "95000.25", "4999.75");
        assertLedgerVerifies();
        assertThat(completionHistory(p.id())).containsExactly(
                "submitCompletionReport",
                "inspectCompletion RECTIFY: 一笔 4999.75 元支出无发票 An invoice of 4999.75 is missing",
                "rectifyCompletion: 该笔支出已剔除 That spend is withdrawn",
                "inspectCompletion PASS: 整改到位 Rectified",
                "recordRefund",
                "confirmRefund: 已收到退款",
                "auditProject APPROVE");
    }

    @Test
    void sendsAQueriedProjectBackToRectificationBeforeClosingIt() {
        Paid p = paidProject(50000, 50000);
        report(p, 50000);
        inspect(p, "PASS", "合格 Fine");
        assertThat(noTask("xj-ht.finance", "recordRefund", p.code())).isTrue();

        Api.Response bare = complete("bj.auditor", "auditProject", p.code(), Map.of("decision", "QUERY", "performanceScore", 40));
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.errorFields()).containsExactly("findings");
        String query = "培训签到表缺失 <b>Attendance</b> sheets missing; 签收人 𠮷 ' OR 1=1 --";
        query = query + "核".repeat(4000 - query.codePointCount(0, query.length()));
        audit(p, "QUERY", 40, query);

        JsonNode rectifyForm = task("xj-ht.officer", "rectifyCompletion", p).path("data");
        assertThat(texts(rectifyForm.path("findings"), "decision")).containsExactly("PASS", "QUERY");
        rectify(p, "已补交签到表 Sheets supplied", null);
        inspect(p, "PASS", "复核合格 Fine on review");
        audit(p, "APPROVE", 75, "同意结项 Closed");

        assertThat(project("bj.proposer", p.id()).path("status").asText()).isEqualTo("CLOSED");
        JsonNode trace = trace("bj.auditor", p.id());
        assertBalanced(trace, "50000", "50000", "0");
        assertThat(texts(trace.path("entries"), "type")).containsExactly("ALLOCATION", "TRANSFER", "RECEIPT", "SPEND");
        assertLedgerVerifies();
        assertThat(completionHistory(p.id())).containsExactly(
                "submitCompletionReport",
                "inspectCompletion PASS: 合格 Fine",
                "auditProject QUERY: " + query,
                "rectifyCompletion: 已补交签到表 Sheets supplied",
                "inspectCompletion PASS: 复核合格 Fine on review",
                "auditProject APPROVE: 同意结项 Closed");
        Integer score = jdbc.sql("SELECT performance_score FROM completion WHERE project_id = ?").param(p.id())
                .query(Integer.class).single();
        assertThat(score).isEqualTo(75);
    }

    @Test
    void refundsAgainWhenAQueryLowersTheSpendingAfterTheFirstRefund() {
        Paid p = paidProject(80000, 50000, 30000);
        report(p, 70000);
        inspect(p, "PASS", "合格 Fine");
        refund(p, 10000, bankReference());
        confirmRefund(p, 10000);
        audit(p, "QUERY", 50, "设备采购价偏高 Equipment overpriced");

        Api.Response tooMuch = complete("xj-ht.officer", "rectifyCompletion", p.code(),
                Map.of("response", "x", "actualSpending", 70000.01));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.errorFields()).containsExactly("actualSpending");
        rectify(p, "供应商已退还差价 The supplier paid back the difference", 65000);
        inspect(p, "PASS", "复核合格 Fine on review");
        JsonNode refundForm = task("xj-ht.finance", "recordRefund", p);
        assertThat(refundForm.path("data").path("values").path("amount").decimalValue()).isEqualByComparingTo("5000");
        refund(p, 5000, bankReference());
        confirmRefund(p, 5000);
        audit(p, "APPROVE", 70, null);

        assertThat(project("bj.proposer", p.id()).path("status").asText()).isEqualTo("CLOSED");
        JsonNode trace = trace("bj.auditor", p.id());
        assertBalanced(trace, "80000", "65000", "15000");
        assertThat(texts(trace.path("entries"), "type")).endsWith("SPEND", "REFUND", "REFUND_RECEIPT", "SPEND", "REFUND",
                "REFUND_RECEIPT");
        assertLedgerVerifies();
    }

    private static JsonNode last(JsonNode trace) {
        JsonNode entries = trace.path("entries");
        return entries.get(entries.size() - 1);
    }

    /** The last completed step: the status the process then set (CLOSED) comes after it, recorded for the same person. */
    private JsonNode lastHistory(long projectId) {
        JsonNode history = project("bj.auditor", projectId).path("history");
        JsonNode status = history.get(history.size() - 1);
        assertThat(status.path("action").asText()).isEqualTo("STATUS_CLOSED");
        assertThat(status.path("actor").asText()).isEqualTo("bj.auditor");
        return history.get(history.size() - 2);
    }
}
