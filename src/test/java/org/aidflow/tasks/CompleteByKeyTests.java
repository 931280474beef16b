package org.aidflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.aidflow.Api;
import org.aidflow.ApiTests;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/tasks/complete?taskKey&businessKey}: the caller's one open task of that step on that case,
 * completed as by its id, with every check of a completion; nothing else is found, and nothing changes on a refusal.
 */
class CompleteByKeyTests extends ApiTests {

    @Autowired
    RuntimeService runtime;

    @Test
    void completesTheCallersTaskOnTheCaseAndAnswersItsId() {
        JsonNode agreement = draftAgreement("BJ", "XJ-HT", 10000);
        String code = agreement.path("code").asText();
        String taskId = taskId("xj-ht.leader", "reviewAgreement", code);

        Api.Response done = as("xj-ht.leader").post(byKey("reviewAgreement", code), Map.of("decision", "APPROVE"));

        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("id").asText()).isEqualTo(taskId);
        assertThat(done.json().path("taskKey").asText()).isEqualTo("reviewAgreement");
        assertThat(done.json().path("businessKey").asText()).isEqualTo(code);
        assertThat(as("bj.proposer").get("/api/agreements/" + agreement.path("id").asLong()).json().path("status").asText())
                .isEqualTo("SIGNING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE task_id = ? AND action = 'TASK_COMPLETED' AND actor = ?")
                .params(taskId, "xj-ht.leader").query(Long.class).single()).isEqualTo(1L);
        // done: the step is no longer open for anyone
        assertThat(as("xj-ht.leader").post(byKey("reviewAgreement", code), Map.of("decision", "APPROVE")).status()).isEqualTo(404);
    }

    @Test
    void findsOnlyWhatTheCallerMayActOnAndChangesNothingOtherwise() {
        String code = draftAgreement("BJ", "XJ-HT", 10000).path("code").asText();
        // the donor's leader, the region above, another prefecture, the national federation: not theirs to act on
        for (String user : new String[] {"bj.leader", "xj.leader", "xj-ks.leader", "acftu.officer", "admin"}) {
            Api.Response refused = as(user).post(byKey("reviewAgreement", code), Map.of("decision", "APPROVE"));
            assertThat(refused.status()).as(user + ": " + refused.body()).isEqualTo(404);
        }
        assertThat(anonymous().post(byKey("reviewAgreement", code), Map.of("decision", "APPROVE")).status()).isEqualTo(401);
        // another step of the same case, or the same step of no case
        assertThat(as("xj-ht.leader").post(byKey("signAgreementRecipient", code), Map.of("decision", "APPROVE")).status())
                .isEqualTo(404);
        assertThat(as("xj-ht.leader").post(byKey("reviewAgreement", "AGR-NONE"), Map.of("decision", "APPROVE")).status())
                .isEqualTo(404);
        // the task is still open, and it still completes
        String taskId = taskId("xj-ht.leader", "reviewAgreement", code);
        assertThat(audits(taskId)).isZero();
        assertThat(as("xj-ht.leader").post(byKey("reviewAgreement", code), Map.of("decision", "APPROVE")).json()
                .path("id").asText()).isEqualTo(taskId);
    }

    @Test
    void refusesMissingKeysAndABadFormWithAProblemThatNamesTheField() {
        String code = draftAgreement("BJ", "XJ-HT", 10000).path("code").asText();
        String taskId = taskId("xj-ht.leader", "reviewAgreement", code);

        Api.Response noCase = as("xj-ht.leader").post("/api/tasks/complete?taskKey=reviewAgreement", Map.of("decision", "APPROVE"));
        assertThat(noCase.status()).isEqualTo(400);
        assertThat(noCase.body()).contains("businessKey");
        Api.Response blankStep = as("xj-ht.leader").post("/api/tasks/complete?taskKey=%20&businessKey=" + code,
                Map.of("decision", "APPROVE"));
        assertThat(blankStep.status()).isEqualTo(400);
        assertThat(blankStep.body()).contains("taskKey");
        Api.Response tooLong = as("xj-ht.leader").post(byKey("reviewAgreement", "X".repeat(256)), Map.of("decision", "APPROVE"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("businessKey");
        // the form is checked as for a completion by id: a decision the form does not offer, a field it does not have
        assertThat(as("xj-ht.leader").post(byKey("reviewAgreement", code), Map.of("decision", "MAYBE")).status()).isEqualTo(400);
        assertThat(as("xj-ht.leader").post(byKey("reviewAgreement", code), Map.of("decision", "APPROVE", "status", "ACTIVE"))
                .status()).isEqualTo(400);

        assertThat(audits(taskId)).isZero();
        assertThat(taskId("xj-ht.leader", "reviewAgreement", code)).isEqualTo(taskId);
    }

    @Test
    void leavesTwoOpenTasksOfTheStepToBeCompletedByTheirIds() {
        JsonNode agreement = draftAgreement("BJ", "XJ-HT", 10000);
        String code = agreement.path("code").asText();
        // a second review of the same agreement waiting for the same group (as a case can hold two tranches' requests)
        Map<String, Object> variables = new HashMap<>(runtime.getVariables(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(code).processDefinitionKey("aid-agreement").singleResult().getId()));
        String second = runtime.startProcessInstanceByKey("aid-agreement", code, variables).getId();
        try {
            Api.Response ambiguous = as("xj-ht.leader").post(byKey("reviewAgreement", code), Map.of("decision", "APPROVE"));
            assertThat(ambiguous.status()).as(ambiguous.body()).isEqualTo(409);
            assertThat(as("xj-ht.leader", "demo").get("/api/tasks?taskKey=reviewAgreement&businessKey=" + code).json()
                    .path("total").asLong()).isEqualTo(2);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'TASK_COMPLETED' AND task_id IN "
                    + "(SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN (SELECT PROC_INST_ID_ FROM ACT_RU_EXECUTION "
                    + "WHERE BUSINESS_KEY_ = ?))").params(code).query(Long.class).single()).isZero();
        } finally {
            runtime.deleteProcessInstance(second, "test set-up");
        }
    }

    private long audits(String taskId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE task_id = ?").params(taskId).query(Long.class).single();
    }

    private static String byKey(String taskKey, String businessKey) {
        return "/api/tasks/complete?taskKey=" + taskKey + "&businessKey=" + businessKey;
    }
}
