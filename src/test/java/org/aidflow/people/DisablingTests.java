package org.aidflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.aidflow.Api;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

class DisablingTests extends PeopleTests {

    @Autowired
    TaskService tasks;

    @Test
    void disablingSignsThePersonOutAndGivesTheirTasksBackToTheirGroup() {
        String username = active("XJ-TC", "xj-tc.chair", "leader");
        String code = draftAgreement("LN", "XJ-TC", 300000).path("code").asText();
        String taskId = taskOf(username, "reviewAgreement", code);
        assertThat(as(username, OWN_PASSWORD).post("/api/tasks/" + taskId + "/claim", Map.of()).status()).isIn(200, 204);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(username);
        BrowserSession session = BrowserSession.signIn(port, username, OWN_PASSWORD);
        assertThat(session.get("/api/tasks/" + taskId).statusCode()).isEqualTo(200);

        Api.Response disabled = admin("disable", username);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().path("disabled").asBoolean()).isTrue();

        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
        JsonNode inbox = as("xj-tc.leader").get("/api/tasks?businessKey=" + code).json();
        assertThat(inbox.path("items").get(0).path("assignee").isNull()).isTrue();
        assertThat(session.get("/api/tasks").statusCode()).as("the browser session ends").isEqualTo(401);
        assertThat(session.get("/api/me").statusCode()).isEqualTo(401);
        Api.Response basic = as(username, OWN_PASSWORD).get("/api/me");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.json().path("detail").asText()).contains("disabled");
        assertThat(as(username, OWN_PASSWORD).post("/api/tasks/" + taskId + "/claim", Map.of()).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT a.details FROM audit_record a JOIN person p ON a.subject_id = p.id "
                        + "WHERE a.subject_type = 'PERSON' AND p.username = ? AND a.action = 'PERSON_DISABLED'")
                .param(username).query(String.class).single()).contains(taskId);
        assertThat(as("admin").get("/api/admin/people?disabled=true&q=" + username).json().path("total").asLong()).isEqualTo(1);

        // nobody hands a task to a disabled colleague
        assertThat(as("xj-tc.leader").get("/api/tasks/" + taskId + "/delegates").json().path("items").findValuesAsText("username"))
                .contains("xj-tc.leader2").doesNotContain(username);
        assertThat(as("xj-tc.leader").post("/api/tasks/" + taskId + "/delegate", Map.of("to", username)).status()).isEqualTo(400);

        Api.Response enabled = admin("enable", username);
        assertThat(enabled.json().path("disabled").asBoolean()).isFalse();
        assertThat(as(username, OWN_PASSWORD).get("/api/tasks?businessKey=" + code).json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aDisabledPersonCannotSignIn() {
        String username = active("SH", "sh.clerk", "finance");
        assertThat(admin("disable", username).status()).isEqualTo(200);
        assertThat(admin("disable", username).json().path("disabled").asBoolean()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BrowserSession.signIn(port, username, OWN_PASSWORD))
                .isInstanceOf(AssertionError.class).hasMessageContaining("disabled");
        assertThat(as(username, OWN_PASSWORD).get("/api/unions").status()).isEqualTo(401);
        assertThat(as(username, "wrong-password-1").get("/api/unions").json().path("detail").asText()).doesNotContain("disabled");
    }
}
