package org.aidflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidflow.ApiTests;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo program goes through the real API: every project ends in the stage it was planned for,
 * its money adds up, and the ledger it leaves verifies. (The tests' own profile switches the
 * automatic seeding off; here it is run by hand on the shared test database.)
 */
class DemoProgramTests extends ApiTests {

    @Autowired
    TaskService tasks;
    @Autowired
    ObjectMapper json;

    @Test
    void seedsEveryStageThroughTheApi() {
        int projects = new DemoProgram(tasks, jdbc, json).seed("http://localhost:" + port);
        assertThat(projects).isEqualTo(DemoProgram.PROGRAM.stream().mapToInt(d -> d.projects().size()).sum()).isEqualTo(13);

        for (DemoProgram.Deal deal : DemoProgram.PROGRAM) {
            String status = jdbc.sql("SELECT status FROM agreement WHERE title = ? ORDER BY id DESC LIMIT 1")
                    .param(deal.title()).query(String.class).single();
            assertThat(status).as(deal.title()).isEqualTo(deal.signed() ? "ACTIVE" : "UNDER_REVIEW");
            for (DemoProgram.Plan plan : deal.projects()) {
                long id = jdbc.sql("SELECT id FROM project WHERE title = ? ORDER BY id DESC LIMIT 1")
                        .param(plan.title()).query(Long.class).single();
                JsonNode trace = as("acftu.auditor").get("/api/projects/" + id + "/trace").json();
                assertThat(trace.path("status").asText()).as(plan.title()).isEqualTo(switch (plan.stage()) {
                    case PROPOSED -> "UNDER_REVIEW";
                    case APPROVED -> "APPROVED";
                    case PAYING -> "IN_PROGRESS";
                    case REPORTED -> "COMPLETION_REVIEW";
                    case CLOSED -> "CLOSED";
                });
                if (plan.stage() == DemoProgram.Stage.CLOSED) {
                    assertThat(trace.path("spent").decimalValue()).isEqualByComparingTo(String.valueOf(plan.spent()));
                    assertThat(trace.path("refunded").decimalValue())
                            .isEqualByComparingTo(String.valueOf(plan.budget() - plan.spent()));
                    assertThat(trace.path("balance").decimalValue()).isZero();
                }
                if (plan.stage() == DemoProgram.Stage.PAYING) {
                    assertThat(trace.path("received").decimalValue()).isEqualByComparingTo(String.valueOf(plan.tranches()[0]));
                }
            }
        }
        // the Beijing leader finds the proposal waiting for them, and the ledger is whole
        String proposal = jdbc.sql("SELECT code FROM project WHERE title LIKE '困难职工帮扶%' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        JsonNode inbox = as("bj.leader").get("/api/tasks?taskKey=approveProposalDonor&businessKey=" + proposal).json();
        assertThat(inbox.path("total").asLong()).isEqualTo(1);
        assertThat(as("acftu.auditor").get("/api/ledger/verify").json().path("ok").asBoolean()).isTrue();
    }
}
