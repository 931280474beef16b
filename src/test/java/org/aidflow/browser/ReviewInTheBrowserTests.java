package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidflow.ApiTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A recipient leader signs in through the sign-in page, finds the agreement in the inbox, and
 * reviews it with the task form rendered from its Camunda Form. Needs Debian's chromium and
 * chromium-driver (.ci/run installs them); without them the tests fail and say so.
 */
class ReviewInTheBrowserTests extends ApiTests {

    private static final String TITLE = "<script>alert(1)</script> 和田职工书屋";

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
        browser.open(base() + "/");
        browser.script("localStorage.setItem('aidflow.lang', 'zh');");
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    @Test
    void reviewsAnAgreementThroughTheTaskFormAndKeepsTypedTextOnServerErrors() {
        JsonNode agreement = as("bj.proposer").post("/api/agreements", draft()).json();
        String code = agreement.path("code").asText();

        signIn("xj-ht.leader");
        assertThat(browser.waitForText(".header", "和田地区总工会")).contains("负责人");

        browser.open(base() + "/#/inbox?businessKey=" + code);
        browser.waitForText(".inbox-table tbody", code);
        browser.click(".inbox-table tbody tr a.strong-link");
        browser.find(".task-form [data-field=decision]");
        assertThat(browser.text(".task-side")).contains(TITLE);

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

    private void signIn(String username) {
        signIn(username, "demo");
    }

    private void signIn(String username, String password) {
        browser.type("input[name=username]", username);
        browser.type("input[name=password]", password);
        browser.click(".signin-card button[type=submit]");
    }

    private java.util.Map<String, Object> draft() {
        java.util.Map<String, Object> draft = new java.util.HashMap<>(agreementDraft("XJ-HT", 880000));
        draft.put("title", TITLE);
        return draft;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
