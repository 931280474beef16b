package org.aidflow.completion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.aidflow.EngineOnlyTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** aid-completion on its own; refundDue and completionOutcome are set by the server as it completes tasks. */
@Deployment(resources = "processes/aid-completion.bpmn")
class CompletionProcessTests extends EngineOnlyTest {

    @Test
    void asksRecipientOfficerForTheCompletionReport() {
        ProcessInstance completion = start();

        assertThat(completion).isWaitingAtExactly("submitCompletionReport").hasBusinessKey("PJ-2025-0001");
        assertThat(task()).hasCandidateGroup("XJ-HT:officer").hasDueDate(workingDaysAfter(NOW, 15));
    }

    @Test
    void auditsProjectThatPassedInspectionWithoutRefund() {
        ProcessInstance completion = reported();

        complete(task(), inspection("PASS", false, "PASSED"));

        assertThat(completion).hasNotPassed("recordRefund", "confirmRefund").isWaitingAtExactly("auditProject");
        assertThat(task()).hasCandidateGroup("BJ:auditor").hasDueDate(workingDaysAfter(NOW, 30));

        complete(task(), withVariables("decision", "APPROVE", "performanceScore", 92));
        assertThat(completion).hasPassed("Gateway_AuditDecision", "EndEvent_CompletionPassed").isEnded();
    }

    @Test
    void recordsRefundOfUnspentMoneyBeforeAuditingAPassedProject() {
        ProcessInstance completion = reported();

        complete(task(), inspection("PASS", true, "PASSED"));

        assertThat(completion).isWaitingAtExactly("recordRefund");
        assertThat(task()).hasCandidateGroup("XJ-HT:finance").hasDueDate(workingDaysAfter(NOW, 15));
        complete(task(), withVariables("amount", "1200.00", "bankReference", "ABC-77", "refundedOn", "2025-07-01"));

        assertThat(completion).isWaitingAtExactly("confirmRefund");
        assertThat(task()).hasCandidateGroup("BJ:finance").hasDueDate(workingDaysAfter(NOW, 15));
        complete(task(), withVariables("amountReceived", "1200.00"));

        assertThat(completion).hasPassed("Gateway_RefundDone", "Gateway_AfterRefund").isWaitingAtExactly("auditProject");
    }

    @Test
    void sendsProjectBackForRectificationUntilInspectionPasses() {
        ProcessInstance completion = reported();

        complete(task(), withVariables("decision", "RECTIFY", "findings", "缺少验收照片 Photos missing"));

        assertThat(completion).isWaitingAtExactly("rectifyCompletion");
        assertThat(task()).hasCandidateGroup("XJ-HT:officer").hasDueDate(workingDaysAfter(NOW, 15));
        complete(task(), withVariables("response", "已补充照片 Photos added"));

        assertThat(completion).hasPassedInOrder("inspectCompletion", "rectifyCompletion", "Gateway_InspectionMerge")
                .isWaitingAtExactly("inspectCompletion");
        assertThat(task()).hasCandidateGroup("XJ:inspector");
        complete(task(), inspection("PASS", false, "PASSED"));
        assertThat(completion).isWaitingAtExactly("auditProject");
    }

    @Test
    void failsProjectAndRecordsRefundOfUnspentMoney() {
        ProcessInstance completion = reported();

        complete(task(), inspection("FAIL", true, "FAILED"));

        assertThat(completion).isWaitingAtExactly("recordRefund");
        complete(task(), withVariables("amount", "250000.00", "bankReference", "ABC-78", "refundedOn", "2025-07-01"));
        assertThat(completion).isWaitingAtExactly("confirmRefund");
        complete(task(), withVariables("amountReceived", "250000.00"));

        assertThat(completion).hasPassed("EndEvent_CompletionFailed").hasNotPassed("auditProject").isEnded();
    }

    @Test
    void failsProjectWithNothingToRefund() {
        ProcessInstance completion = reported();

        complete(task(), inspection("FAIL", false, "FAILED"));

        assertThat(completion).hasPassed("Gateway_InspectionDone", "EndEvent_CompletionFailed")
                .hasNotPassed("recordRefund", "auditProject").isEnded();
    }

    @Test
    void sendsQueriedAuditBackToRectification() {
        ProcessInstance completion = reported();
        complete(task(), inspection("PASS", false, "PASSED"));
        assertThat(completion).isWaitingAtExactly("auditProject");

        complete(task(), withVariables("decision", "QUERY", "performanceScore", 55, "findings", "支出凭证不全 Receipts missing"));

        assertThat(completion).hasPassed("Gateway_RectifyMerge").isWaitingAtExactly("rectifyCompletion");
        complete(task(), withVariables("response", "已补交凭证 Receipts supplied"));
        assertThat(completion).isWaitingAtExactly("inspectCompletion");
    }

    @Test
    void goesBackToRectificationAsOftenAsTheInspectorAsks() {
        ProcessInstance completion = reported();

        for (int round = 1; round <= 2; round++) {
            complete(task(), withVariables("decision", "RECTIFY", "findings", "第" + round + "次整改 Round " + round,
                    "refundDue", true));
            assertThat(completion).isWaitingAtExactly("rectifyCompletion");
            complete(task(), withVariables("response", "已整改 Done", "actualSpending", "498000.00"));
            assertThat(completion).isWaitingAtExactly("inspectCompletion");
        }
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(completion.getId())
                .taskDefinitionKey("rectifyCompletion").count()).isEqualTo(2);
        assertThat(completion).hasNotPassed("recordRefund", "auditProject");

        complete(task(), inspection("PASS", true, "PASSED"));
        assertThat(completion).isWaitingAtExactly("recordRefund");
    }

    @Test
    void failsProjectAfterARectificationThatDidNotHelp() {
        ProcessInstance completion = reported();
        complete(task(), withVariables("decision", "RECTIFY", "findings", "设备未到位 Equipment missing", "refundDue", true));
        complete(task(), withVariables("response", "仍在采购 Still buying"));

        complete(task(), inspection("FAIL", true, "FAILED"));

        assertThat(completion).isWaitingAtExactly("recordRefund");
        complete(task(), withVariables("amount", "1200.00", "bankReference", "ABC-79", "refundedOn", "2025-07-01"));
        complete(task(), withVariables("amountReceived", "1200.00"));
        assertThat(completion).hasPassed("EndEvent_CompletionFailed").hasNotPassed("auditProject").isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(completion.getId())
                .variableName("completionOutcome").singleResult().getValue()).isEqualTo("FAILED");
    }

    @Test
    void approvesAQueriedProjectOnceItIsRectifiedAndItsFurtherRefundConfirmed() {
        ProcessInstance completion = reported();
        complete(task(), inspection("PASS", true, "PASSED"));
        complete(task(), withVariables("amount", "1200.00", "bankReference", "ABC-80", "refundedOn", "2025-07-01"));
        complete(task(), withVariables("amountReceived", "1200.00"));
        complete(task(), withVariables("decision", "QUERY", "performanceScore", 60, "findings", "一笔支出无凭证 One spend unproven"));
        assertThat(completion).isWaitingAtExactly("rectifyCompletion");
        complete(task(), withVariables("response", "该笔支出已剔除 Spend removed", "actualSpending", "490000.00"));

        complete(task(), inspection("PASS", true, "PASSED"));
        assertThat(completion).isWaitingAtExactly("recordRefund");
        complete(task(), withVariables("amount", "8800.00", "bankReference", "ABC-81", "refundedOn", "2025-08-01"));
        complete(task(), withVariables("amountReceived", "8800.00"));
        assertThat(completion).isWaitingAtExactly("auditProject");
        complete(task(), withVariables("decision", "APPROVE", "performanceScore", 85));

        assertThat(completion).hasPassed("EndEvent_CompletionPassed").isEnded();
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(completion.getId())
                .taskDefinitionKey("recordRefund").count()).isEqualTo(2);
    }

    private static ProcessInstance start() {
        return startForProject("aid-completion");
    }

    /** Started, reported, and waiting for the region's inspector. */
    private static ProcessInstance reported() {
        ProcessInstance completion = start();
        assertThat(completion).isWaitingAtExactly("submitCompletionReport");
        complete(task(), withVariables("actualSpending", "498800.00", "beneficiaries", 1200,
                "summary", "职工书屋已建成 The worker library is open"));
        assertThat(completion).isWaitingAtExactly("inspectCompletion");
        assertThat(task()).hasCandidateGroup("XJ:inspector").hasDueDate(workingDaysAfter(NOW, 30));
        return completion;
    }

    private static java.util.Map<String, Object> inspection(String decision, boolean refundDue, String outcome) {
        return withVariables("decision", decision, "findings", "现场检查 On-site check",
                "refundDue", refundDue, "completionOutcome", outcome);
    }
}
