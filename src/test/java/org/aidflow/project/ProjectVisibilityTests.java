package org.aidflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ProjectVisibilityTests extends ProjectScenarios {

    private long agreementId;
    private long projectId;
    private String code;

    @BeforeEach
    void hotanProjectOfBeijing() {
        agreementId = agreement(1_000_000);
        JsonNode project = submit(projectDraft(agreementId, RECIPIENT, "WORKER_LIBRARY", 100000, 100000));
        projectId = project.path("id").asLong();
        code = project.path("code").asText();
    }

    @Test
    void hidesBeijingProjectsFromShanghai() {
        long documentId = uploadPdf("bj.proposer", "projectId", projectId);
        for (String path : List.of("/api/projects/" + projectId, "/api/projects/" + projectId + "/trace",
                "/api/agreements/" + agreementId + "/trace", "/api/documents/" + documentId)) {
            assertThat(as("sh.proposer").get(path).status()).as(path).isEqualTo(404);
            assertThat(as("sh.auditor").get(path).status()).as(path).isEqualTo(404);
            assertThat(as("tj.proposer").get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(listed("sh.proposer", "agreementId=" + agreementId)).isZero();
        assertThat(as("sh.proposer").upload("x.pdf", "application/pdf", PDF, "projectId", String.valueOf(projectId)).status())
                .isEqualTo(404);
        Api.Response foreign = as("sh.proposer").post("/api/projects",
                projectDraft(agreementId, RECIPIENT, "WORKER_LIBRARY", 1000, 1000));
        assertThat(foreign.status()).isEqualTo(404);
    }

    @Test
    void showsAHotanProjectOnlyToHotanAndTheUnionsAboveIt() {
        assertThat(as("xj-kz.officer").get("/api/projects/" + projectId).status()).isEqualTo(404);
        assertThat(as("xj-kz.officer").get("/api/projects/" + projectId + "/trace").status()).isEqualTo(404);
        assertThat(listed("xj-kz.officer", "agreementId=" + agreementId)).isZero();
        for (String user : List.of("xj-ht.officer", "xj-ht.finance", "xj.leader", "bj.proposer", "bj.auditor",
                "acftu.auditor", "acftu.officer")) {
            assertThat(as(user).get("/api/projects/" + projectId).status()).as(user).isEqualTo(200);
            assertThat(listed(user, "agreementId=" + agreementId)).as(user).isEqualTo(1);
        }
        assertThat(as("admin").get("/api/projects/" + projectId).status()).isEqualTo(404);
    }

    @Test
    void letsPartiesAndAuditorsReadTraces() {
        for (String user : List.of("bj.auditor", "acftu.auditor", "bj.proposer", "xj-ht.finance")) {
            assertThat(as(user).get("/api/projects/" + projectId + "/trace").status()).as(user).isEqualTo(200);
            Api.Response agreementTrace = as(user).get("/api/agreements/" + agreementId + "/trace");
            assertThat(agreementTrace.status()).as(user).isEqualTo(200);
            assertThat(agreementTrace.json().path("projects")).hasSize(1);
        }
        assertThat(as("admin").get("/api/projects/" + projectId + "/trace").status()).isEqualTo(404);
    }

    @Test
    void keepsTheLedgerVerificationForAuditorsAndAdmin() {
        for (String user : List.of("bj.proposer", "bj.leader", "xj-ht.officer", "acftu.officer")) {
            assertThat(as(user).get("/api/ledger/verify").status()).as(user).isEqualTo(403);
        }
        for (String user : List.of("bj.auditor", "acftu.auditor", "admin")) {
            Api.Response verify = as(user).get("/api/ledger/verify");
            assertThat(verify.status()).as(user).isEqualTo(200);
            assertThat(verify.json().has("firstBadSeq")).isTrue();
        }
        assertThat(anonymous().get("/api/ledger/verify").status()).isEqualTo(401);
    }

    @Test
    void letsNoDonorActOnTheRecipientsTasks() {
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "APPROVE"));
        String review = taskId("xj-ht.officer", "reviewProposalRecipient", code);
        assertThat(as("bj.proposer").get("/api/tasks/" + review).status()).isEqualTo(404);
        assertThat(as("bj.proposer").post("/api/tasks/" + review + "/complete", Map.of("decision", "APPROVE")).status())
                .isEqualTo(404);
        assertThat(as("xj-kz.officer").post("/api/tasks/" + review + "/complete", Map.of("decision", "APPROVE")).status())
                .isEqualTo(404);
        assertThat(as("bj.leader").post("/api/tasks/" + review + "/complete", Map.of("decision", "APPROVE")).status())
                .isEqualTo(404);
        assertThat(project("bj.proposer", projectId).path("currentTasks").get(0).path("taskKey").asText())
                .isEqualTo("reviewProposalRecipient");
    }

    @Test
    void letsOnlyADonorProposerSubmitAProjectSitedUnderItsAgreement() {
        for (String user : List.of("bj.leader", "xj-ht.officer", "acftu.officer", "admin")) {
            assertThat(as(user).post("/api/projects", projectDraft(agreementId, RECIPIENT, "WORKER_LIBRARY", 1000, 1000))
                    .status()).as(user).isEqualTo(403);
        }
        Api.Response elsewhere = as("bj.proposer").post("/api/projects",
                projectDraft(agreementId, "XJ-KS", "WORKER_LIBRARY", 1000, 1000));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.errorFields()).containsExactly("recipientUnion");
        Api.Response unknownType = as("bj.proposer").post("/api/projects",
                projectDraft(agreementId, RECIPIENT, "SPACE_PROGRAM", 1000, 1000));
        assertThat(unknownType.errorFields()).containsExactly("type");
    }

    @Test
    void filtersTheProjectList() {
        String query = "agreementId=" + agreementId;
        assertThat(listed("bj.proposer", query + "&typeGroup=SERVICE_FACILITY&type=WORKER_LIBRARY")).isEqualTo(1);
        assertThat(listed("bj.proposer", query + "&typeGroup=RELIEF")).isZero();
        assertThat(listed("bj.proposer", query + "&status=UNDER_REVIEW&donor=BJ&recipient=XJ-HT")).isEqualTo(1);
        assertThat(listed("bj.proposer", query + "&status=CLOSED")).isZero();
        assertThat(listed("bj.proposer", "q=" + code)).isEqualTo(1);
        assertThat(as("bj.proposer").get("/api/projects?typeGroup=NOPE").status()).isEqualTo(400);
        assertThat(as("bj.proposer").get("/api/projects?size=201").status()).isEqualTo(400);
    }

    private long listed(String user, String query) {
        Api.Response list = as(user).get("/api/projects?" + query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().path("total").asLong();
    }
}
