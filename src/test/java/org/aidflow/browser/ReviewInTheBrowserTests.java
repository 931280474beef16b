package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A recipient leader signs in through the sign-in page, finds the agreement in the inbox, and
 * reviews it with the task form rendered from its Camunda Form; and the language switch. Needs
 * Debian's chromium and chromium-driver (.ci/run installs them); without them the tests fail and
 * say so.
 */
class ReviewInTheBrowserTests extends BrowserScenarios {

    private static final String TITLE = "<script>alert(1)</script> 和田职工书屋";

    @Test
    void reviewsAnAgreementThroughTheTaskFormAndKeepsTypedTextOnServerErrors() {
        JsonNode agreement = as("bj.proposer").post("/api/agreements", draft()).json();
        String code = agreement.path("code").asText();

        signIn("xj-ht.leader");
        browser.waitForAll(".header", "和田地区总工会", "负责人");

        browser.open(base() + "/#/inbox?businessKey=" + code);
        browser.waitForText(".inbox-table tbody", code);
        fitsATablet("the inbox");
        browser.click(".inbox-table tbody tr a.strong-link");
        browser.find(".task-form [data-field=decision]");
        assertThat(browser.text(".task-side")).contains(TITLE);
        fitsATablet("the task page");

        // REVISE without a comment: the server refuses, and says so next to the comment field
        browser.click("[data-field=decision] .choice:nth-child(2) input");
        browser.click(".task-form button[type=submit]");
        assertThat(browser.waitForText("[data-field=comment] .field-error", "意见")).isNotBlank();
        assertThat(browser.script("return document.querySelector('input[value=REVISE]').checked").toString()).isEqualTo("true");

        browser.type("#f-comment", "请补充分年度资金安排。");
        browser.click(".task-form button[type=submit]");
        browser.waitForText(".page", "已办结");

        JsonNode history = as("bj.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json().path("history");
        assertThat(history.get(history.size() - 1).path("decision").asText()).isEqualTo("REVISE");
        assertThat(history.get(history.size() - 1).path("comment").asText()).isEqualTo("请补充分年度资金安排。");
    }

    @Test
    void refusesAWrongPasswordAndSwitchesToEnglishForGood() {
        signIn("nobody.here", "wrong"); // not a real user, so no one is locked out for a while
        browser.waitForText(".signin-card .notice-error", "用户名或密码错误");

        browser.click(".lang-switch button:nth-child(2)");
        browser.waitForText(".signin-card", "Sign in");
        browser.open(base() + "/");
        browser.waitForText(".signin-card", "User name");
    }

    @Test
    void switchesFromChineseToEnglishAndKeepsItOnReload() {
        signInAs("bj.proposer");
        browser.waitForAll(".header .nav", "待办", "援疆项目");
        assertThat(browser.text(".header .user-name")).isEqualTo("北京市总工会 项目专员");
        go("/projects");
        browser.waitForText(".page h1", "援疆项目");

        browser.click(".header .lang-switch button:nth-child(2)");
        browser.waitForAll(".header .nav", "Inbox", "Projects");
        browser.waitForText(".page h1", "Assistance projects");
        assertThat(browser.text(".header .user-name")).isEqualTo("Beijing Federation of Trade Unions Proposer");
        assertThat(browser.script("return document.documentElement.lang").toString()).isEqualTo("en");

        browser.open(base() + "/#/projects");
        browser.waitForAll(".header .nav", "Inbox", "Agreements");
        browser.waitForText(".page h1", "Assistance projects");
        assertThat(browser.text(".header .lang-switch .is-active")).isEqualTo("English");

        browser.click(".header .lang-switch button:nth-child(1)");
        browser.waitForText(".header .nav", "待办");
    }

    private java.util.Map<String, Object> draft() {
        java.util.Map<String, Object> draft = new java.util.HashMap<>(agreementDraft("XJ-HT", 880000));
        draft.put("title", TITLE);
        return draft;
    }
}
