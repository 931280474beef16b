package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * On a phone (360 px wide, as many Android phones are): a deep link from a WeCom, DingTalk or Feishu message opens
 * the task page, which fits the screen and can be acted on; the inbox fits too. Nothing needs sideways scrolling
 * but a wide table inside its own box, and the buttons are large enough to hit with a thumb.
 */
class MobileInTheBrowserTests extends BrowserScenarios {

    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 740;

    @BeforeEach
    void onAPhone() {
        browser.resize(PHONE_WIDTH, PHONE_HEIGHT);
        browser.open(base() + "/");
        browser.find(".signin-card input[name=username]");
        assertThat(browser.script("return String(window.innerWidth);")).isEqualTo(String.valueOf(PHONE_WIDTH));
        fits("the sign-in page");
    }

    @AfterEach
    void backToTheDesk() {
        browser.resize(Browser.WIDTH, Browser.HEIGHT);
    }

    @Test
    void aDeepLinkOpensATaskThatCanBeApprovedOnAPhone() throws Exception {
        JsonNode agreement = draftAgreement("SH", "XJ-KS", 360000);
        String code = agreement.path("code").asText();
        String task = taskId("xj-ks.leader", "reviewAgreement", code);

        // the link in the message, opened by somebody not signed in yet on this phone
        go("/tasks/" + task);
        signInAs("xj-ks.leader");
        browser.waitUntil("location.hash.indexOf('/tasks/" + task + "') >= 0", "still on the task after signing in");
        browser.find(".task-form [data-field=decision]");
        browser.waitForText(".page-head h1", "审查协议");
        fits("the task page");
        phoneScreenshot("mobile-task.png");
        assertThat(width(".task-form button[type=submit]")).as("the submit button is wide enough for a thumb")
                .isGreaterThanOrEqualTo(120);

        browser.click(".task-form [data-field=decision] input[value=APPROVE]");
        browser.click(".task-form button[type=submit]");
        browser.find(".done-card");
        fits("the page after approving");

        go("/inbox");
        browser.waitUntil("document.querySelector('.inbox-table, .empty') && !document.querySelector('.is-stale')", "the inbox");
        fits("the inbox");
        phoneScreenshot("mobile-inbox.png");
        JsonNode after = as("sh.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json();
        assertThat(after.path("history").findValuesAsText("decision")).as("approved from the phone").contains("APPROVE");
    }

    /** The whole page at phone width ({@link #screenshot} with fullPage widens the window to the desk's). */
    private void phoneScreenshot(String name) throws Exception {
        Object height = browser.script("return String(Math.ceil(document.documentElement.scrollHeight));");
        browser.resize(PHONE_WIDTH, Math.max(PHONE_HEIGHT, Math.min(2400, Integer.parseInt(height.toString()) + 90)));
        try {
            screenshot(name, false);
        } finally {
            browser.resize(PHONE_WIDTH, PHONE_HEIGHT);
        }
    }

    private void fits(String page) {
        browser.waitUntil("document.documentElement.scrollWidth <= window.innerWidth", page + " within " + PHONE_WIDTH + " px");
    }

    private int width(String css) {
        Object w = browser.script("var e = document.querySelector(arguments[0]); return e ? String(Math.round(e.getBoundingClientRect().width)) : '0';", css);
        return Integer.parseInt(String.valueOf(w));
    }
}
