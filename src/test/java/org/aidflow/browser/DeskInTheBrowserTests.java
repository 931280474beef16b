package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The approvals desk in the browser: 批量审批 of two proposals from the inbox, 抄送 from a task with the copy found
 * unread under 抄送我的, and the 审批单 behind the project page's print button, read back as text.
 */
class DeskInTheBrowserTests extends BrowserScenarios {

    @Test
    void approvesTwoProposalsInOneGo() {
        long agreement = agreement(10_000_000);
        String first = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000)).path("code").asText();
        String second = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000)).path("code").asText();

        signInAs("bj.leader");
        go("/inbox");
        browser.find(".desk-tabs .desk-tab.is-active");
        assertThat(browser.script("return document.querySelectorAll('.batch-select').length")).isEqualTo("0");
        go("/inbox?taskKey=approveProposalDonor");
        browser.waitForAll(".inbox-table tbody", first, second);
        browser.find(".batch-select");
        browser.script("var codes = [arguments[0], arguments[1]]; Array.from(document.querySelectorAll('.inbox-table tbody tr'))"
                + ".filter(function (r) { return codes.some(function (c) { return r.textContent.indexOf(c) >= 0; }); })"
                + ".forEach(function (r) { r.querySelector('.batch-select').click(); });", first, second);
        browser.waitForText(".batch-bar", "已选 2 项");
        browser.click(".batch-open");
        browser.find(".batch-dialog [data-field=decision]");
        browser.waitForAll(".batch-dialog .batch-cases", first, second);
        browser.click(".batch-dialog [data-field=decision] input[value=APPROVE]");
        browser.type(".batch-dialog #f-comment", "同意，批量审批");
        browser.click(".batch-dialog .batch-submit");
        browser.waitForAll(".batch-dialog", "已办理 2 项", first, second);
        assertThat(browser.script("return document.querySelectorAll('.batch-result[data-status=DONE]').length")).isEqualTo("2");
        browser.click(".batch-dialog .button-row .btn-primary");
        browser.waitForNone(".batch-dialog");

        assertThat(noTask("bj.leader", "approveProposalDonor", first)).isTrue();
        assertThat(noTask("bj.leader", "approveProposalDonor", second)).isTrue();
        go("/done");
        browser.waitForAll(".done-table", first, second, "批准");
    }

    @Test
    void copiesAColleagueWhoFindsTheCaseUnreadAndReadsIt() {
        long agreement = agreement(10_000_000);
        JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        String code = project.path("code").asText();
        as("bj.finance").get("/api/cc?unread=true&size=200").json().path("items")
                .forEach(c -> as("bj.finance").post("/api/cc/" + c.path("id").asLong() + "/read", Map.of()));

        signInAs("bj.leader");
        openTask(code, "approveProposalDonor");
        browser.click(".task-side .cc-button");
        browser.find(".dialog .cc-form");
        browser.type(".dialog #f-cc-usernames", "bt.officer");
        browser.click(".dialog .cc-submit");
        browser.waitForText(".dialog .field-error", "bt.officer");
        browser.type(".dialog #f-cc-usernames", "bj.finance");
        browser.type(".dialog textarea", "请财务提前知悉");
        browser.click(".dialog .cc-submit");
        browser.waitForText(".task-side .cc-copied", "bj.finance");
        browser.waitForNone(".dialog");
        signOut();

        signInAs("bj.finance");
        go("/cc");
        browser.waitForText(".desk-tabs .desk-unread", "1");
        browser.waitForAll(".cc-table tbody tr.is-unread", code, "请财务提前知悉", "未读");
        browser.click(".cc-table tbody tr.is-unread a.cc-open");
        browser.waitForText(".page-head .page-sub", code);
        go("/cc");
        browser.waitForText(".cc-table tbody", code);
        browser.waitUntil("!document.querySelector('.cc-table tbody tr.is-unread')", "no unread copy left");
        assertThat(browser.script("return document.querySelector('.desk-tabs .desk-unread') === null")).isEqualTo("true");
    }

    @Test
    void printsTheApprovalSheetWithEveryDecision() throws IOException {
        long agreement = agreement(10_000_000);
        JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        String code = project.path("code").asText();
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE", "comment", "援方同意"));
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE", "comment", "受援方同意"));

        signInAs("bj.proposer");
        go("/projects/" + project.path("id").asLong());
        browser.waitForText(".page-head .print-sheet", "打印审批单");
        String url = String.valueOf(browser.script("return document.querySelector('.page-head .print-sheet').href"));
        assertThat(url).endsWith("/api/projects/" + project.path("id").asLong() + "/approval-sheet.pdf");
        // fetched as the page would open it, with the browser's own session
        String latin1 = String.valueOf(browser.script("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false);"
                + "x.overrideMimeType('text/plain; charset=x-user-defined'); x.send();"
                + "if (x.status !== 200) { return 'status ' + x.status; }"
                + "var s = ''; for (var i = 0; i < x.responseText.length; i++) {"
                + " s += String.fromCharCode(x.responseText.charCodeAt(i) & 0xff); } return btoa(s);", url));
        byte[] pdf = java.util.Base64.getDecoder().decode(latin1);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("工会对口援疆项目审批单", code, "援方审批", "援方同意", "受援方审查", "受援方同意", "批准");
        }
    }

    @Test
    void showsWhatIStartedAndNamesAStandIn() {
        long agreement = agreement(10_000_000);
        String code = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000)).path("code").asText();

        signInAs("bj.proposer");
        go("/started");
        browser.waitForAll(".started-table", code, "援助方审批项目");
        signOut();

        signInAs("bj.leader");
        try {
            namesAndEndsAStandIn();
        } finally {
            as("bj.leader").delete("/api/me/substitute");
        }
    }

    private void namesAndEndsAStandIn() {
        go("/substitute");
        browser.find(".substitute-form");
        browser.type("#f-sub-standIn", "bj.finance");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        browser.setValue("#f-sub-from", today);
        browser.setValue("#f-sub-to", today);
        browser.click(".substitute-form button[type=submit]");
        browser.find(".substitute-form [data-field=standIn] .field-error");
        browser.type("#f-sub-standIn", "bj.leader2");
        browser.click(".substitute-form button[type=submit]");
        browser.waitForAll(".substitute-current", "今日生效");
        browser.click(".substitute-clear");
        browser.waitForText(".page", "未设置代理。");
    }
}
