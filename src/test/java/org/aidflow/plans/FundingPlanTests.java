package org.aidflow.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Funding plans per year: who sets them, their limits, and the per-year budget rule with carry-over. */
class FundingPlanTests extends ProjectScenarios {

    static Map<String, Object> plan(Object... yearAmount) {
        List<Map<String, Object>> years = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < yearAmount.length; i += 2) {
            years.add(Map.of("year", yearAmount[i], "amount", yearAmount[i + 1]));
        }
        return Map.of("years", years);
    }

    private long plannedAgreement() {
        long id = agreement(300_000);
        Api.Response set = as("bj.proposer").put("/api/agreements/" + id + "/plan", plan(2026, 100_000, 2027, 100_000));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        return id;
    }

    private Map<String, Object> draft(long agreementId, Object budget, Integer year) {
        Map<String, Object> draft = projectDraft(agreementId, RECIPIENT, "CADRE_TRAINING", budget, budget);
        if (year != null) {
            draft.put("planYear", year);
        }
        return draft;
    }

    @Test
    void letsTheDonorProposerSetThePlanAndThePartiesReadIt() {
        long id = plannedAgreement();
        JsonNode shown = as("xj-ht.officer").get("/api/agreements/" + id + "/plan").json();
        assertThat(shown.path("planned").decimalValue()).isEqualByComparingTo("200000");
        assertThat(shown.path("years").get(0).path("year").asInt()).isEqualTo(2026);
        assertThat(shown.path("years").get(1).path("amount").decimalValue()).isEqualByComparingTo("100000");
        assertThat(as("acftu.auditor").get("/api/agreements/" + id + "/plan").status()).isEqualTo(200);
        assertThat(as("sh.proposer").get("/api/agreements/" + id + "/plan").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/agreements/" + id + "/plan").status()).isEqualTo(401);
        assertThat(as("bj.leader").put("/api/agreements/" + id + "/plan", plan(2026, 1)).status()).isEqualTo(403);
        assertThat(as("bj.auditor").put("/api/agreements/" + id + "/plan", plan(2026, 1)).status()).isEqualTo(403);
        assertThat(as("xj-ht.officer").put("/api/agreements/" + id + "/plan", plan(2026, 1)).status()).isEqualTo(403);
        assertThat(as("sh.proposer").put("/api/agreements/" + id + "/plan", plan(2026, 1)).status()).isEqualTo(404);
        assertThat(as("bj.proposer").get("/api/agreements/" + id).json().path("history").toString()).contains("PLAN_SET");
    }

    @Test
    void refusesPlansOutsideTheAgreement() {
        long id = agreement(300_000);
        String path = "/api/agreements/" + id + "/plan";
        assertThat(as("bj.proposer").put(path, plan(2025, 1000)).errorFields()).containsExactly("years[0].year");
        assertThat(as("bj.proposer").put(path, plan(2026, 1000, 2026, 5)).errorFields()).containsExactly("years[1].year");
        assertThat(as("bj.proposer").put(path, plan(2026, 200_000, 2027, 100_001)).errorFields()).containsExactly("years");
        assertThat(as("bj.proposer").put(path, plan(2026, -5)).errorFields()).containsExactly("years[0].amount");
        assertThat(as("bj.proposer").put(path, plan(2026, 1.005)).errorFields()).containsExactly("years[0].amount");
        assertThat(as("bj.proposer").put(path, Map.of()).errorFields()).containsExactly("years");
        assertThat(as("bj.proposer").put(path, Map.of("years", List.of(), "extra", 1)).status()).isEqualTo(400);
    }

    @Test
    void asksForAPlanYearOnlyWhereThereIsAPlan() {
        long planned = plannedAgreement();
        assertThat(as("bj.proposer").post("/api/projects", draft(planned, 1000, null)).errorFields()).containsExactly("planYear");
        assertThat(as("bj.proposer").post("/api/projects", draft(planned, 1000, 2028)).errorFields()).containsExactly("planYear");
        long unplanned = agreement(300_000);
        assertThat(as("bj.proposer").post("/api/projects", draft(unplanned, 1000, 2026)).errorFields()).containsExactly("planYear");
        JsonNode created = submit(draft(unplanned, 1000, null));
        assertThat(created.path("planYear").isNull()).isTrue();
    }

    @Test
    void keepsEachYearWithinItsPlanAndCarryOver() {
        long id = plannedAgreement();
        JsonNode first = submit(draft(id, 80_000, 2026));
        assertThat(first.path("planYear").asInt()).isEqualTo(2026);
        Api.Response over = as("bj.proposer").post("/api/projects", draft(id, 30_000, 2026));
        assertThat(over.status()).as(over.body()).isEqualTo(409);
        assertThat(over.json().path("detail").asText()).contains("2026").contains("20000.00");
        // 2026 leaves 20,000 unused: 2027 has 120,000
        submit(draft(id, 120_000, 2027));
        assertThat(as("bj.proposer").post("/api/projects", draft(id, 1, 2027)).status()).isEqualTo(409);
        // using 2026's rest now would take 2027's carry-over away
        assertThat(as("bj.proposer").post("/api/projects", draft(id, 10_000, 2026)).status()).isEqualTo(409);

        JsonNode years = as("bj.proposer").get("/api/agreements/" + id + "/plan").json().path("years");
        assertThat(years.get(0).path("committed").decimalValue()).isEqualByComparingTo("80000");
        assertThat(years.get(0).path("unused").decimalValue()).isEqualByComparingTo("20000");
        assertThat(years.get(1).path("carryIn").decimalValue()).isEqualByComparingTo("20000");
        assertThat(years.get(1).path("available").decimalValue()).isEqualByComparingTo("120000");
    }

    @Test
    void keepsThePlanAboveWhatItsYearsHold() {
        long id = plannedAgreement();
        submit(draft(id, 80_000, 2026));
        String path = "/api/agreements/" + id + "/plan";
        assertThat(as("bj.proposer").put(path, plan(2026, 70_000, 2027, 100_000)).status()).isEqualTo(409);
        assertThat(as("bj.proposer").put(path, plan(2027, 100_000)).status()).isEqualTo(409);
        assertThat(as("bj.proposer").put(path, plan(2026, 80_000, 2027, 150_000)).status()).isEqualTo(200);
    }

    @Test
    void showsApprovedAndTransferredPerYear() {
        long id = plannedAgreement();
        JsonNode project = submit(draft(id, 40_000, 2027));
        String code = project.path("code").asText();
        approve(code, false, false);
        payTranche(code, 40_000, false);
        JsonNode year = as("bj.finance").get("/api/agreements/" + id + "/plan").json().path("years").get(1);
        assertThat(year.path("approved").decimalValue()).isEqualByComparingTo("40000");
        assertThat(year.path("transferred").decimalValue()).isEqualByComparingTo("40000");

        JsonNode report = as("bj.finance").get("/api/reports/plans").json();
        JsonNode y2027 = null;
        for (JsonNode row : report.path("years")) {
            y2027 = row.path("year").asInt() == 2027 ? row : y2027;
        }
        assertThat(y2027).isNotNull();
        assertThat(y2027.path("transferred").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("40000"));
        String other = as("bt.officer").get("/api/reports/plans").body();
        assertThat(as("bt.officer").get("/api/reports/plans").json().path("agreements").asInt()).isZero();
        assertThat(other).doesNotContain("40000");
        assertThat(anonymous().get("/api/reports/plans").status()).isEqualTo(401);
    }

    @Test
    void letsTheRevisionChangeThePlanYearWithinTheRules() {
        long id = plannedAgreement();
        submit(draft(id, 60_000, 2026));
        submit(draft(id, 130_000, 2027));
        JsonNode project = submit(draft(id, 5_000, 2026));
        String code = project.path("code").asText();
        completeOk("bj.leader", "approveProposalDonor", code, Map.of("decision", "REVISE", "comment", "改到2027年"));
        Map<String, Object> revision = new java.util.HashMap<>(draft(id, 20_000, 2027));
        revision.keySet().removeAll(List.of("agreementId", "recipientUnion"));
        revision.put("action", "RESUBMIT");
        Api.Response refused = complete("bj.proposer", "reviseProposal", code, revision);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        revision.put("budget", 10_000);
        revision.put("tranches", List.of(Map.of("amount", 10_000, "plannedOn", "2027-03-01")));
        completeOk("bj.proposer", "reviseProposal", code, revision);
        assertThat(project("bj.proposer", project.path("id").asLong()).path("planYear").asInt()).isEqualTo(2027);
    }
}
