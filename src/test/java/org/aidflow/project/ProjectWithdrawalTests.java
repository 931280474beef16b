package org.aidflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 撤回: the donor proposer takes a proposal back while the donor's approval is still open. */
class ProjectWithdrawalTests extends ApiTests {

    @Test
    void withdrawsAProposalBeforeTheDonorApprovesAndFreesItsShareOfTheAgreement() {
        long agreementId = activeAgreement("ZJ", "XJ-AK", 900000).path("id").asLong();
        JsonNode project = propose(agreementId, 300000);
        long id = project.path("id").asLong();
        JsonNode open = as("zj.proposer").get("/api/projects/" + id).json().path("currentTasks").get(0);
        assertThat(open.path("taskKey").asText()).isEqualTo("approveProposalDonor");
        assertThat(open.path("candidateGroups").get(0).asText()).isEqualTo("ZJ:leader");
        assertThat(open.path("assignee").isNull()).isTrue();
        assertThat(open.path("due").asText()).isNotBlank();
        assertThat(as("zj.proposer").get("/api/agreements/" + agreementId).json().path("remainingAmount").decimalValue())
                .isEqualByComparingTo("600000");

        Api.Response withdrawn = as("zj.proposer").post("/api/projects/" + id + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(204);

        JsonNode detail = as("zj.proposer").get("/api/projects/" + id).json();
        assertThat(detail.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(detail.path("currentTasks").size()).isZero();
        assertThat(detail.path("history").findValuesAsText("action")).contains("WITHDRAWN");
        assertThat(as("zj.proposer").get("/api/agreements/" + agreementId).json().path("remainingAmount").decimalValue())
                .isEqualByComparingTo("900000");
        assertThat(as("zj.proposer").post("/api/projects/" + id + "/withdraw", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void letsOnlyTheDonorProposerWithdrawAndOnlyBeforeTheDonorApproves() {
        long agreementId = activeAgreement("ZJ", "XJ-AK", 800000).path("id").asLong();
        JsonNode project = propose(agreementId, 200000);
        String withdraw = "/api/projects/" + project.path("id").asLong() + "/withdraw";

        assertThat(as("zj.leader").post(withdraw, Map.of()).status()).isEqualTo(403);
        assertThat(as("xj-ak.officer").post(withdraw, Map.of()).status()).isEqualTo(403);
        assertThat(as("sh.proposer").post(withdraw, Map.of()).status()).isEqualTo(404);
        assertThat(as("zj.proposer").post("/api/projects/999999999/withdraw", Map.of()).status()).isEqualTo(404);
        assertThat(as("zj.proposer").post(withdraw, Map.of("comment", "长".repeat(2001))).errorFields()).containsExactly("comment");

        completeOk("zj.leader", "approveProposalDonor", project.path("code").asText(), Map.of("decision", "APPROVE"));
        assertThat(as("zj.proposer").post(withdraw, Map.of()).status()).isEqualTo(409);
        assertThat(as("zj.proposer").get(withdraw.replace("/withdraw", "")).json().path("status").asText())
                .isEqualTo("UNDER_REVIEW");
    }

    private JsonNode propose(long agreementId, int budget) {
        Api.Response created = as("zj.proposer").post("/api/projects", Map.of("agreementId", agreementId,
                "recipientUnion", "XJ-AK", "title", "阿克苏职工培训", "type", "VOCATIONAL_TRAINING",
                "focusAreas", List.of("TALENT"), "budget", budget,
                "tranches", List.of(Map.of("amount", budget, "plannedOn", "2026-05-01"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }
}
