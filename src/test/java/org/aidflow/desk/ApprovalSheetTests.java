package org.aidflow.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 审批单: a PDF whose text (Chinese included) reads back with every decision, for those who may see the case only. */
class ApprovalSheetTests extends ProjectScenarios {

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSheetOfAProjectListsItsFactsAndEveryDecision() {
        long agreement = agreement(10_000_000);
        JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        String code = project.path("code").asText();
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE", "comment", "同意立项，请受援方审查"));
        completeOk("xj-ht.officer", "reviewProposalRecipient", code, Map.of("decision", "APPROVE", "comment", "材料齐全"));
        long id = project.path("id").asLong();

        Api.Response sheet = as("bj.proposer").get("/api/projects/" + id + "/approval-sheet.pdf");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.header("Content-Type")).startsWith("application/pdf");
        byte[] pdf = sheet.raw().body();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("工会对口援疆项目审批单").contains(code).contains("北京市总工会")
                .contains("援方审批").contains("同意立项，请受援方审查").contains("材料齐全").contains("批准");
        assertThat(text).contains(project.path("title").asText().replaceAll("\\s+", "").substring(0, 6));

        // the parties and their superiors read it; others do not know of it
        assertThat(as("xj.leader").get("/api/projects/" + id + "/approval-sheet.pdf").status()).isEqualTo(200);
        assertThat(as("acftu.auditor").get("/api/projects/" + id + "/approval-sheet.pdf").status()).isEqualTo(200);
        assertThat(as("sh.proposer").get("/api/projects/" + id + "/approval-sheet.pdf").status()).isEqualTo(404);
        assertThat(as("bt.officer").get("/api/projects/" + id + "/approval-sheet.pdf").status()).isEqualTo(404);
        assertThat(as("admin").get("/api/projects/" + id + "/approval-sheet.pdf").status()).isEqualTo(404);
        assertThat(as("bj.proposer").get("/api/projects/999999999/approval-sheet.pdf").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/projects/" + id + "/approval-sheet.pdf").status()).isEqualTo(401);
    }

    @Test
    void theSheetOfAnAgreementListsItsReviewAndSignatures() {
        JsonNode agreement = activeAgreement("BJ", "XJ-HT", 1_000_000);
        long id = agreement.path("id").asLong();
        Api.Response sheet = as("xj-ht.leader").get("/api/agreements/" + id + "/approval-sheet.pdf");
        assertThat(sheet.status()).isEqualTo(200);
        String text = text(sheet.raw().body()).replaceAll("\\s+", "");
        assertThat(text).contains("工会对口援疆协议审批单").contains(agreement.path("code").asText())
                .contains("审查协议").contains("援方签署").contains("受援方签署").contains("已生效");
        assertThat(as("sh.leader").get("/api/agreements/" + id + "/approval-sheet.pdf").status()).isEqualTo(404);
    }
}
