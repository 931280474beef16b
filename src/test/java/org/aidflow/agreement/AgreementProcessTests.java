package org.aidflow.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.aidflow.EngineOnlyTest;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

@Deployment(resources = "processes/aid-agreement.bpmn")
class AgreementProcessTests extends EngineOnlyTest {

    private final JavaDelegate markAgreementSigning = delegate("markAgreementSigning");
    private final JavaDelegate activateAgreement = delegate("activateAgreement");
    private final JavaDelegate rejectAgreement = delegate("rejectAgreement");
    private final JavaDelegate withdrawAgreement = delegate("withdrawAgreement");

    @Test
    void offersReviewToRecipientLeaderDueInTenDays() {
        ProcessInstance agreement = submit();

        assertThat(agreement).isWaitingAtExactly("reviewAgreement").hasBusinessKey("AG-2025-0001");
        assertThat(task()).hasCandidateGroup("XJ-HT:leader").hasDueDate(workingDaysAfter(NOW, 10));
    }

    @Test
    void activatesAgreementWhenBothSidesHaveSigned() throws Exception {
        ProcessInstance agreement = submit();
        assertThat(agreement).isWaitingAtExactly("reviewAgreement");

        complete(task(), withVariables("decision", "APPROVE"));

        assertThat(agreement).hasPassed("Gateway_SigningFork").isWaitingAtExactly("signAgreementDonor", "signAgreementRecipient");
        verify(markAgreementSigning).execute(any());
        assertThat(task("signAgreementDonor")).hasCandidateGroup("BJ:leader").hasDueDate(workingDaysAfter(NOW, 30));
        assertThat(task("signAgreementRecipient")).hasCandidateGroup("XJ-HT:leader").hasDueDate(workingDaysAfter(NOW, 30));

        complete(task("signAgreementRecipient"), signature("阿依古丽 Ayigul"));
        assertThat(agreement).isWaitingAt("signAgreementDonor").isNotWaitingAt("signAgreementRecipient");
        verifyNoInteractions(activateAgreement);

        complete(task("signAgreementDonor"), signature("张伟 Zhang Wei"));
        assertThat(agreement).hasPassed("Gateway_SigningJoin", "EndEvent_AgreementActive").isEnded();
        verify(activateAgreement).execute(any());
        verifyNoInteractions(rejectAgreement, withdrawAgreement);
    }

    @Test
    void returnsAgreementToDonorProposerAndReviewsResubmission() throws Exception {
        ProcessInstance agreement = submit();
        assertThat(agreement).isWaitingAtExactly("reviewAgreement");

        complete(task(), withVariables("decision", "REVISE", "comment", "请补充资金计划 Add the funding plan"));

        assertThat(agreement).isWaitingAtExactly("reviseAgreement");
        assertThat(task()).hasCandidateGroup("BJ:proposer").hasDueDate(workingDaysAfter(NOW, 10));

        complete(task(), withVariables("action", "RESUBMIT"));

        assertThat(agreement).hasPassedInOrder("reviewAgreement", "reviseAgreement", "Gateway_RevisionAction", "Gateway_ReviewMerge")
                .isWaitingAtExactly("reviewAgreement");
        assertThat(task()).hasCandidateGroup("XJ-HT:leader");
        verifyNoInteractions(markAgreementSigning, withdrawAgreement, rejectAgreement);
    }

    @Test
    void withdrawsAgreementDuringRevision() throws Exception {
        ProcessInstance agreement = submit();
        assertThat(agreement).isWaitingAtExactly("reviewAgreement");
        complete(task(), withVariables("decision", "REVISE", "comment", "金额过大 Amount too large"));
        assertThat(agreement).isWaitingAtExactly("reviseAgreement");

        complete(task(), withVariables("action", "WITHDRAW"));

        assertThat(agreement).hasPassed("EndEvent_AgreementWithdrawn").isEnded();
        verify(withdrawAgreement).execute(any());
        verifyNoInteractions(markAgreementSigning, activateAgreement, rejectAgreement);
    }

    @Test
    void withdrawsAgreementWhenTheProposerAsksBeforeTheReview() throws Exception {
        ProcessInstance agreement = submit();
        assertThat(agreement).isWaitingAtExactly("reviewAgreement");

        runtimeService().createMessageCorrelation("agreementWithdrawalRequested")
                .processInstanceId(agreement.getId()).correlateWithResult();

        assertThat(agreement).hasPassed("BoundaryEvent_WithdrawnInReview", "EndEvent_AgreementWithdrawn").isEnded();
        verify(withdrawAgreement).execute(any());
        verifyNoInteractions(markAgreementSigning, activateAgreement, rejectAgreement);
        assertThat(jobQuery().count()).as("the review's overdue timer goes with it").isZero();
    }

    @Test
    void acceptsNoWithdrawalOnceTheReviewIsDone() {
        ProcessInstance agreement = submit();
        assertThat(agreement).isWaitingAtExactly("reviewAgreement");
        complete(task(), withVariables("decision", "APPROVE"));
        assertThat(agreement).isWaitingAt("signAgreementDonor", "signAgreementRecipient");

        assertThatThrownBy(() -> runtimeService()
                .createMessageCorrelation("agreementWithdrawalRequested").processInstanceId(agreement.getId())
                .correlateWithResult())
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(agreement).isNotEnded();
    }

    @Test
    void rejectsAgreement() throws Exception {
        ProcessInstance agreement = submit();
        assertThat(agreement).isWaitingAtExactly("reviewAgreement");

        complete(task(), withVariables("decision", "REJECT", "comment", "不在结对范围 Not a paired union"));

        assertThat(agreement).hasPassed("EndEvent_AgreementRejected").hasNotPassed("reviseAgreement").isEnded();
        verify(rejectAgreement).execute(any());
        verifyNoInteractions(markAgreementSigning, activateAgreement, withdrawAgreement);
    }

    @Test
    void notifiesOverdueReviewAndKeepsTaskOpen() {
        ProcessInstance agreement = submit();
        assertThat(agreement).isWaitingAtExactly("reviewAgreement");
        Task review = task();
        assertThat(jobQuery().timers().executable().count()).isZero();
        assertThat(job().getDuedate()).isEqualTo(workingDaysAfter(NOW, 10));

        ClockUtil.setCurrentTime(new Date(workingDaysAfter(NOW, 10).getTime() + 60_000));
        assertThat(jobQuery().timers().executable().count()).isEqualTo(1);
        execute(job());

        verify(notifyOverdue).notify(argThat(t -> "reviewAgreement".equals(t.getTaskDefinitionKey())));
        assertThat(agreement).isWaitingAtExactly("reviewAgreement");
        assertThat(task()).hasId(review.getId());
        assertThat(jobQuery().count()).isZero();
    }

    @Test
    void servesItsCamundaFormForTheReviewTask() throws Exception {
        assertThat(submit()).isWaitingAtExactly("reviewAgreement");

        try (InputStream form = formService().getDeployedTaskForm(task().getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"id\": \"reviewAgreement\"", "\"key\": \"decision\"", "\"key\": \"comment\"");
        }
    }

    private static ProcessInstance submit() {
        return runtimeService().startProcessInstanceByKey("aid-agreement", "AG-2025-0001", withVariables(
                "agreementId", 1L,
                "agreementCode", "AG-2025-0001",
                "donorUnion", "BJ",
                "recipientUnion", "XJ-HT"));
    }

    private static java.util.Map<String, Object> signature(String signatory) {
        return withVariables("signatory", signatory, "signedOn", "2025-06-10", "documentId", 7L);
    }
}
