package org.aidflow.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.aidflow.EngineOnlyTest;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** aid-project with the processes it calls (aid-tranche, aid-completion) and the routing table deployed too. */
@Deployment(resources = {
        "processes/aid-project.bpmn",
        "processes/approval-routing.dmn",
        "processes/aid-tranche.bpmn",
        "processes/aid-completion.bpmn",
        "processes/aid-agreement.bpmn" })
class ProjectProcessTests extends EngineOnlyTest {

    private static final String CODE = "PJ-2025-0001";
    /** The region approval is a multi-instance activity: its body and its instances are waiting. */
    private static final String[] REGION = { "approveProposalRegion#multiInstanceBody", "approveProposalRegion" };

    private final ApprovalSigners approvalSigners = register("approvalSigners", new ApprovalSigners());
    private final JavaDelegate allocateFunds = delegate("allocateFunds");
    private final JavaDelegate startProjectCompletion = delegate("startProjectCompletion");
    private final JavaDelegate closeProject = delegate("closeProject");
    private final JavaDelegate failProject = delegate("failProject");
    private final JavaDelegate rejectProject = delegate("rejectProject");
    private final JavaDelegate withdrawProject = delegate("withdrawProject");

    @Test
    void offersProposalToDonorLeaderThenRecipientOfficer() {
        ProcessInstance project = submit("120000.00", "RELIEF", 1);

        assertThat(project).isWaitingAtExactly("approveProposalDonor").hasBusinessKey(CODE);
        assertThat(task()).hasCandidateGroup("BJ:leader").hasDueDate(workingDaysAfter(NOW, 10));
        complete(task(), withVariables("decision", "APPROVE"));

        assertThat(project).isWaitingAtExactly("reviewProposalRecipient");
        assertThat(task()).hasCandidateGroup("XJ-HT:officer").hasDueDate(workingDaysAfter(NOW, 10));
    }

    @Test
    void fundsAndClosesSmallProjectWithoutRegionApprovalOrNationalFiling() throws Exception {
        ProcessInstance project = submit("199999.99", "SERVICE_FACILITY", 2);

        approveByDonorAndRecipient(project);

        assertThat(project).hasPassed("routeApproval", "allocateFunds")
                .hasNotPassed("approveProposalRegion", "fileProposalNational")
                .isWaitingAt("fundTranches");
        verify(allocateFunds).execute(any());

        payTranche(project);
        payTranche(project);
        assertThat(project).isWaitingAtExactly("completeProject");
        verify(startProjectCompletion).execute(any());

        completeProjectWith(project, "PASSED");
        assertThat(project).hasPassed("Gateway_CompletionOutcome", "EndEvent_ProjectClosed").isEnded();
        verify(closeProject).execute(any());
        verifyNoInteractions(failProject, rejectProject, withdrawProject);
    }

    @Test
    void startsOneTrancheAfterAnotherWithItsNumberAndTheProjectVariables() {
        ProcessInstance project = submit("450000.00", "TALENT_INDUSTRY", 3);
        approveByDonorAndRecipient(project);

        for (long trancheNo = 1; trancheNo <= 3; trancheNo++) {
            assertThat(project).isWaitingAt("fundTranches");
            ProcessInstance tranche = calledProcessInstance("aid-tranche", project);
            assertThat(tranche).hasBusinessKey(CODE);
            assertThat(runtimeService().getVariables(tranche.getId())).containsAllEntriesOf(Map.of(
                    "projectId", 11L, "projectCode", CODE, "agreementId", 1L, "donorUnion", "BJ",
                    "recipientUnion", "XJ-HT", "regionUnion", "XJ", "trancheCount", 3,
                    // JUEL arithmetic: ${loopCounter + 1} is a Long
                    "trancheNo", trancheNo));
            assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(project.getId()).count())
                    .isEqualTo(1);
            payTranche(project);
        }
        assertThat(project).isWaitingAtExactly("completeProject");
        ProcessInstance completion = calledProcessInstance("aid-completion", project);
        assertThat(completion).hasBusinessKey(CODE);
        assertThat(runtimeService().getVariables(completion.getId())).containsAllEntriesOf(Map.of(
                "projectId", 11L, "projectCode", CODE, "agreementId", 1L, "donorUnion", "BJ",
                "recipientUnion", "XJ-HT", "regionUnion", "XJ", "trancheCount", 3));
    }

    @Test
    void sendsServiceFacilityOf200000ToTheRegionLeader() throws Exception {
        ProcessInstance project = submit("200000.00", "SERVICE_FACILITY", 1);
        approveByDonorAndRecipient(project);

        assertThat(project).isWaitingAtExactly(REGION);
        assertThat(task()).hasCandidateGroup("XJ:leader").hasDueDate(workingDaysAfter(NOW, 10));
        complete(task(), withVariables("decision", "APPROVE"));

        assertThat(project).hasPassed("Gateway_RegionDecision", "allocateFunds").hasNotPassed("fileProposalNational")
                .isWaitingAt("fundTranches");
        verify(allocateFunds).execute(any());
    }

    @Test
    void sendsDivisionProjectsToTheCorpsLeader() {
        ProcessInstance project = runtimeService().startProcessInstanceByKey("aid-project", "PJ-2025-0002",
                variables("600000", "CULTURE_EDUCATION", 1, "BT-1", "BT"));
        assertThat(project).isWaitingAtExactly("approveProposalDonor");
        complete(task(), withVariables("decision", "APPROVE"));
        assertThat(project).isWaitingAtExactly("reviewProposalRecipient");
        assertThat(task()).hasCandidateGroup("BT-1:officer");
        complete(task(), withVariables("decision", "APPROVE"));

        assertThat(project).isWaitingAtExactly(REGION);
        assertThat(task()).hasCandidateGroup("BT:leader");
    }

    @Test
    void filesProjectOf5000000WithTheNationalFederation() throws Exception {
        ProcessInstance project = submit("5000000", "RELIEF", 1);
        approveByDonorAndRecipient(project);
        assertThat(project).isWaitingAtExactly(REGION);
        completeEvery("APPROVE");

        assertThat(project).isWaitingAtExactly("fileProposalNational");
        assertThat(task()).hasCandidateGroup("ACFTU:officer").hasDueDate(workingDaysAfter(NOW, 10));
        complete(task(), withVariables("decision", "ACKNOWLEDGE"));

        assertThat(project).hasPassed("Gateway_NationalDecision", "allocateFunds").isWaitingAt("fundTranches");
        verify(allocateFunds).execute(any());
    }

    @Test
    void mapsTheRoutingDecisionToBooleansWithoutStoringTheDecisionResult() {
        ProcessInstance project = submit("499999.99", "SERVICE_FACILITY", 1);
        approveByDonorAndRecipient(project);

        assertThat(project).isWaitingAtExactly(REGION);
        assertThat(runtimeService().getVariables(project.getId()))
                .containsEntry("regionApproval", Boolean.TRUE)
                .containsEntry("nationalFiling", Boolean.FALSE)
                .doesNotContainKey("decisionResult");
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(project.getId())
                .variableName("decisionResult").count()).isZero();
        assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(project.getId())
                .decisionDefinitionKey("approval-routing").count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "approveProposalDonor", "reviewProposalRecipient", "approveProposalRegion" })
    void returnsProposalToDonorProposerWhenAnApproverAsksForRevision(String approval) {
        ProcessInstance project = submit("5000000", "SERVICE_FACILITY", 1);
        approveUntil(project, approval);

        complete(firstTask(), withVariables("decision", "REVISE", "comment", "预算偏高 Budget too high"));

        assertThat(project).isWaitingAtExactly("reviseProposal");
        assertThat(task()).hasCandidateGroup("BJ:proposer").hasDueDate(workingDaysAfter(NOW, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = { "approveProposalDonor", "reviewProposalRecipient", "approveProposalRegion" })
    void rejectsProjectAtAnyApproval(String approval) throws Exception {
        ProcessInstance project = submit("5000000", "SERVICE_FACILITY", 1);
        approveUntil(project, approval);

        complete(firstTask(), withVariables("decision", "REJECT", "comment", "不符合援疆方向 Off the program"));

        assertThat(project).hasPassed("Gateway_RejectMerge", "EndEvent_ProjectRejected")
                .hasNotPassed("reviseProposal", "allocateFunds").isEnded();
        verify(rejectProject).execute(any());
        verifyNoInteractions(allocateFunds, withdrawProject);
    }

    @Test
    void returnsProposalToDonorProposerWhenTheNationalFederationReturnsIt() {
        ProcessInstance project = submit("5000000", "SERVICE_FACILITY", 1);
        approveUntil(project, "fileProposalNational");

        complete(task(), withVariables("decision", "RETURN", "comment", "请补充可行性研究 Add a feasibility study"));

        assertThat(project).hasNotPassed("allocateFunds").isWaitingAtExactly("reviseProposal");
        verifyNoInteractions(allocateFunds);
    }

    @Test
    void startsApprovalsAgainFromTheDonorWhenTheRevisionIsResubmitted() {
        ProcessInstance project = submit("5000000", "SERVICE_FACILITY", 1);
        approveUntil(project, "approveProposalRegion");
        complete(firstTask(), withVariables("decision", "REVISE", "comment", "预算偏高 Budget too high"));
        assertThat(project).isWaitingAtExactly("reviseProposal");

        complete(task(), withVariables("action", "RESUBMIT", "budget", "180000.00"));

        assertThat(project).hasPassedInOrder("reviseProposal", "Gateway_ProposalRevisionAction", "Gateway_ApprovalMerge")
                .isWaitingAtExactly("approveProposalDonor");
        assertThat(task()).hasCandidateGroup("BJ:leader");
        // the revised budget is routed afresh: a service facility under 200,000 goes straight to funding
        approveByDonorAndRecipient(project);
        assertThat(project).isWaitingAt("fundTranches");
    }

    @Test
    void withdrawsProjectDuringRevision() throws Exception {
        ProcessInstance project = submit("300000", "TALENT_INDUSTRY", 1);
        approveByDonor(project);
        assertThat(project).isWaitingAtExactly("reviewProposalRecipient");
        complete(task(), withVariables("decision", "REVISE", "comment", "请调整选址 Choose another site"));
        assertThat(project).isWaitingAtExactly("reviseProposal");

        complete(task(), withVariables("action", "WITHDRAW"));

        assertThat(project).hasPassed("EndEvent_ProjectWithdrawn").isEnded();
        verify(withdrawProject).execute(any());
        verifyNoInteractions(rejectProject, allocateFunds);
    }

    @Test
    void withdrawsProjectWhenTheProposerAsksBeforeTheDonorApproval() throws Exception {
        ProcessInstance project = submit("300000", "TALENT_INDUSTRY", 1);
        assertThat(project).isWaitingAtExactly("approveProposalDonor");

        runtimeService().createMessageCorrelation("projectWithdrawalRequested")
                .processInstanceId(project.getId()).correlateWithResult();

        assertThat(project).hasPassed("BoundaryEvent_WithdrawnInApproval", "EndEvent_ProjectWithdrawn").isEnded();
        verify(withdrawProject).execute(any());
        verifyNoInteractions(rejectProject, allocateFunds);
    }

    @Test
    void acceptsNoWithdrawalOnceTheDonorApproved() {
        ProcessInstance project = submit("300000", "TALENT_INDUSTRY", 1);
        approveByDonor(project);

        assertThatThrownBy(() -> runtimeService()
                .createMessageCorrelation("projectWithdrawalRequested").processInstanceId(project.getId())
                .correlateWithResult())
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(project).isWaitingAtExactly("reviewProposalRecipient");
    }

    @Test
    void failsProjectWhoseCompletionFailed() throws Exception {
        ProcessInstance project = submit("100000", "RELIEF", 1);
        approveByDonorAndRecipient(project);
        payTranche(project);
        assertThat(project).isWaitingAtExactly("completeProject");

        completeProjectWith(project, "FAILED");

        assertThat(project).hasPassed("EndEvent_ProjectFailed").hasNotPassed("EndEvent_ProjectClosed").isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(project.getId())
                .variableName("completionOutcome").singleResult().getValue()).isEqualTo("FAILED");
        verify(failProject).execute(any());
        verifyNoInteractions(closeProject);
    }

    @Test
    void givesEveryUserTaskItsFormDueDateAndOverdueTimer() throws IOException {
        List<String> keys = List.of("aid-agreement", "aid-project", "aid-tranche", "aid-completion");
        int userTasks = 0;
        for (String key : keys) {
            ProcessDefinition definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                    .singleResult();
            assertThat(definition.getHistoryTimeToLive()).as(key).isEqualTo(3650);
            BpmnModelInstance model = repositoryService().getBpmnModelInstance(definition.getId());
            for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
                userTasks++;
                String id = userTask.getId();
                assertThat(userTask.getCamundaFormRef()).as(id).isEqualTo(id);
                assertThat(userTask.getCamundaFormRefBinding()).as(id).isEqualTo("latest");
                assertThat(userTask.getCamundaCandidateGroups()).as(id).matches(
                        "(\\$\\{\\w+Union\\}|ACFTU):\\w+|\\$\\{approvalSigners\\.candidates\\(\\w+Union, signerRoles\\)\\}");
                // due in working days on the holiday calendar (desk.WorkingDays)
                assertThat(userTask.getCamundaDueDate()).as(id).matches("\\$\\{workingDays\\.dueIn\\(\\d+\\)\\}");
                Collection<CamundaTaskListener> listeners = userTask.getExtensionElements()
                        .getElementsQuery().filterByType(CamundaTaskListener.class).list();
                assertThat(listeners).as(id).singleElement().satisfies(listener -> {
                    assertThat(listener.getCamundaEvent()).isEqualTo("timeout");
                    assertThat(listener.getAttributeValue("id")).isEqualTo("TimeoutListener_" + id);
                    assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${notifyOverdue}");
                    assertThat(listener.getTimeouts()).singleElement().satisfies(timer -> assertThat(
                            timer.getTimeDuration().getTextContent()).isEqualTo(userTask.getCamundaDueDate()));
                });
                try (InputStream form = repositoryService().getResourceAsStream(formsDeployment(),
                        "processes/forms/" + id + ".form")) {
                    assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).as(id)
                            .contains("\"id\": \"" + id + "\"", "\"executionPlatformVersion\": \"7.24.0\"");
                }
            }
        }
        assertThat(userTasks).isEqualTo(20);
    }

    private static ProcessInstance submit(String budget, String typeGroup, int trancheCount) {
        return runtimeService().startProcessInstanceByKey("aid-project", CODE,
                variables(budget, typeGroup, trancheCount, "XJ-HT", "XJ"));
    }

    private static Map<String, Object> variables(String budget, String typeGroup, int trancheCount, String recipient,
            String region) {
        return withVariables(
                "projectId", 11L,
                "projectCode", CODE,
                "agreementId", 1L,
                "donorUnion", "BJ",
                "recipientUnion", recipient,
                "regionUnion", region,
                "budget", budget,
                "typeGroup", typeGroup,
                "trancheCount", trancheCount);
    }

    private static void approveByDonor(ProcessInstance project) {
        assertThat(project).isWaitingAtExactly("approveProposalDonor");
        complete(task(), withVariables("decision", "APPROVE"));
    }

    private static void approveByDonorAndRecipient(ProcessInstance project) {
        approveByDonor(project);
        assertThat(project).isWaitingAtExactly("reviewProposalRecipient");
        complete(task(), withVariables("decision", "APPROVE"));
    }

    /** Approves a project that needs every approval until it waits at the given task. */
    private static void approveUntil(ProcessInstance project, String taskKey) {
        for (String approval : List.of("approveProposalDonor", "reviewProposalRecipient", "approveProposalRegion",
                "fileProposalNational")) {
            assertThat(project).isWaitingAt(approval);
            if (approval.equals(taskKey)) {
                return;
            }
            completeEvery("APPROVE");
        }
    }

    /** Every open task decides the same (both signers of a 会签 region approval). */
    private static void completeEvery(String decision) {
        taskQuery().list().forEach(t -> complete(t, withVariables("decision", decision)));
    }

    /** The first of the open tasks (the region leader's, where the finance department signs beside them). */
    private static org.camunda.bpm.engine.task.Task firstTask() {
        return taskQuery().orderByTaskId().asc().list().get(0);
    }

    /** Drives the tranche the call activity has started through request, approval, transfer and receipt. */
    private static void payTranche(ProcessInstance project) {
        assertThat(project).isWaitingAt("fundTranches");
        ProcessInstance tranche = calledProcessInstance("aid-tranche", project);
        assertThat(tranche).isWaitingAtExactly("requestTranche");
        complete(task(), withVariables("amount", "100000.00", "purpose", "设备采购 Equipment"));
        assertThat(tranche).isWaitingAtExactly("approveTranche");
        complete(task(), withVariables("decision", "APPROVE"));
        assertThat(tranche).isWaitingAtExactly("recordTransfer");
        complete(task(), withVariables("amount", "100000.00", "bankReference", "ICBC-" + tranche.getId(),
                "transferredOn", "2025-06-05"));
        assertThat(tranche).isWaitingAtExactly("confirmReceipt");
        complete(task(), withVariables("amountReceived", "100000.00", "receivedOn", "2025-06-06",
                "receiptShortfall", false));
        assertThat(tranche).isEnded();
    }

    private static void completeProjectWith(ProcessInstance project, String outcome) {
        ProcessInstance completion = calledProcessInstance("aid-completion", project);
        assertThat(completion).isWaitingAtExactly("submitCompletionReport");
        complete(task(), withVariables("actualSpending", "100000.00", "beneficiaries", 300, "summary", "完成 Done"));
        assertThat(completion).isWaitingAtExactly("inspectCompletion");
        if (outcome.equals("PASSED")) {
            complete(task(), withVariables("decision", "PASS", "findings", "合格 Fine", "refundDue", false,
                    "completionOutcome", "PASSED"));
            assertThat(completion).isWaitingAtExactly("auditProject");
            complete(task(), withVariables("decision", "APPROVE", "performanceScore", 90));
        } else {
            complete(task(), withVariables("decision", "FAIL", "findings", "未建成 Not built", "refundDue", false,
                    "completionOutcome", "FAILED"));
        }
        assertThat(completion).isEnded();
    }
}
