package org.aidflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ConcurrentCompletionTests extends ApiTests {

    @Test
    void letsExactlyOneOfFourSimultaneousCompletionsThrough() throws Exception {
        JsonNode agreement = draftAgreement("JS", "XJ-KZ", 100000);
        String code = agreement.path("code").asText();
        String task = taskId("xj-kz.leader", "reviewAgreement", code);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String decision : List.of("APPROVE", "REJECT", "APPROVE", "REJECT")) {
                results.add(pool.submit(() -> {
                    start.await();
                    return as("xj-kz.leader").post("/api/tasks/" + task + "/complete",
                            Map.of("decision", decision, "comment", "并发 " + decision)).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnlyOnce(204).containsOnly(204, 409);
        } finally {
            pool.shutdownNow();
        }
        long records = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE subject_type = 'AGREEMENT' AND subject_id = ? AND task_id = ?")
                .params(agreement.path("id").asLong(), task).query(Long.class).single();
        assertThat(records).isEqualTo(1);
        String status = as("js.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json().path("status").asText();
        assertThat(status).isIn("SIGNING", "REJECTED");
    }
}
