package org.aidflow.changes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.aidflow.EngineOnlyTest;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** aid-project-change on its own: each level the routing gives the new budget, and each way a change is refused. */
@Deployment(resources = {"processes/aid-project-change.bpmn", "processes/approval-routing.dmn"})
class ChangeProcessTests extends EngineOnlyTest {

    private final JavaDelegate applyProjectChange = delegate("applyProjectChange");
    private final JavaDelegate rejectProjectChange = delegate("rejectProjectChange");

    private static ProcessInstance request(String budget, String typeGroup) {
        return runtimeService().startProcessInstanceByKey("aid-project-change", "PJ-2025-0001", withVariables(
                "projectId", 11L, "agreementId", 1L, "donorUnion", "BJ", "recipientUnion", "XJ-HT", "regionUnion", "XJ",
                "budget", budget, "typeGroup", typeGroup, "changeId", 5L));
    }

    private static void decide(ProcessInstance instance, String decision) {
        complete(task(instance), withVariables("decision", decision));
    }

    @Test
    void appliesASmallChangeAfterDonorAndRecipient() throws Exception {
        ProcessInstance change = request("120000.00", "RELIEF");
        assertThat(change).isWaitingAtExactly("approveChangeDonor");
        assertThat(task()).hasCandidateGroup("BJ:leader").hasDueDate(workingDaysAfter(NOW, 10));
        decide(change, "APPROVE");
        assertThat(change).isWaitingAtExactly("reviewChangeRecipient");
        assertThat(task()).hasCandidateGroup("XJ-HT:officer");
        decide(change, "APPROVE");
        assertThat(change).isEnded().hasPassed("applyChange").hasNotPassed("approveChangeRegion", "fileChangeNational");
        verify(applyProjectChange).execute(any());
        verify(rejectProjectChange, never()).execute(any());
    }

    @Test
    void routesAGrownServiceFacilityToTheRegion() throws Exception {
        ProcessInstance change = request("300000.00", "SERVICE_FACILITY");
        decide(change, "APPROVE");
        decide(change, "APPROVE");
        assertThat(change).isWaitingAtExactly("approveChangeRegion");
        assertThat(task()).hasCandidateGroup("XJ:leader");
        decide(change, "APPROVE");
        assertThat(change).isEnded().hasPassed("applyChange").hasNotPassed("fileChangeNational");
    }

    @Test
    void filesALargeChangeNationally() throws Exception {
        ProcessInstance change = request("6000000.00", "SERVICE_FACILITY");
        decide(change, "APPROVE");
        decide(change, "APPROVE");
        assertThat(change).isWaitingAtExactly("approveChangeRegion");
        decide(change, "APPROVE");
        assertThat(change).isWaitingAtExactly("fileChangeNational");
        assertThat(task()).hasCandidateGroup("ACFTU:officer");
        decide(change, "APPROVE");
        assertThat(change).isEnded().hasPassed("applyChange");
    }

    @Test
    void refusesAtEveryLevel() throws Exception {
        ProcessInstance byDonor = request("120000.00", "RELIEF");
        decide(byDonor, "REJECT");
        assertThat(byDonor).isEnded().hasPassed("rejectChange").hasNotPassed("applyChange");

        ProcessInstance byRecipient = request("120000.00", "RELIEF");
        decide(byRecipient, "APPROVE");
        decide(byRecipient, "REJECT");
        assertThat(byRecipient).isEnded().hasPassed("rejectChange").hasNotPassed("applyChange");

        ProcessInstance byRegion = request("300000.00", "SERVICE_FACILITY");
        decide(byRegion, "APPROVE");
        decide(byRegion, "APPROVE");
        decide(byRegion, "REJECT");
        assertThat(byRegion).isEnded().hasPassed("rejectChange").hasNotPassed("applyChange");

        ProcessInstance byNation = request("6000000.00", "SERVICE_FACILITY");
        decide(byNation, "APPROVE");
        decide(byNation, "APPROVE");
        decide(byNation, "APPROVE");
        decide(byNation, "REJECT");
        assertThat(byNation).isEnded().hasPassed("rejectChange").hasNotPassed("applyChange");
        verify(applyProjectChange, never()).execute(any());
    }
}
