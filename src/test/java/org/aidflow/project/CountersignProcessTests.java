package org.aidflow.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.aidflow.EngineOnlyTest;
import org.aidflow.tasks.ProcessJumps;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The region approval as a multi-instance step: 会签 (ALL) and 或签 (ANY) from the routing table, a signer added
 * beside the others (加签 WITH), and 退回 to a step already passed with process instance modification.
 */
@Deployment(resources = { "processes/aid-project.bpmn", "processes/approval-routing.dmn", "processes/aid-tranche.bpmn" })
class CountersignProcessTests extends EngineOnlyTest {

    private static final String CODE = "PJ-2025-0001";

    private final ApprovalSigners approvalSigners = register("approvalSigners", new ApprovalSigners());
    private final JavaDelegate allocateFunds = delegate("allocateFunds");
    private final JavaDelegate rejectProject = delegate("rejectProject");

    @Test
    void asksRegionLeaderAndFinanceBothToApproveFrom5000000() {
        ProcessInstance project = submitAndPassDonorAndRecipient("5000000");

        assertThat(candidatesOfOpenTasks()).containsExactlyInAnyOrder(List.of("XJ:leader"), List.of("XJ:finance"));
        complete(regionTask("XJ:leader"), withVariables("decision", "APPROVE"));

        assertThat(project).isWaitingAt("approveProposalRegion");
        assertThat(candidatesOfOpenTasks()).containsExactly(List.of("XJ:finance"));
        complete(regionTask("XJ:finance"), withVariables("decision", "APPROVE"));

        assertThat(project).hasPassed("Gateway_RegionDecision").isWaitingAtExactly("fileProposalNational");
        assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(project.getId())
                .taskDefinitionKey("approveProposalRegion").finished().count()).isEqualTo(2);
    }

    @Test
    void endsTheCountersignWithTheFirstRevision() {
        ProcessInstance project = submitAndPassDonorAndRecipient("5000000");

        complete(regionTask("XJ:finance"), withVariables("decision", "REVISE"));

        assertThat(project).hasPassed("Gateway_RegionDecision", "Gateway_RevisionMerge").isWaitingAtExactly("reviseProposal");
        assertThat(taskQuery().taskDefinitionKey("approveProposalRegion").count()).isZero();
    }

    @Test
    void endsTheCountersignWithARejectionAfterAnApproval() throws Exception {
        ProcessInstance project = submitAndPassDonorAndRecipient("5000000");

        complete(regionTask("XJ:leader"), withVariables("decision", "APPROVE"));
        complete(regionTask("XJ:finance"), withVariables("decision", "REJECT"));

        assertThat(project).hasPassed("EndEvent_ProjectRejected").isEnded();
        org.mockito.Mockito.verify(rejectProject).execute(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void offersOneRegionTaskToTheLeadersBelow5000000() {
        ProcessInstance project = submitAndPassDonorAndRecipient("600000");

        assertThat(candidatesOfOpenTasks()).containsExactly(List.of("XJ:leader"));
        complete(taskQuery().singleResult(), withVariables("decision", "APPROVE"));
        assertThat(project).isWaitingAt("fundTranches");
    }

    @Test
    void followsTheTableAnAdministratorRedeploys() throws IOException {
        // the administrator's new policy: from 500,000 leader and finance both sign; any one of them below that
        String table = routingTable()
                .replace("<text>\"ANY\"</text>\n        </outputEntry>\n        <outputEntry id=\"OutputEntry_LargeProject_SignGroups\">\n"
                        + "          <text>\"leader\"</text>",
                        "<text>\"ALL\"</text>\n        </outputEntry>\n        <outputEntry id=\"OutputEntry_LargeProject_SignGroups\">\n"
                        + "          <text>\"leader,finance\"</text>")
                .replace("<outputEntry id=\"OutputEntry_MidServiceFacility_SignGroups\">\n          <text>\"leader\"</text>",
                        "<outputEntry id=\"OutputEntry_MidServiceFacility_SignGroups\">\n          <text>\"leader,finance\"</text>");
        String deployment = repositoryService().createDeployment().addString("approval-routing.dmn", table).deploy().getId();
        try {
            submitAndPassDonorAndRecipient("600000");
            assertThat(candidatesOfOpenTasks()).containsExactlyInAnyOrder(List.of("XJ:leader"), List.of("XJ:finance"));
            complete(regionTask("XJ:leader"), withVariables("decision", "APPROVE"));
            complete(regionTask("XJ:finance"), withVariables("decision", "APPROVE"));

            runtimeService().createProcessInstanceQuery().processDefinitionKey("aid-project").list().forEach(p -> runtimeService().deleteProcessInstance(p.getId(), "test"));
            submitAndPassDonorAndRecipient("300000", "SERVICE_FACILITY");
            // 或签 of two roles: one task offered to both
            assertThat(candidatesOfOpenTasks()).containsExactly(List.of("XJ:finance", "XJ:leader"));
        } finally {
            repositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void waitsForASignerAddedBesideTheOthers() {
        ProcessInstance project = submitAndPassDonorAndRecipient("5000000");
        ProcessJumps jumps = new ProcessJumps(runtimeService(), repositoryService());

        assertThat(jumps.addInstance(project.getId(), "approveProposalRegion", Map.of("signerRoles", ""))).isTrue();
        Task added = taskQuery().list().stream().filter(t -> candidates(t).isEmpty()).findFirst().orElseThrow();
        taskService().setAssignee(added.getId(), "xj.leader2");

        complete(regionTask("XJ:leader"), withVariables("decision", "APPROVE"));
        complete(regionTask("XJ:finance"), withVariables("decision", "APPROVE"));
        assertThat(project).isWaitingAt("approveProposalRegion");
        complete(taskQuery().taskAssignee("xj.leader2").singleResult(), withVariables("decision", "APPROVE"));

        assertThat(project).isWaitingAtExactly("fileProposalNational");
    }

    @Test
    void goesOnWithoutAnAddedSignerWhoIsRemoved() {
        ProcessInstance project = submitAndPassDonorAndRecipient("5000000");
        ProcessJumps jumps = new ProcessJumps(runtimeService(), repositoryService());
        jumps.addInstance(project.getId(), "approveProposalRegion", Map.of("signerRoles", ""));
        Task added = taskQuery().list().stream().filter(t -> candidates(t).isEmpty()).findFirst().orElseThrow();

        String instance = runtimeService().getActivityInstance(project.getId()).getActivityInstances("approveProposalRegion")[0]
                .getId();
        String addedInstance = java.util.Arrays.stream(runtimeService().getActivityInstance(project.getId())
                        .getActivityInstances("approveProposalRegion"))
                .filter(a -> List.of(a.getExecutionIds()).contains(added.getExecutionId())).findFirst().orElseThrow().getId();
        assertThat(instance).isNotNull();
        jumps.cancel(project.getId(), addedInstance);
        complete(regionTask("XJ:leader"), withVariables("decision", "APPROVE"));
        complete(regionTask("XJ:finance"), withVariables("decision", "APPROVE"));

        assertThat(project).isWaitingAtExactly("fileProposalNational");
    }

    @Test
    void returnsToAnEarlierStepWithTheVariablesKept() {
        ProcessInstance project = submitAndPassDonorAndRecipient("5000000");
        complete(regionTask("XJ:leader"), withVariables("decision", "APPROVE"));
        ProcessJumps jumps = new ProcessJumps(runtimeService(), repositoryService());

        jumps.jump(project.getProcessDefinitionId(), project.getId(), "approveProposalDonor");

        assertThat(project).isWaitingAtExactly("approveProposalDonor");
        assertThat(taskQuery().taskDefinitionKey("approveProposalRegion").count()).isZero();
        assertThat(runtimeService().getVariables(project.getId())).containsEntry("budget", "5000000")
                .containsEntry("signMode", "ALL");

        // resumed here: the donor's approval goes straight back to the whole region step, both signers again
        complete(taskQuery().singleResult(), withVariables("decision", "APPROVE"));
        jumps.jump(project.getProcessDefinitionId(), project.getId(), "approveProposalRegion");
        assertThat(candidatesOfOpenTasks()).containsExactlyInAnyOrder(List.of("XJ:leader"), List.of("XJ:finance"));
        assertThat(project).isWaitingAt("approveProposalRegion");
    }

    @Test
    void returnsFromTheNationalFilingToTheRecipient() {
        ProcessInstance project = submitAndPassDonorAndRecipient("5000000");
        complete(regionTask("XJ:leader"), withVariables("decision", "APPROVE"));
        complete(regionTask("XJ:finance"), withVariables("decision", "APPROVE"));
        assertThat(project).isWaitingAtExactly("fileProposalNational");

        new ProcessJumps(runtimeService(), repositoryService())
                .jump(project.getProcessDefinitionId(), project.getId(), "reviewProposalRecipient");

        assertThat(project).isWaitingAtExactly("reviewProposalRecipient");
        complete(taskQuery().singleResult(), withVariables("decision", "APPROVE"));
        // not resumed: it walks every step again
        assertThat(project).hasPassed("routeApproval").isWaitingAt("approveProposalRegion");
    }

    private static ProcessInstance submitAndPassDonorAndRecipient(String budget) {
        return submitAndPassDonorAndRecipient(budget, "RELIEF");
    }

    private static ProcessInstance submitAndPassDonorAndRecipient(String budget, String typeGroup) {
        ProcessInstance project = runtimeService().startProcessInstanceByKey("aid-project", CODE, withVariables(
                "projectId", 11L, "projectCode", CODE, "agreementId", 1L, "donorUnion", "BJ", "recipientUnion", "XJ-HT",
                "regionUnion", "XJ", "budget", budget, "typeGroup", typeGroup, "trancheCount", 1));
        complete(taskQuery().singleResult(), withVariables("decision", "APPROVE"));
        complete(taskQuery().singleResult(), withVariables("decision", "APPROVE"));
        return project;
    }

    private static Task regionTask(String group) {
        return taskQuery().taskDefinitionKey("approveProposalRegion").taskCandidateGroup(group).singleResult();
    }

    private static List<List<String>> candidatesOfOpenTasks() {
        return taskQuery().list().stream().map(CountersignProcessTests::candidates).toList();
    }

    private static List<String> candidates(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    private static String routingTable() throws IOException {
        try (InputStream in = CountersignProcessTests.class.getResourceAsStream("/processes/approval-routing.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
