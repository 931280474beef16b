package org.aidflow.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.aidflow.EngineOnlyTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** aid-tranche on its own, started the way aid-project's call activity starts it. */
@Deployment(resources = "processes/aid-tranche.bpmn")
class TrancheProcessTests extends EngineOnlyTest {

    @Test
    void offersTheRequestToRecipientOfficerDueInTenDays() {
        ProcessInstance tranche = start();

        assertThat(tranche).isWaitingAtExactly("requestTranche").hasBusinessKey("PJ-2025-0001");
        assertThat(task()).hasCandidateGroup("XJ-HT:officer").hasDueDate(workingDaysAfter(NOW, 10));
    }

    @Test
    void paysTrancheWhenReceiptMatchesTransfer() {
        ProcessInstance tranche = start();
        assertThat(tranche).isWaitingAtExactly("requestTranche");

        complete(task(), withVariables("amount", "300000.00", "purpose", "建设职工书屋 Build a worker library"));
        assertThat(tranche).isWaitingAtExactly("approveTranche");
        assertThat(task()).hasCandidateGroup("BJ:leader").hasDueDate(workingDaysAfter(NOW, 10));

        complete(task(), withVariables("decision", "APPROVE"));
        assertThat(tranche).isWaitingAtExactly("recordTransfer");
        assertThat(task()).hasCandidateGroup("BJ:finance").hasDueDate(workingDaysAfter(NOW, 15));

        complete(task(), withVariables("amount", "300000.00", "bankReference", "ICBC-20250602-0001",
                "transferredOn", "2025-06-02"));
        assertThat(tranche).isWaitingAtExactly("confirmReceipt");
        assertThat(task()).hasCandidateGroup("XJ-HT:finance").hasDueDate(workingDaysAfter(NOW, 15));

        complete(task(), withVariables("amountReceived", "300000.00", "receivedOn", "2025-06-03",
                "receiptShortfall", false));
        assertThat(tranche).hasPassed("Gateway_ReceiptMatches", "EndEvent_TranchePaid")
                .hasNotPassed("investigateDiscrepancy").isEnded();
    }

    @Test
    void returnsRejectedRequestToRecipientOfficer() {
        ProcessInstance tranche = requested();

        complete(task(), withVariables("decision", "REJECT", "comment", "请附进度报告 Attach the progress report"));

        assertThat(tranche).hasPassedInOrder("approveTranche", "Gateway_TrancheDecision", "Gateway_RequestMerge")
                .hasNotPassed("recordTransfer").isWaitingAtExactly("requestTranche");
        assertThat(task()).hasCandidateGroup("XJ-HT:officer");
    }

    @Test
    void investigatesShortfallBeforeTrancheIsPaid() {
        ProcessInstance tranche = approved();
        complete(task(), withVariables("amount", "300000.00", "bankReference", "ICBC-1", "transferredOn", "2025-06-02"));
        assertThat(tranche).isWaitingAtExactly("confirmReceipt");

        complete(task(), withVariables("amountReceived", "299990.00", "receivedOn", "2025-06-03", "receiptShortfall", true));

        assertThat(tranche).isWaitingAtExactly("investigateDiscrepancy");
        assertThat(task()).hasCandidateGroup("BJ:auditor").hasDueDate(workingDaysAfter(NOW, 30));

        complete(task(), withVariables("finding", "银行手续费 Bank fee", "resolution", "援方补足 Donor tops up"));
        assertThat(tranche).hasPassed("investigateDiscrepancy", "EndEvent_TranchePaid").isEnded();
    }

    @Test
    void notifiesOverdueTransferAndKeepsItOpen() {
        ProcessInstance tranche = approved();
        String transfer = task().getId();

        ClockUtil.setCurrentTime(workingDaysAfter(NOW, 14));
        assertThat(jobQuery().timers().executable().count()).isZero();
        verifyNoInteractions(notifyOverdue);

        ClockUtil.setCurrentTime(workingDaysAfter(NOW, 16));
        assertThat(jobQuery().timers().executable().count()).isEqualTo(1);
        execute(job());

        verify(notifyOverdue).notify(argThat(t -> "recordTransfer".equals(t.getTaskDefinitionKey())));
        assertThat(tranche).isWaitingAtExactly("recordTransfer");
        assertThat(task()).hasId(transfer);
    }

    private static ProcessInstance start() {
        return startForProject("aid-tranche", "trancheNo", 1L);
    }

    /** Started, requested, and waiting for the donor's approval. */
    private static ProcessInstance requested() {
        ProcessInstance tranche = start();
        assertThat(tranche).isWaitingAtExactly("requestTranche");
        complete(task(), withVariables("amount", "300000.00", "purpose", "采购设备 Equipment"));
        assertThat(tranche).isWaitingAtExactly("approveTranche");
        return tranche;
    }

    /** Requested, approved, and waiting for the donor's finance to record the transfer. */
    private static ProcessInstance approved() {
        ProcessInstance tranche = requested();
        complete(task(), withVariables("decision", "APPROVE"));
        assertThat(tranche).isWaitingAtExactly("recordTransfer");
        return tranche;
    }
}
