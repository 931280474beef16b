package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Funding plans and performance targets through the UI: the donor proposer sets a yearly plan on the agreement
 * page, then proposes a project in one of its years with two performance targets chosen from the catalogue.
 */
class PlansInTheBrowserTests extends BrowserScenarios {

    private static final String TITLE = "和田地区工会干部培训（2026）";

    @Test
    void setsAYearlyPlanAndProposesAProjectWithTargets() throws Exception {
        long agreementId = activeAgreement("BJ", "XJ-HT", 2000000).path("id").asLong();

        signInAs("bj.proposer");
        go("/agreements/" + agreementId);
        browser.click("[data-testid=plan-edit]");
        browser.type("[data-testid=plan-form] input[name=year-0]", "2026");
        browser.type("[data-testid=plan-form] input[name=amount-0]", "800000");
        browser.click("[data-testid=plan-form] .card-actions button:first-child");
        browser.type("[data-testid=plan-form] input[name=year-1]", "2027");
        browser.type("[data-testid=plan-form] input[name=amount-1]", "1200000");
        browser.click("[data-testid=plan-form] button[type=submit]");
        browser.waitForAll("[data-testid=plan-table]", "2026", "800,000.00", "2027", "1,200,000.00");
        screenshot("funding-plan.png", false);

        go("/projects/new?agreementId=" + agreementId);
        browser.find("#f-planYear option[value='2026']");
        browser.click("#f-planYear option[value='2026']");
        browser.type("#f-title", TITLE);
        browser.click("#f-type option[value=CADRE_TRAINING]");
        browser.type("#f-budget", "60000");
        browser.type(".tranches tbody tr:nth-child(1) input.input-number", "60000");
        browser.setValue(".tranches tbody tr:nth-child(1) input[type=date]", "2026-05-01");
        browser.click("[data-testid=indicator-add]");
        browser.find("select[name=indicator-0] option[value=TRAINEES]");
        browser.click("select[name=indicator-0] option[value=TRAINEES]");
        browser.type("input[name=target-0]", "300");
        browser.click("[data-testid=indicator-add]");
        browser.find("select[name=indicator-1] option[value=SATISFACTION]");
        browser.click("select[name=indicator-1] option[value=SATISFACTION]");
        browser.type("input[name=target-1]", "90");
        assertThat(browser.text("[data-testid=indicator-editor]")).contains("人次", "%");
        screenshot("performance-targets.png", false);
        browser.click("form.card button[type=submit]");
        browser.waitForText(".page-sub .mono", "PRJ-BJ-");
        browser.waitForAll("[data-testid=indicator-table]", "培训人次", "300", "受益职工满意度", "90");
        go("/agreements/" + agreementId);
        browser.waitForAll("[data-testid=plan-table]", "60,000.00", "740,000.00");
    }

    @Test
    void asksForAChangeAndShowsItSideBySideToTheApprover() throws Exception {
        com.fasterxml.jackson.databind.JsonNode project = approvedProject(agreement(1_000_000), 50_000, 50_000);
        long id = project.path("id").asLong();
        String code = project.path("code").asText();

        signInAs("bj.proposer");
        go("/projects/" + id);
        browser.click("[data-testid=change-start]");
        browser.type("#f-changeBudget", "65000");
        browser.type(".tranches tbody tr:nth-child(1) input.input-number", "65000");
        browser.type("#f-changeReason", "设备价格上涨，增加采购预算。");
        browser.click("[data-testid=change-form] button[type=submit]");
        browser.waitForAll("[data-testid=change-diff]", "50,000.00", "65,000.00");
        assertThat(browser.text(".change-item")).contains("审批中", "设备价格上涨");
        signOut();

        signInAs("bj.leader");
        openTask(code, "approveChangeDonor");
        browser.waitForAll(".task-form [data-testid=change-diff]", "已批准版本", "65,000.00");
        screenshot("change-request.png", false);
        browser.click("[data-field=decision] input[value=APPROVE]");
        submitTask();
    }

    @Test
    void showsThePublicPageOnlyWhenSwitchedOn() {
        browser.open(base() + "/public/");
        browser.waitUntil("document.body.innerText.length > 0", "an answer");
        assertThat(browser.text("body")).doesNotContain("项目编号");
    }
}
