package org.aidflow.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** aid-tranche on its own, started the way aid-project's call activity starts it. */
@Deployment(resources = {
        "processes/aid-tranche.bpmn",
        "processes/forms/requestTranche.form",
        "processes/forms/approveTranche.form",
        "processes/forms/recordTransfer.form",
        "processes/forms/confirmReceipt.form",
        "processes/forms/investigateDiscrepancy.form" })
class TrancheProcessTests {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private static final Date NOW = Date.from(LocalDateTime.of(2025, 6, 2, 9, 0).atZone(ZoneId.systemDefault()).toInstant());

    private final TaskListener notifyOverdue = mock(TaskListener.class);

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(NOW);
        Mocks.register("notifyOverdue", notifyOverdue);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        AbstractAssertions.reset();
    }

    @Test
    void offersTheRequestToRecipientOfficerDueInTenDays() {
        ProcessInstance tranche = start();

        assertThat(tranche).isWaitingAtExactly("requestTranche").hasBusinessKey("PJ-2025-0001");
        assertThat(task()).hasCandidateGroup("XJ-HT:officer").hasDueDate(daysAfter(NOW, 10));
    }

    @Test
    void paysTrancheWhenReceiptMatchesTransfer() {
        ProcessInstance tranche = start();
        assertThat(tranche).isWaitingAtExactly("requestTranche");

        complete(task(), withVariables("amount", "300000.00", "purpose", "建设职工书屋 Build a worker library"));
        assertThat(tranche).isWaitingAtExactly("approveTranche");
        assertThat(task()).hasCandidateGroup("BJ:leader").hasDueDate(daysAfter(NOW, 10));

        complete(task(), withVariables("decision", "APPROVE"));
        assertThat(tranche).isWaitingAtExactly("recordTransfer");
        assertThat(task()).hasCandidateGroup("BJ:finance").hasDueDate(daysAfter(NOW, 15));

        complete(task(), withVariables("amount", "300000.00", "bankReference", "ICBC-20250602-0001",
                "transferredOn", "2025-06-02"));
        assertThat(tranche).isWaitingAtExactly("confirmReceipt");
        assertThat(task()).hasCandidateGroup("XJ-HT:finance").hasDueDate(daysAfter(NOW, 15));

        complete(task(), withVariables("amountReceived", "300000.00", "receivedOn", "2025-06-03",
                "receiptShortfall", false));
        assertThat(tranche).hasPassed("Gateway_ReceiptMatches", "EndEvent_TranchePaid")
                .hasNotPassed("investigateDiscrepancy").isEnded();
    }

    @Test
    void returnsRejectedRequestToRecipientOfficer() {
        ProcessInstance tranche = start();
        assertThat(tranche).isWaitingAtExactly("requestTranche");
        complete(task(), withVariables("amount", "300000.00", "purpose", "采购设备 Equipment"));
        assertThat(tranche).isWaitingAtExactly("approveTranche");

        complete(task(), withVariables("decision", "REJECT", "comment", "请附进度报告 Attach the progress report"));

        assertThat(tranche).hasPassedInOrder("approveTranche", "Gateway_TrancheDecision", "Gateway_RequestMerge")
                .hasNotPassed("recordTransfer").isWaitingAtExactly("requestTranche");
        assertThat(task()).hasCandidateGroup("XJ-HT:officer");
    }

    @Test
    void investigatesShortfallBeforeTrancheIsPaid() {
        ProcessInstance tranche = start();
        assertThat(tranche).isWaitingAtExactly("requestTranche");
        complete(task(), withVariables("amount", "300000.00", "purpose", "采购设备 Equipment"));
        assertThat(tranche).isWaitingAtExactly("approveTranche");
        complete(task(), withVariables("decision", "APPROVE"));
        assertThat(tranche).isWaitingAtExactly("recordTransfer");
        complete(task(), withVariables("amount", "300000.00", "bankReference", "ICBC-1", "transferredOn", "2025-06-02"));
        assertThat(tranche).isWaitingAtExactly("confirmReceipt");

        complete(task(), withVariables("amountReceived", "299990.00", "receivedOn", "2025-06-03", "receiptShortfall", true));

        assertThat(tranche).isWaitingAtExactly("investigateDiscrepancy");
        assertThat(task()).hasCandidateGroup("BJ:auditor").hasDueDate(daysAfter(NOW, 30));

        complete(task(), withVariables("finding", "银行手续费 Bank fee", "resolution", "援方补足 Donor tops up"));
        assertThat(tranche).hasPassed("investigateDiscrepancy", "EndEvent_TranchePaid").isEnded();
    }

    @Test
    void notifiesOverdueTransferAndKeepsItOpen() {
        ProcessInstance tranche = start();
        assertThat(tranche).isWaitingAtExactly("requestTranche");
        complete(task(), withVariables("amount", "300000.00", "purpose", "采购设备 Equipment"));
        assertThat(tranche).isWaitingAtExactly("approveTranche");
        complete(task(), withVariables("decision", "APPROVE"));
        assertThat(tranche).isWaitingAtExactly("recordTransfer");
        String transfer = task().getId();

        ClockUtil.setCurrentTime(daysAfter(NOW, 14));
        assertThat(jobQuery().timers().executable().count()).isZero();
        verifyNoInteractions(notifyOverdue);

        ClockUtil.setCurrentTime(daysAfter(NOW, 16));
        assertThat(jobQuery().timers().executable().count()).isEqualTo(1);
        execute(job());

        verify(notifyOverdue).notify(argThat(t -> "recordTransfer".equals(t.getTaskDefinitionKey())));
        assertThat(tranche).isWaitingAtExactly("recordTransfer");
        assertThat(task()).hasId(transfer);
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("aid-tranche", "PJ-2025-0001", withVariables(
                "projectId", 11L,
                "projectCode", "PJ-2025-0001",
                "agreementId", 1L,
                "donorUnion", "BJ",
                "recipientUnion", "XJ-HT",
                "regionUnion", "XJ",
                "trancheCount", 2,
                "trancheNo", 1L));
    }

    private static Date daysAfter(Date start, int days) {
        return Date.from(start.toInstant().atZone(ZoneId.systemDefault()).plusDays(days).toInstant());
    }
}
