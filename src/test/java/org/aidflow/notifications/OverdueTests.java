package org.aidflow.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import org.aidflow.ApiTests;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

class OverdueTests extends ApiTests {

    @Autowired
    ManagementService management;

    @Autowired
    TaskService tasks;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void flagsAnOverdueReviewAndTellsTheLeaderOfTheHoldingUnion() {
        JsonNode agreement = draftAgreement("HA", "XJ-HM", 200000);
        String code = agreement.path("code").asText();
        String taskId = taskId("xj-hm.leader", "reviewAgreement", code);
        assertThat(as("xj-hm.leader").get("/api/tasks?overdue=true&businessKey=" + code).json().path("total").asLong()).isZero();

        Date due = tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate();
        ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
        Job timer = management.createJobQuery().processInstanceId(agreement.path("processInstanceId").asText()).timers()
                .singleResult();
        assertThat(timer.getDuedate()).isCloseTo(due, 1000);
        management.executeJob(timer.getId());

        JsonNode overdue = as("xj-hm.leader").get("/api/tasks?overdue=true&businessKey=" + code).json();
        assertThat(overdue.path("total").asLong()).isEqualTo(1);
        assertThat(overdue.path("items").get(0).path("overdue").asBoolean()).isTrue();
        JsonNode notices = as("xj-hm.leader").get("/api/notifications").json().path("items");
        assertThat(notices.get(0).path("kind").asText()).isEqualTo("OVERDUE");
        assertThat(notices.get(0).path("taskId").asText()).isEqualTo(taskId);
        assertThat(notices.get(0).path("businessKey").asText()).isEqualTo(code);
        assertThat(notices.get(0).path("holderGroup").asText()).isEqualTo("XJ-HM:leader");
        assertThat(as("ha.leader").get("/api/notifications").json().path("items").findValuesAsText("taskId")).doesNotContain(taskId);

        JsonNode report = as("ha.auditor").get("/api/reports/overdue?size=200").json();
        assertThat(report.path("items").findValuesAsText("id")).contains(taskId);
        assertThat(as("xj.officer").get("/api/reports/overdue?size=200").json().path("items").findValuesAsText("id")).contains(taskId);
        assertThat(as("sh.auditor").get("/api/reports/overdue?size=200").json().path("items").findValuesAsText("id"))
                .doesNotContain(taskId);

        // the task is still open and can be completed
        completeOk("xj-hm.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
    }
}
