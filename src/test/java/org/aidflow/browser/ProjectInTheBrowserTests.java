package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A project through the UI: bj.proposer plans three tranches in the tranche editor, which checks
 * their sum against the budget as they are typed; bj.leader and xj-ht.officer approve it (no
 * region step for 300,000 yuan of training). And a Beijing user who guesses a Shanghai project's
 * address sees the not-found page.
 */
class ProjectInTheBrowserTests extends BrowserScenarios {

    private static final String TITLE = "和田地区职业技能提升培训（2026）";

    @Test
    void proposesAProjectWithThreeTranchesAndHasItApprovedThroughTheUi() throws Exception {
        long agreementId = activeAgreement("BJ", "XJ-HT", 2000000).path("id").asLong();

        signInAs("bj.proposer");
        go("/projects/new?agreementId=" + agreementId);
        browser.waitUntil("document.querySelector('#f-recipientUnion') && document.querySelector('#f-recipientUnion').value === 'XJ-HT'",
                "the agreement's recipient as the site");
        fitsATablet("the proposal form");
        browser.type("#f-title", TITLE);
        browser.click("#f-type option[value=VOCATIONAL_TRAINING]");
        browser.type("#f-budget", "300000");
        browser.type("#f-beneficiariesPlanned", "450");
        browser.type("#f-description", "面向和田地区一线职工开展电工、焊工等职业技能培训。");

        String row = ".tranches tbody tr:nth-child(%d) ";
        browser.type(String.format(row, 1) + "input.input-number", "100000");
        browser.setValue(String.format(row, 1) + "input[type=date]", "2026-03-01");
        browser.waitForAll(".tranches tfoot .sum-bad", "比预算少", "200,000.00");

        browser.click(".tranches > button");
        assertThat(browser.value(String.format(row, 2) + "input.input-number")).as("the rest is offered").isEqualTo("200000");
        browser.type(String.format(row, 2) + "input.input-number", "120000");
        browser.setValue(String.format(row, 2) + "input[type=date]", "2026-07-01");
        browser.waitForAll(".tranches tfoot .sum-bad", "比预算少", "80,000.00");
        browser.click(".tranches > button");
        browser.setValue(String.format(row, 3) + "input[type=date]", "2026-11-01");
        assertThat(browser.waitForText(".tranches tfoot .sum-ok", "与预算一致")).isNotBlank();
        assertThat(browser.text(".tranches tfoot")).contains("300,000.00");

        browser.click("form.card button[type=submit]");
        String code = browser.waitForText(".page-sub .mono", "PRJ-BJ-");
        long id = Long.parseLong(browser.script("return location.hash.split('/')[2];").toString());
        assertThat(browser.text(".page")).contains(TITLE, "120,000.00", "80,000.00");
        signOut();

        approve("bj.leader", code, "approveProposalDonor");
        approve("xj-ht.officer", code, "reviewProposalRecipient");

        signInAs("bj.proposer");
        go("/projects/" + id);
        browser.waitForAll(".page-head", "已批准", TITLE);
        browser.waitForText(".current-tasks", "申请拨付");
        screenshot("project.png", true);
        fitsATablet("the project page");

        JsonNode project = as("bj.proposer").get("/api/projects/" + id).json();
        assertThat(project.path("status").asText()).isEqualTo("APPROVED");
        assertThat(project.path("tranches").findValues("amount").stream().map(JsonNode::decimalValue).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100000"), new BigDecimal("120000"), new BigDecimal("80000"));
        assertThat(project.path("history").findValuesAsText("action")).containsExactly("SUBMITTED", "TASK_COMPLETED", "TASK_COMPLETED", "STATUS_APPROVED");
        assertThat(project.path("history").findValuesAsText("actor")).containsExactly("bj.proposer", "bj.leader", "xj-ht.officer", "xj-ht.officer");
    }

    @Test
    void showsABeijingUserTheNotFoundPageForAShanghaiProject() {
        long agreementId = activeAgreement("SH", "XJ-KS", 1000000).path("id").asLong();
        Api.Response created = as("sh.proposer").post("/api/projects", Map.of("agreementId", agreementId,
                "recipientUnion", "XJ-KS", "title", "喀什职工书屋", "type", "WORKER_LIBRARY", "focusAreas", List.of("CULTURE"),
                "budget", 100000, "tranches", List.of(Map.of("amount", 100000, "plannedOn", "2026-04-01"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();

        signInAs("bj.proposer");
        go("/projects/" + id);
        browser.waitForAll(".not-found", "不存在", "无权查看");
        assertThat(browser.text(".page")).doesNotContain("喀什职工书屋");
        go("/projects/" + id + "/trace");
        browser.waitForText(".not-found", "不存在");
        assertThat(browser.text(".page")).doesNotContain("喀什职工书屋");
    }

    private void approve(String username, String code, String taskKey) {
        signInAs(username);
        openTask(code, taskKey);
        browser.waitForText(".task-side", TITLE);
        browser.click("[data-field=decision] input[value=APPROVE]");
        submitTask();
        signOut();
    }
}
