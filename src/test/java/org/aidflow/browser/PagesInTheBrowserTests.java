package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The pages built from the shared parts (list page, detail page, ledger entry table, the forms for new agreements and
 * projects) render in both languages, and a form sent empty names its missing fields before anything is sent.
 */
class PagesInTheBrowserTests extends BrowserScenarios {

    @Test
    void showsAProjectItsMoneyTraceAndTheListInBothLanguages() {
        JsonNode project = approvedProject(agreement(900000), new BigDecimal("300000.00"), new BigDecimal("300000.00"));
        String code = project.path("code").asText();
        payTranche(code, new BigDecimal("300000.00"), false);

        signInAs("bj.proposer");
        go("/projects/" + project.path("id").asLong());
        browser.waitForText(".page-sub .mono", code);
        browser.waitForText(".current-tasks", "");
        go("/projects/" + project.path("id").asLong() + "/trace");
        browser.waitForText(".page h1", "资金追踪");
        String table = browser.waitForText(".table-compact", "BOC-");
        assertThat(table).contains("序号", "经办人");

        browser.click(".header .lang-switch button:nth-child(2)");
        browser.waitForText(".table-compact thead", "No.");
        go("/projects?q=" + code);
        browser.waitForText(".page h1", "Assistance projects");
        browser.waitForText(".table tbody", code);
        browser.click(".header .lang-switch button:nth-child(1)");
        browser.waitForText(".page h1", "援疆项目");
    }

    @Test
    void namesTheMissingFieldsOfAnEmptyAgreementOrProject() {
        signInAs("bj.proposer");
        go("/agreements/new");
        browser.click("form.card button[type=submit]");
        browser.waitForText("[data-field=title] .field-error", "此项为必填项");
        browser.waitForText("[data-field=intendedAmount] .field-error", "此项为必填项");
        browser.waitForText("form.card .notice-error", "");

        go("/projects/new");
        browser.click("form.card button[type=submit]");
        browser.waitForText("[data-field=agreementId] .field-error", "此项为必填项");
        browser.waitForText("[data-field=budget] .field-error", "此项为必填项");
    }
}
