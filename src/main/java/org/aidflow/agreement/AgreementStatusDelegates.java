package org.aidflow.agreement;

import org.aidflow.tasks.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The listeners aid-agreement calls as it reaches each stage; each sets one status. */
final class AgreementStatusDelegates {

    private AgreementStatusDelegates() {
    }

    abstract static class SetStatus implements JavaDelegate {

        private final AgreementManagement management;
        private final AgreementStatus status;

        SetStatus(AgreementManagement management, AgreementStatus status) {
            this.management = management;
            this.status = status;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Number id = (Number) execution.getVariable(ProcessVariables.AGREEMENT_ID);
            management.changeStatus(id.longValue(), status);
        }
    }

    @Component("markAgreementSigning")
    static class MarkSigning extends SetStatus {
        MarkSigning(AgreementManagement management) {
            super(management, AgreementStatus.SIGNING);
        }
    }

    @Component("activateAgreement")
    static class Activate extends SetStatus {
        Activate(AgreementManagement management) {
            super(management, AgreementStatus.ACTIVE);
        }
    }

    @Component("rejectAgreement")
    static class Reject extends SetStatus {
        Reject(AgreementManagement management) {
            super(management, AgreementStatus.REJECTED);
        }
    }

    @Component("withdrawAgreement")
    static class Withdraw extends SetStatus {
        Withdraw(AgreementManagement management) {
            super(management, AgreementStatus.WITHDRAWN);
        }
    }
}
