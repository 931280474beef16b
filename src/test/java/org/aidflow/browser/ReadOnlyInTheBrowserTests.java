package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the pages offer to those who may change nothing: auditors see an agreement's open task and
 * documents without the 催办 button or the upload box, and a withdrawn agreement offers nobody an
 * upload. Hubei's agreements in Bortala.
 */
class ReadOnlyInTheBrowserTests extends BrowserScenarios {

    @Test
    void offersAuditorsNoReminderOrUploadAndAnEndedAgreementNoUpload() {
        long open = draftAgreement("HB", "XJ-BO", 340000).path("id").asLong();
        JsonNode ended = draftAgreement("HB", "XJ-BO", 350000);
        long withdrawn = ended.path("id").asLong();
        assertThat(as("hb.proposer").post("/api/agreements/" + withdrawn + "/withdraw", Map.of()).status()).isEqualTo(204);

        signInAs("hb.proposer");
        go("/agreements/" + open);
        browser.find(".current-task .remind-button");
        browser.find(".upload-box input[type=file]");
        go("/agreements/" + withdrawn);
        browser.waitForText(".documents-closed", "不再接受上传文件");
        assertAbsent(".upload-box");
        signOut();

        for (String auditor : List.of("hb.auditor", "acftu.auditor")) {
            signInAs(auditor);
            go("/agreements/" + open);
            browser.find(".current-tasks[data-ready=true] .current-task");
            assertAbsent(".remind-button");
            assertAbsent(".upload-box");
            signOut();
        }
    }

    private static void assertAbsent(String css) {
        assertThat(browser.script("return document.querySelector(arguments[0]) === null;", css)).as(css).isEqualTo("true");
    }
}
