package org.aidflow.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.aidflow.Api;
import org.aidflow.project.ProjectScenarios;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** Progress reports through the API: the first transfer starts them, the recipient files them, a late one is escalated. */
class ProgressReportTests extends ProjectScenarios {

    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private String instance(String code) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("aid-progress-report").processInstanceBusinessKey(code)
                .singleResult().getId();
    }

    private void quarterEnds(String instance) {
        Job timer = management.createJobQuery().processInstanceId(instance).activityId("Timer_QuarterEnds").singleResult();
        management.executeJob(timer.getId());
    }

    @Test
    void startsWithTheFirstTransferAndKeepsWhatTheRecipientFiles() {
        JsonNode project = approvedProject(agreement(1_000_000), 40_000, 20_000, 20_000);
        String code = project.path("code").asText();
        long id = project.path("id").asLong();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("aid-progress-report")
                .processInstanceBusinessKey(code).count()).as("not before the first transfer").isZero();
        payTranche(code, 20_000, false);
        String reports = instance(code);

        quarterEnds(reports);
        Api.Response empty = complete("xj-ht.officer", "fileProgressReport", code, Map.of());
        assertThat(empty.errorFields()).containsExactly("progress");
        assertThat(as("bj.proposer").get("/api/tasks?taskKey=fileProgressReport&businessKey=" + code).json().path("items")).isEmpty();
        completeOk("xj-ht.officer", "fileProgressReport", code, Map.of("progress", "书屋已完成装修，图书采购中", "issues", "无"));

        JsonNode filed = as("bj.proposer").get("/api/projects/" + id + "/progress-reports").json().path("items");
        assertThat(filed).hasSize(1);
        assertThat(filed.get(0).path("progress").asText()).contains("书屋");
        assertThat(filed.get(0).path("late").asBoolean()).isFalse();
        assertThat(as("sh.proposer").get("/api/projects/" + id + "/progress-reports").status()).isEqualTo(404);
        assertThat(anonymous().get("/api/projects/" + id + "/progress-reports").status()).isEqualTo(401);
        assertThat(project("bj.proposer", id).path("history").toString()).contains("fileProgressReport");
    }

    @Test
    void offersALateReportToTheRegionLeader() {
        JsonNode project = approvedProject(agreement(1_000_000), 30_000, 15_000, 15_000);
        String code = project.path("code").asText();
        payTranche(code, 15_000, false);
        String reports = instance(code);
        quarterEnds(reports);
        assertThat(as("xj.leader").get("/api/tasks?taskKey=fileProgressReport&businessKey=" + code).json().path("items")).isEmpty();
        Job late = management.createJobQuery().processInstanceId(reports).activityId("BoundaryEvent_ReportLate").singleResult();
        management.executeJob(late.getId());
        assertThat(as("xj.leader").get("/api/tasks?taskKey=fileProgressReport&businessKey=" + code).json().path("items")).hasSize(1);
        assertThat(project("bj.proposer", project.path("id").asLong()).path("history").toString()).contains("PROGRESS_REPORT_ESCALATED");
    }
}
