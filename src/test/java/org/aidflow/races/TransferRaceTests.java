package org.aidflow.races;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Transfers at once: the same transfer submitted twice (a double click, or a retry with the reference
 * typed again) writes one ledger entry; transfers on different projects do not wait for each other,
 * since each locks only its own project's rows.
 */
class TransferRaceTests extends ProjectScenarios {

    private static final int TRIALS = 20;
    private static final int PROJECTS = 50;

    private record Waiting(long id, String code, String task) {
    }

    @Test
    void writesOneLedgerEntryForTheSameTransferSubmittedTwiceAtOnce() throws Exception {
        long agreement = agreement(1_000_000);
        List<Waiting> projects = waitingForTransfer(agreement, TRIALS);
        Map<String, Integer> answers = new TreeMap<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            Waiting p = projects.get(trial);
            // even trials: the very same request twice; odd ones: a retry whose reference was typed again
            String first = bankReference();
            String second = trial % 2 == 0 ? first : bankReference();
            List<Callable<Integer>> callers = new ArrayList<>();
            for (String reference : List.of(first, second)) {
                callers.add(() -> as("bj.finance").post("/api/tasks/" + p.task() + "/complete",
                        Map.of("amount", 1000, "bankReference", reference, "transferredOn", "2026-03-01")).status());
            }
            List<Integer> statuses = Race.values(Race.run(callers));
            answers.merge(statuses.toString(), 1, Integer::sum);
            assertThat(statuses).as("trial %d", trial).containsExactlyInAnyOrder(204, 409);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE project_id = ? AND entry_type = 'TRANSFER'")
                    .param(p.id()).query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM bank_reference WHERE project_id = ?").param(p.id()).query(Long.class)
                    .single()).isEqualTo(1);
        }
        System.out.printf("[races] the same transfer twice at once, %d trials: answers %s, one TRANSFER entry each%n",
                TRIALS, answers);
        assertThat(as("acftu.auditor").get("/api/ledger/verify").json().path("ok").asBoolean()).isTrue();
    }

    /**
     * Fifty transfers on fifty projects, all at once and then fifty more one after another: both wall
     * times are printed; the test asserts only what timing cannot make flaky, that the concurrent
     * requests were under way together and all went through, one entry each.
     */
    @Test
    void runsTransfersOnDifferentProjectsInParallel() throws Exception {
        long agreement = agreement(1_000_000);
        List<Waiting> concurrent = waitingForTransfer(agreement, PROJECTS);
        List<Waiting> sequential = waitingForTransfer(agreement, PROJECTS);

        long t0 = System.nanoTime();
        for (Waiting p : sequential) {
            assertThat(transfer(p)).isEqualTo(204);
        }
        long sequentialMillis = (System.nanoTime() - t0) / 1_000_000;

        List<Callable<Integer>> callers = new ArrayList<>();
        concurrent.forEach(p -> callers.add(() -> transfer(p)));
        t0 = System.nanoTime();
        List<Race.Timed<Integer>> results = Race.run(callers);
        long concurrentMillis = (System.nanoTime() - t0) / 1_000_000;

        int atOnce = Race.mostAtOnce(results);
        System.out.printf("[races] %d transfers on %d projects: sequential %d ms, concurrent %d ms (%.2fx), "
                        + "at most %d requests under way at once%n", PROJECTS, PROJECTS, sequentialMillis, concurrentMillis,
                (double) sequentialMillis / concurrentMillis, atOnce);
        assertThat(Race.values(results)).containsOnly(204);
        assertThat(atOnce).isGreaterThan(1);
        for (Waiting p : concurrent) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE project_id = ? AND entry_type = 'TRANSFER'")
                    .param(p.id()).query(Long.class).single()).isEqualTo(1);
        }
    }

    private int transfer(Waiting p) {
        return as("bj.finance").post("/api/tasks/" + p.task() + "/complete",
                Map.of("amount", 1000, "bankReference", bankReference(), "transferredOn", "2026-03-01")).status();
    }

    /** Approved projects of 1,000 yuan in one tranche, requested and approved: recordTransfer is open. */
    private List<Waiting> waitingForTransfer(long agreement, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Waiting>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    JsonNode project = approvedProject(agreement, 1000, 1000);
                    String code = project.path("code").asText();
                    requestTranche(code, 1000, false);
                    completeOk("bj.leader", "approveTranche", code, Map.of("decision", "APPROVE"));
                    return new Waiting(project.path("id").asLong(), code, taskId("bj.finance", "recordTransfer", code));
                }));
            }
            List<Waiting> waiting = new ArrayList<>();
            for (Future<Waiting> f : futures) {
                waiting.add(f.get());
            }
            return waiting;
        } finally {
            pool.shutdownNow();
        }
    }
}
