package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.aidflow.directory.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 催办, 转办, remarks and 撤回 in the browser, with Zhejiang's agreements in Aksu: the proposer
 * reminds the reviewer, who finds it under the bell, remarks on the task and hands it to a
 * colleague; and a proposer withdraws a draft before anyone has reviewed it.
 */
class TaskActionsInTheBrowserTests extends BrowserScenarios {

    private static final String COLLEAGUE = "xj-ak.leader2";

    @Autowired
    People people;

    @BeforeEach
    void aSecondAksuLeader() {
        people.ensure(COLLEAGUE, "阿克苏地区总工会 副主席", "XJ-AK", List.of("leader"), "demo");
    }

    @Test
    void remindsTheReviewerWhoRemarksAndHandsTheTaskToAColleague() {
        JsonNode agreement = draftAgreement("ZJ", "XJ-AK", 760000);
        String code = agreement.path("code").asText();

        signInAs("zj.proposer");
        go("/agreements/" + agreement.path("id").asLong());
        browser.waitForAll(".current-tasks", "审查协议", "待阿克苏地区总工会 负责人办理");
        browser.click(".current-task .remind-button");
        browser.find(".dialog textarea");
        browser.type(".dialog textarea", "协议急需生效，请尽快审查。");
        browser.click(".dialog button[type=submit]");
        browser.waitForText(".current-task .remind-sent", "已催办");
        browser.waitForNone(".dialog");
        signOut();

        signInAs("xj-ak.leader");
        browser.waitUntil("document.querySelector('.bell-count')", "an unread count on the bell");
        browser.click(".header .bell");
        browser.waitForAll(".notice-list .notice-item:first-child", "协议急需生效，请尽快审查。", "催办", "审查协议", code);
        browser.click(".notice-list .notice-item:first-child a.btn-primary");
        browser.find(".task-form [data-field=decision]");
        assertThat(browser.text(".page-head h1")).isEqualTo("审查协议");

        browser.type("#f-commentText", "预算明细请按年度拆分。");
        browser.click(".comment-form button[type=submit]");
        browser.waitForText(".comment-list", "预算明细请按年度拆分。");

        browser.click(".page-head .delegate-button");
        browser.click(".dialog input[value='" + COLLEAGUE + "']");
        browser.type(".dialog textarea", "我出差一周，请代为审查。");
        browser.click(".dialog button[type=submit]");
        browser.waitForAll(".done-card", "已转办", "阿克苏地区总工会 副主席");
        signOut();

        signInAs(COLLEAGUE);
        go("/notifications");
        browser.waitForAll(".notice-list .notice-item:first-child", "转办", "我出差一周，请代为审查。");
        browser.click(".notice-list .notice-item:first-child a.btn-primary");
        assertThat(browser.waitForText(".page-head .assignee", "由我办理")).isNotBlank();
        browser.waitForText(".comment-list", "预算明细请按年度拆分。");

        JsonNode history = as("zj.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json().path("history");
        assertThat(history.findValuesAsText("action")).contains("TASK_REMINDED", "TASK_COMMENTED", "TASK_DELEGATED");
    }

    @Test
    void withdrawsADraftBeforeItsReview() {
        JsonNode agreement = draftAgreement("ZJ", "XJ-AK", 770000);

        signInAs("zj.proposer");
        go("/agreements/" + agreement.path("id").asLong());
        browser.click(".page-head .withdraw-button");
        browser.type(".dialog textarea", "金额需要重新测算。");
        browser.click(".dialog button[type=submit]");
        browser.waitForText(".page-head", "已撤回");
        browser.waitForNone(".withdraw-button");
        browser.waitForAll(".timeline", "撤回", "金额需要重新测算。");

        assertThat(as("zj.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json().path("status").asText())
                .isEqualTo("WITHDRAWN");
    }
}
