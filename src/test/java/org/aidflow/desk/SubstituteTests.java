package org.aidflow.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** 代理 through the API: who may stand in, the task assigned to the absent person reaching the stand-in, "B for A". */
class SubstituteTests extends ProjectScenarios {

    @Autowired
    private TaskService tasks;

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void clear() {
        assertThat(as("bj.leader").delete("/api/me/substitute").status()).isEqualTo(204);
    }

    @Test
    void onlyAnActiveColleagueOfTheSameUnionAndRolesStandsIn() {
        Map<String, Object> valid = Map.of("standIn", "bj.leader2", "from", today().toString(), "to", today().plusDays(3).toString());
        for (String other : new String[] {"bj.finance", "xj-ht.leader", "bj.leader", "nobody.here"}) {
            Api.Response refused = as("bj.leader").put("/api/me/substitute", Map.of("standIn", other, "from", today().toString(),
                    "to", today().plusDays(3).toString()));
            assertThat(refused.status()).as(other + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("standIn");
        }
        assertThat(as("bj.leader").put("/api/me/substitute", Map.of("standIn", "bj.leader2", "from", today().toString(),
                "to", today().minusDays(1).toString())).status()).isEqualTo(400);
        assertThat(as("bj.leader").put("/api/me/substitute", Map.of("standIn", "bj.leader2", "from", today().minusDays(9).toString(),
                "to", today().minusDays(2).toString())).status()).isEqualTo(400);
        assertThat(as("bj.leader").put("/api/me/substitute", Map.of("standIn", "bj.leader2")).status()).isEqualTo(400);
        assertThat(as("admin").put("/api/me/substitute", valid).status()).isEqualTo(403);
        assertThat(anonymous().get("/api/me/substitute").status()).isEqualTo(401);

        Api.Response set = as("bj.leader").put("/api/me/substitute", valid);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("standIn").asText()).isEqualTo("bj.leader2");
        assertThat(set.json().path("activeToday").asBoolean()).isTrue();
        assertThat(as("bj.leader").get("/api/me/substitute").json().path("substitute").path("standIn").asText()).isEqualTo("bj.leader2");
        assertThat(as("bj.leader2").get("/api/me/substitute").json().path("standingInFor").findValuesAsText("username"))
                .containsExactly("bj.leader");
    }

    @Test
    void aTaskAssignedToTheAbsentPersonReachesTheStandInWhoActsForThem() {
        long agreement = agreement(10_000_000);
        JsonNode project = submit(projectDraft(agreement, RECIPIENT, "CADRE_TRAINING", 100_000, 100_000));
        String code = project.path("code").asText();
        String task = taskId("bj.leader", "approveProposalDonor", code);
        // assigned to the leader personally, and offered to nobody else (as a personal assignment would be)
        tasks.setAssignee(task, "bj.leader");
        tasks.deleteCandidateGroup(task, "BJ:leader");
        assertThat(noTask("bj.leader2", "approveProposalDonor", code)).isTrue();
        assertThat(as("bj.leader2").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status()).isEqualTo(404);

        // a period to come changes nothing today
        assertThat(as("bj.leader").put("/api/me/substitute", Map.of("standIn", "bj.leader2", "from", today().plusDays(2).toString(),
                "to", today().plusDays(5).toString())).status()).isEqualTo(200);
        assertThat(noTask("bj.leader2", "approveProposalDonor", code)).isTrue();

        assertThat(as("bj.leader").put("/api/me/substitute", Map.of("standIn", "bj.leader2", "from", today().minusDays(1).toString(),
                "to", today().plusDays(5).toString())).status()).isEqualTo(200);
        assertThat(taskId("bj.leader2", "approveProposalDonor", code)).isEqualTo(task);
        assertThat(as("bj.leader2").get("/api/tasks?size=200").body()).contains(task);
        assertThat(as("bj.leader2").get("/api/tasks/" + task).status()).isEqualTo(200);
        // someone who stands in for nobody still does not see it
        assertThat(as("bj.finance").get("/api/tasks/" + task).status()).isEqualTo(404);

        completeOk("bj.leader2", "approveProposalDonor", code, Map.of("decision", "APPROVE", "comment", "代理审批"));
        JsonNode history = project("bj.proposer", project.path("id").asLong()).path("history");
        JsonNode completed = null;
        for (JsonNode entry : history) {
            if ("TASK_COMPLETED".equals(entry.path("action").asText()) && task.equals(entry.path("taskId").asText())) {
                completed = entry;
            }
        }
        assertThat(completed).as(history.toString()).isNotNull();
        assertThat(completed.path("actor").asText()).isEqualTo("bj.leader2");
        assertThat(completed.path("onBehalfOf").asText()).isEqualTo("bj.leader");
        assertThat(as("bj.leader2").get("/api/tasks/done?size=200").body()).contains(task).contains("\"onBehalfOf\":\"bj.leader\"");
    }
}
