package org.aidflow.races;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Races on one task through the REST API, each started together at a barrier and repeated: the
 * task's row lock lets the first change through and answers the others 409, never 500, and what
 * is stored afterwards agrees with the answers given.
 */
class TaskRaceTests extends ProjectScenarios {

    private static final int TRIALS = 20;

    @Test
    void letsExactlyOneOfSixteenSimultaneousCompletionsThrough() throws Exception {
        long agreement = agreement(1_000_000);
        Map<String, Integer> tally = new TreeMap<>();
        for (int trial = 0; trial < 5; trial++) {
            JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 1000, 1000));
            String code = project.path("code").asText();
            String task = taskId("bj.leader", "approveProposalDonor", code);
            List<Callable<Integer>> callers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String comment = "thread " + i;
                callers.add(() -> as("bj.leader").post("/api/tasks/" + task + "/complete",
                        Map.of("decision", "APPROVE", "comment", comment)).status());
            }
            List<Integer> statuses = Race.values(Race.run(callers));
            statuses.forEach(s -> tally.merge(String.valueOf(s), 1, Integer::sum));
            assertThat(statuses).as("trial %d", trial).containsOnlyOnce(204).containsOnly(204, 409);
            assertThat(audits(task, "TASK_COMPLETED")).isEqualTo(1);
            assertThat(noTask("xj-ht.officer", "reviewProposalRecipient", code)).isFalse();
        }
        System.out.printf("[races] 16 completions of one task, 5 trials: answers %s%n", tally);
    }

    /**
     * Per trial, on a proposal waiting for the donor leader: bj.leader claims, completes (APPROVE) and
     * hands it to bj.leader2, while bj.proposer withdraws the proposal. Exactly one of completion and
     * withdrawal wins; every answer is 204 or 409; the audit trail holds one record per 204.
     */
    @Test
    void settlesClaimCompleteDelegateAndWithdrawOnOneTaskConsistently() throws Exception {
        long agreement = agreement(1_000_000);
        Map<String, Integer> winners = new TreeMap<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 1000, 1000));
            String code = project.path("code").asText();
            long id = project.path("id").asLong();
            String task = taskId("bj.leader", "approveProposalDonor", code);
            List<String> actions = List.of("claim", "complete", "delegate", "withdraw");
            List<Callable<Integer>> callers = List.of(
                    () -> as("bj.leader").post("/api/tasks/" + task + "/claim", Map.of()).status(),
                    () -> as("bj.leader").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status(),
                    () -> as("bj.leader").post("/api/tasks/" + task + "/delegate", Map.of("to", "bj.leader2")).status(),
                    () -> as("bj.proposer").post("/api/projects/" + id + "/withdraw", Map.of("comment", "race")).status());
            List<Integer> statuses = Race.values(Race.run(callers));
            assertThat(statuses).as("trial %d: %s %s", trial, actions, statuses).containsOnly(204, 409);
            List<String> won = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                if (statuses.get(i) == 204) {
                    won.add(actions.get(i));
                }
            }
            winners.merge(String.join("+", won), 1, Integer::sum);
            boolean completed = statuses.get(1) == 204;
            boolean withdrawn = statuses.get(3) == 204;
            assertThat(completed ^ withdrawn).as("trial %d: one of completion and withdrawal, %s", trial, won).isTrue();
            String status = project("bj.proposer", id).path("status").asText();
            assertThat(status).isEqualTo(withdrawn ? "WITHDRAWN" : "UNDER_REVIEW");
            assertThat(noTask("bj.leader", "approveProposalDonor", code)).isTrue();
            assertThat(noTask("xj-ht.officer", "reviewProposalRecipient", code)).isEqualTo(withdrawn);
            assertThat(audits(task, "TASK_COMPLETED")).isEqualTo(completed ? 1 : 0);
            assertThat(audits(task, "TASK_DELEGATED")).isEqualTo(statuses.get(2) == 204 ? 1 : 0);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE subject_type = 'PROJECT' AND subject_id = ? AND action = 'WITHDRAWN'")
                    .param(id).query(Long.class).single()).isEqualTo(withdrawn ? 1 : 0);
        }
        System.out.printf("[races] claim vs complete vs delegate vs withdraw, %d trials: winners %s%n", TRIALS, winners);
    }

    private long audits(String taskId, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE task_id = ? AND action = ?").params(taskId, action)
                .query(Long.class).single();
    }
}
