package org.aidflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aidflow.ApiTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The unfiltered inbox reads a large group's first pages in creation order (Inbox.DENSE); here that way
 * is switched on for every user and must give exactly the pages, order and totals the join gives.
 */
class InboxReadingTests extends ApiTests {

    @Autowired
    Inbox inbox;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void readsTheSamePagesInCreationOrderAsByJoining() {
        for (int i = 0; i < 5; i++) {
            draftAgreement("BJ", "XJ-HT", 10000 + i);
        }
        String claimed = as("xj-ht.leader").get("/api/tasks?size=1").json().path("items").get(0).path("id").asText();
        assertThat(as("xj-ht.leader").post("/api/tasks/" + claimed + "/claim", Map.of()).status()).isEqualTo(204);

        List<String> joined = pages("xj-ht.leader");
        List<String> joinedRegion = pages("xj.leader");
        try {
            inbox.denseThreshold(1);
            assertThat(pages("xj-ht.leader")).isEqualTo(joined);
            assertThat(pages("xj.leader")).isEqualTo(joinedRegion);
        } finally {
            inbox.denseThreshold(Inbox.DENSE);
        }
        assertThat(joined).hasSizeGreaterThanOrEqualTo(5 + 1).contains(claimed);
    }

    @Test
    void hasItsIndexOnCamundasIdentityLinksOnThisDatabase() throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            assertThat(InboxIndex.exists(connection)).as(InboxIndex.NAME).isTrue();
        }
        // made once: a second start (or a second node) finds it and leaves it
        InboxIndex.ensure(dataSource);
        try (java.sql.Connection connection = dataSource.getConnection()) {
            assertThat(InboxIndex.exists(connection)).isTrue();
        }
    }

    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Test
    void aTasksOwnVariableDoesNotPassForItsProcesses() {
        JsonNode agreement = draftAgreement("BJ", "XJ-HT", 10000);
        long id = agreement.path("id").asLong();
        String code = agreement.path("code").asText();
        String taskId = taskId("xj-ht.leader", "reviewAgreement", code);
        // a variable of the task's own with the process's name: the views and the work item keep the process's
        taskService.setVariableLocal(taskId, "agreementId", -7L);
        JsonNode listed = as("xj-ht.leader").get("/api/tasks?taskKey=reviewAgreement&businessKey=" + code).json();
        assertThat(listed.path("items").get(0).path("agreementId").asLong()).isEqualTo(id);
        JsonNode shown = as("xj-ht.leader").get("/api/tasks/" + taskId).json();
        assertThat(shown.path("agreementId").asLong()).isEqualTo(id);
        completeOk("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        assertThat(as("bj.proposer").get("/api/agreements/" + id).json().path("status").asText()).isEqualTo("SIGNING");
    }

    /**
     * A completion reads the task's process variables by their execution, through Camunda's index on
     * EXECUTION_ID_. Asked for process-level variables in its WHERE, H2 took the index on TASK_ID_ instead and
     * went through every process-level variable of every instance: a read that grew with the database.
     */
    @Test
    void readsATasksFactsThroughTheIndexOnItsExecution() throws Exception {
        List<String> keys = new ArrayList<>();
        String plan;
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement explain = connection.prepareStatement("EXPLAIN " + Inbox.FACTS)) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
            for (int i = 1; i <= 7; i++) {
                explain.setString(i, i == 2 ? "reviewAgreement" : "x");
            }
            StringBuilder text = new StringBuilder();
            try (java.sql.ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    if (h2) {
                        text.append(rs.getString(1));
                    } else {
                        keys.add(String.valueOf(rs.getString("key")).toUpperCase());
                        text.append(rs.getString("table")).append(':').append(rs.getString("key")).append(' ');
                    }
                }
            }
            plan = text.toString().toUpperCase();
            if (!h2) {
                assertThat(keys).as(plan).contains("ACT_FK_VAR_EXE");
            }
        }
        assertThat(plan).contains("ACT_FK_VAR_EXE").doesNotContain("ACT_IDX_VARIABLE_TASK");
    }

    /** Every page of three tasks (ids in order) and, first, the total as each page tells it. */
    private List<String> pages(String user) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = as(user).get("/api/tasks?size=3&page=" + page).json();
            ids.add("total " + body.path("total").asLong());
            if (body.path("items").isEmpty()) {
                return ids;
            }
            body.path("items").forEach(t -> ids.add(t.path("id").asText()));
        }
    }
}
