package org.aidflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import org.aidflow.EngineOnlyTest;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** Which steps a return may jump to or come back to, read from the models. */
@Deployment(resources = { "processes/aid-agreement.bpmn", "processes/aid-project.bpmn" })
class ProcessJumpsTests extends EngineOnlyTest {

    @Test
    void findsTheSigningsOfAnAgreementInsideItsParallelBranches() {
        ProcessJumps jumps = new ProcessJumps(runtimeService(), repositoryService());
        String agreement = definition("aid-agreement");
        String project = definition("aid-project");

        assertThat(jumps.inParallelBranch(agreement, "signAgreementDonor")).isTrue();
        assertThat(jumps.inParallelBranch(agreement, "signAgreementRecipient")).isTrue();
        assertThat(jumps.inParallelBranch(agreement, "reviewAgreement")).isFalse();
        assertThat(jumps.inParallelBranch(agreement, "reviseAgreement")).isFalse();
        assertThat(jumps.inParallelBranch(project, "approveProposalRegion")).isFalse();
        assertThat(jumps.isMultiInstance(project, "approveProposalRegion")).isTrue();
        assertThat(jumps.isMultiInstance(project, "approveProposalDonor")).isFalse();
    }

    private static String definition(String key) {
        return repositoryService().createProcessDefinitionQuery().processDefinitionKey(key).singleResult().getId();
    }
}
