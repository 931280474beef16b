package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Camunda's web apps trust the AidFlow sign-in: the administrator signs in once, on AidFlow's
 * sign-in page, and Cockpit shows the process definitions and Tasklist a task's Camunda Form
 * without another login; signing out of AidFlow signs out of the web apps; a business user signed
 * in to AidFlow does not get Cockpit. Camunda's pages are watched for CSP violations and script
 * errors from their first script on, as the app's own pages are. Needs Debian's chromium and
 * chromium-driver (.ci/run installs them).
 */
class CamundaWebappsInTheBrowserTests extends BrowserScenarios {

    private static final String COCKPIT = "/camunda/app/cockpit/default/";
    private static final String TASKLIST = "/camunda/app/tasklist/default/";

    @BeforeAll
    static void watchCamundasPagesToo() {
        watchEveryPage();
    }

    @Test
    void anAdministratorSignedInToAidFlowWorksInCockpitAndTasklist() throws Exception {
        String code = draftAgreement("BJ", "XJ-HT", 1000).path("code").asText();
        String task = taskId("xj-ht.leader", "reviewAgreement", code);

        signInAs("admin");

        browser.open(base() + COCKPIT + "#/processes");
        browser.waitForAll(".ctn-main", "aid-agreement", "援疆协议 Assistance agreement", "aid-project", "援疆项目 Assistance project");
        browser.find("a[href*='process-definition/aid-agreement:']");
        assertThat(browser.text("[cam-widget-header]")).contains("系统管理员 Administrator");
        screenshot("camunda-cockpit.png", false);
        noProblemsOnThisPage("Cockpit");

        // the task by its address: Tasklist renders its Camunda Form
        browser.open(base() + TASKLIST + "#/?task=" + task);
        browser.waitForAll(".fjs-form", "审批意见 Decision", "批准 Approve", "退回修改 Return for revision", "驳回 Reject", "意见 Comment");
        browser.waitUntil("document.querySelectorAll('.fjs-form-field-radio input[type=radio]').length === 3", "the three decisions");
        browser.find(".fjs-form-field-textarea textarea");
        assertThat(browser.text(".task-details, .ctn-main")).contains("审查协议 Review agreement");

        screenshot("camunda-tasklist.png", false);
        noProblemsOnThisPage("Tasklist");
        // claiming there is refused (the task belongs to its people; AidFlow's checks decide), and the
        // refusal, unlike a request without Camunda's CSRF token, keeps the AidFlow session
        browser.click("[ng-click='claim()']");
        browser.waitUntil("document.querySelector('.notifications .alert-danger, .notification.error, [cam-notifications] .alert') !== null",
                "Tasklist's error notice");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_TASK WHERE ID_ = ? AND ASSIGNEE_ IS NULL").param(task)
                .query(Long.class).single()).as("nobody holds the task").isEqualTo(1);
        browser.open(base() + "/");
        browser.find(".header .user-name");

        // signing out of AidFlow signs out of the web apps
        signOut();
        browser.open(base() + COCKPIT);
        browser.find(".signin-card input[name=username]");
        assertThat(browser.script("return location.pathname").toString()).isEqualTo("/");
    }

    @Test
    void signingOutOfCockpitLeadsToAidFlowsSignInPage() {
        signInAs("admin");
        browser.open(base() + COCKPIT + "#/dashboard");
        browser.click("[cam-widget-header] .account .dropdown-toggle");
        browser.click("[cam-widget-header] .account li.logout a");

        // not the web app's own login form, which cannot sign in: AidFlow's sign-in page
        browser.find(".signin-card input[name=username]");
        assertThat(browser.script("return location.pathname").toString()).isEqualTo("/");
        browser.open(base() + TASKLIST);
        browser.find(".signin-card input[name=username]");

        // signing in again opens the web apps again
        signInAs("admin");
        browser.open(base() + TASKLIST);
        browser.waitForText("[cam-widget-header]", "系统管理员 Administrator");
        noProblemsOnThisPage("Tasklist");
    }

    @Test
    void aBusinessUserSignedInToAidFlowDoesNotGetCockpit() {
        signInAs("bj.leader");
        browser.open(base() + COCKPIT);
        browser.waitForText("body", "403");
        assertThat(browser.script("return !!document.querySelector('[cam-widget-header], .ctn-main')").toString())
                .isEqualTo("false");
        browser.open(base() + "/");
        browser.find(".header .user-name");
    }

    private void noProblemsOnThisPage(String page) {
        Object problems = browser.script("return window.__problems ? window.__problems.join('\\n') : null;");
        assertThat(problems).as("the watch on " + page).isNotNull();
        assertThat(problems.toString()).as("CSP violations and script errors in " + page).isEmpty();
    }
}
