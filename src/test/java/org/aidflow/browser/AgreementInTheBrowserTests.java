package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An agreement from draft to ACTIVE through the UI alone: bj.proposer drafts it, xj-ht.leader
 * reviews it, and bj.leader and xj-ht.leader each upload a signed copy with the upload widget of
 * their signing form and sign. Saves the inbox, the review task and the agreement list.
 */
class AgreementInTheBrowserTests extends BrowserScenarios {

    private static final String TITLE = "2026年度北京—和田职工服务阵地建设协议";

    private Path signedCopy;

    @BeforeEach
    void aSignedCopy() throws Exception {
        signedCopy = Files.createTempFile("signed-agreement-", ".pdf");
        Files.write(signedCopy, PDF);
    }

    @AfterEach
    void removeTheCopy() throws Exception {
        Files.deleteIfExists(signedCopy);
    }

    @Test
    void draftsReviewsAndSignsAnAgreementThroughTheUiAlone() throws Exception {
        signInAs("bj.proposer");
        go("/agreements");
        browser.click("a.btn-primary[href='#/agreements/new']");
        browser.click("#f-recipientUnion option[value='XJ-HT']");
        browser.type("#f-title", TITLE);
        browser.click("[data-field=focusAreas] input[value=LIVELIHOOD]");
        browser.click("[data-field=focusAreas] input[value=FACILITY]");
        browser.type("#f-intendedAmount", "3200000.50");
        browser.setValue("#f-startDate", "2026-01-01");
        browser.setValue("#f-endDate", "2027-12-31");
        browser.type("#f-description", "援建户外劳动者服务站点 12 个、职工书屋 8 个。");
        browser.click("form.card button[type=submit]");
        String code = browser.waitForText(".page-sub .mono", "AGR-BJ-");
        browser.waitForAll(".page-head", TITLE, "审查中");
        long id = Long.parseLong(browser.script("return location.hash.split('/')[2];").toString());
        signOut();

        // two more drafts, so that the leader's inbox looks like a working day
        draft("北京—和田工匠人才培训合作协议（2026—2027）", "TALENT", 1800000);
        draft("京和两地职工文化交流协议", "CULTURE", 650000);
        signInAs("xj-ht.leader");
        go("/inbox");
        browser.waitForText(".inbox-table tbody", code);
        screenshot("inbox.png", false);
        openTask(code, "reviewAgreement");
        browser.waitForText(".task-side", TITLE);
        browser.click("[data-field=decision] input[value=APPROVE]");
        browser.type("#f-comment", "同意。请抓紧安排双方签署。");
        browser.find(".diagram svg");
        screenshot("task.png", false);
        submitTask();
        signOut();

        sign("bj.leader", code, "signAgreementDonor", "李明");
        sign("xj-ht.leader", code, "signAgreementRecipient", "艾力·买买提");

        signInAs("bj.proposer");
        go("/agreements/" + id);
        browser.waitForAll(".page-head", "已生效", TITLE);
        assertThat(browser.text(".sig-list")).contains("李明", "艾力·买买提");
        go("/agreements");
        browser.waitForText(".table tbody", code);
        screenshot("agreements.png", false);

        JsonNode agreement = as("bj.proposer").get("/api/agreements/" + id).json();
        assertThat(agreement.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(agreement.path("intendedAmount").decimalValue()).isEqualByComparingTo("3200000.50");
        assertThat(agreement.path("documents").size()).isEqualTo(2);
    }

    private void draft(String title, String focusArea, int amount) {
        Map<String, Object> draft = new HashMap<>(agreementDraft("XJ-HT", amount));
        draft.put("title", title);
        draft.put("focusAreas", List.of(focusArea));
        assertThat(as("bj.proposer").post("/api/agreements", draft).status()).isEqualTo(201);
    }

    /** Signs with the form's own upload widget, which fills in the id of the uploaded copy. */
    private void sign(String username, String code, String taskKey, String signatory) {
        signInAs(username);
        openTask(code, taskKey);
        browser.type("#f-signatory", signatory);
        browser.setValue("#f-signedOn", "2026-02-01");
        browser.chooseFile("[data-field=documentId] input[type=file]", signedCopy);
        browser.waitForText("[data-field=documentId] .upload-file", signedCopy.getFileName().toString());
        browser.click("[data-field=documentId] .upload-row > button");
        browser.waitForText("[data-field=documentId] .upload-done", signedCopy.getFileName().toString());
        assertThat(browser.value("#f-documentId")).matches("\\d+");
        submitTask();
        signOut();
    }
}
