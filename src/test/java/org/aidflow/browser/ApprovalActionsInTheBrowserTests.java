package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aidflow.directory.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 加签/减签 and 退回 in the browser: the donor's leader adds a colleague after themselves, removes them and adds them
 * again before approving; ACFTU returns a filing to the recipient, and the recipient's approval brings it straight back.
 */
class ApprovalActionsInTheBrowserTests extends BrowserScenarios {

    @Autowired
    People people;

    @BeforeEach
    void aSecondBeijingLeader() {
        people.ensure("bj.leader2", "北京市总工会 副主席", "BJ", List.of("leader"), "demo");
    }

    @Test
    void addsRemovesAndAddsASignerAfterTheLeader() {
        String code = submit(projectDraft(agreement(900000), RECIPIENT, "WORKERS_CULTURAL_PALACE", 450000, 450000))
                .path("code").asText();

        signInAs("bj.leader");
        openTask(code, "approveProposalDonor");
        addSigner("bj.leader2", "AFTER");
        browser.waitForAll(".approval-actions .signer-list", "bj.leader2", "后加签", "待办");
        browser.click(".approval-actions .remove-signer");
        browser.waitForNone(".approval-actions .signer-list");
        addSigner("bj.leader2", "AFTER");
        browser.waitForAll(".approval-actions .signer-list", "bj.leader2", "后加签");
        browser.click("[data-field=decision] input[value=APPROVE]");
        browser.click(".task-form button[type=submit]");
        browser.find(".done-card");
        signOut();

        // the signer added after the leader now holds the donor's approval; the recipient has nothing yet
        assertThat(noTask("xj-ht.officer", "reviewProposalRecipient", code)).isTrue();
        completeOk("bj.leader2", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        assertThat(noTask("xj-ht.officer", "reviewProposalRecipient", code)).isFalse();
    }

    @Test
    void returnsTheFilingToTheRecipientAndComesStraightBack() {
        String code = submit(projectDraft(agreement(12_000_000), RECIPIENT, "WORKERS_CULTURAL_PALACE", 6000000, 6000000))
                .path("code").asText();
        approve(code, true, false);

        signInAs("acftu.officer");
        openTask(code, "fileProposalNational");
        browser.click(".approval-actions .return-button");
        browser.waitForAll(".dialog .choices", "援助方审批项目", "受援方审核项目", "自治区/兵团审批项目");
        browser.click(".dialog input[value=reviewProposalRecipient]");
        browser.type(".dialog textarea", "请补充职工需求调查。");
        browser.click(".dialog button[type=submit]");
        browser.waitUntil("location.hash.indexOf('/inbox') >= 0", "the inbox after the return");
        signOut();

        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE", "comment", "已补充"));
        assertThat(noTask("xj.leader", "approveProposalRegion", code)).isTrue();
        assertThat(noTask("acftu.officer", "fileProposalNational", code)).isFalse();
    }

    private void addSigner(String username, String position) {
        browser.click(".approval-actions .add-signer-button");
        browser.type(".dialog #f-signer", username);
        browser.click(".dialog input[value=" + position + "]");
        browser.click(".dialog button[type=submit]");
        browser.waitForNone(".dialog");
    }
}
