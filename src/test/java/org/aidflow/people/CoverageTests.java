package org.aidflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * XJ-BY's leaders (no other test works with 巴音郭楞) are disabled for the scenario, so that its
 * leader group has nobody, and enabled again afterwards.
 */
class CoverageTests extends PeopleTests {

    private static final List<String> LEADERS = List.of("xj-by.leader", "xj-by.leader2");

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @AfterEach
    void restore() {
        ClockUtil.reset();
        LEADERS.forEach(leader -> admin("enable", leader));
    }

    @Test
    void showsUnionRolesAndTasksThatNobodyCoversUntilSomeoneIsAdded() {
        JsonNode before = as("admin").get("/api/admin/coverage").json();
        assertThat(groups(before.path("gaps"))).doesNotContain("XJ-BY:leader");
        LEADERS.forEach(leader -> assertThat(admin("disable", leader).status()).isEqualTo(200));

        JsonNode agreement = draftAgreement("HE", "XJ-BY", 400000);
        String code = agreement.path("code").asText();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("reviewAgreement")
                .singleResult().getId();

        JsonNode uncovered = as("admin").get("/api/admin/coverage").json();
        JsonNode gap = find(uncovered.path("gaps"), "group", "XJ-BY:leader");
        assertThat(gap).as(uncovered.toString()).isNotNull();
        assertThat(gap.path("union").asText()).isEqualTo("XJ-BY");
        assertThat(gap.path("role").asText()).isEqualTo("leader");
        assertThat(gap.path("level").asText()).isEqualTo("PREFECTURE");
        assertThat(groups(uncovered.path("gaps"))).doesNotContain("XJ-BY:officer", "XJ-BY:inspector", "XJ-BY:auditor");
        JsonNode task = find(uncovered.path("tasks"), "id", taskId);
        assertThat(task).as(uncovered.toString()).isNotNull();
        assertThat(task.path("businessKey").asText()).isEqualTo(code);
        assertThat(task.path("taskKey").asText()).isEqualTo("reviewAgreement");
        assertThat(task.path("name").asText()).isNotBlank();
        assertThat(task.path("candidateGroups").toString()).isEqualTo("[\"XJ-BY:leader\"]");
        assertThat(task.path("created").asText()).isNotBlank();
        assertThat(task.path("due").asText()).isNotBlank();

        // at the due date the overdue timer tells the administrators that nobody can see the task
        Date due = tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate();
        ClockUtil.setCurrentTime(new Date(due.getTime() + 60_000));
        Job timer = management.createJobQuery().processInstanceId(agreement.path("processInstanceId").asText()).timers()
                .singleResult();
        management.executeJob(timer.getId());
        JsonNode notice = find(as("admin").get("/api/notifications?size=200").json().path("items"), "taskId", taskId);
        assertThat(notice).isNotNull();
        assertThat(notice.path("kind").asText()).isEqualTo("UNCOVERED");
        assertThat(notice.path("holderGroup").asText()).isEqualTo("XJ-BY:leader");
        assertThat(find(as("bj.leader").get("/api/notifications?size=200").json().path("items"), "taskId", taskId)).isNull();

        String leader = active("XJ-BY", "xj-by.chair", "leader");
        JsonNode covered = as("admin").get("/api/admin/coverage").json();
        assertThat(groups(covered.path("gaps"))).doesNotContain("XJ-BY:leader");
        assertThat(find(covered.path("tasks"), "id", taskId)).isNull();
        assertThat(taskOf(leader, "reviewAgreement", code)).isEqualTo(taskId);
        admin("disable", leader);
    }

    private static List<String> groups(JsonNode gaps) {
        return gaps.findValuesAsText("group");
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        return null;
    }
}
