package org.aidflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 撤回: the donor proposer takes an agreement back while its review is still open. */
class AgreementWithdrawalTests extends ApiTests {

    @Test
    void withdrawsAnAgreementWhileItsReviewIsOpen() {
        JsonNode agreement = draftAgreement("ZJ", "XJ-AK", 500000);
        long id = agreement.path("id").asLong();
        String code = agreement.path("code").asText();

        Api.Response withdrawn = as("zj.proposer").post("/api/agreements/" + id + "/withdraw", Map.of("comment", "金额需重新测算"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(204);

        JsonNode detail = as("zj.proposer").get("/api/agreements/" + id).json();
        assertThat(detail.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(detail.path("currentTasks").size()).isZero();
        JsonNode last = detail.path("history").get(detail.path("history").size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("WITHDRAWN");
        assertThat(last.path("actor").asText()).isEqualTo("zj.proposer");
        assertThat(last.path("comment").asText()).isEqualTo("金额需重新测算");
        assertThat(as("xj-ak.leader").get("/api/tasks?businessKey=" + code).json().path("total").asLong()).isZero();

        assertThat(as("zj.proposer").post("/api/agreements/" + id + "/withdraw", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void letsOnlyTheDonorProposerWithdrawAndOnlyBeforeTheReview() {
        JsonNode agreement = draftAgreement("ZJ", "XJ-AK", 510000);
        String withdraw = "/api/agreements/" + agreement.path("id").asLong() + "/withdraw";

        assertThat(as("zj.leader").post(withdraw, Map.of()).status()).isEqualTo(403);
        assertThat(as("zj.auditor").post(withdraw, Map.of()).status()).isEqualTo(403);
        assertThat(as("xj-ak.leader").post(withdraw, Map.of()).status()).isEqualTo(403);
        assertThat(as("sh.proposer").post(withdraw, Map.of()).status()).isEqualTo(404);
        assertThat(as("admin").post(withdraw, Map.of()).status()).isEqualTo(404);
        assertThat(as("zj.proposer").post("/api/agreements/999999999/withdraw", Map.of()).status()).isEqualTo(404);
        assertThat(as("zj.proposer").post("/api/agreements/x/withdraw", Map.of()).status()).isEqualTo(400);
        assertThat(as("zj.proposer").post(withdraw, Map.of("comment", "长".repeat(2001))).errorFields()).containsExactly("comment");
        assertThat(as("zj.proposer").postRaw(withdraw, "application/json", "[").status()).isEqualTo(400);

        completeOk("xj-ak.leader", "reviewAgreement", agreement.path("code").asText(), Map.of("decision", "APPROVE"));
        Api.Response late = as("zj.proposer").post(withdraw, Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("detail").asText()).contains("withdraw");
        assertThat(as("zj.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json().path("status").asText())
                .isEqualTo("SIGNING");
    }
}
