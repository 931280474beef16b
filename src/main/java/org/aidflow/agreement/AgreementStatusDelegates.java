package org.aidflow.agreement;

import org.aidflow.tasks.ProcessVariables;
import org.aidflow.tasks.StatusStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners aid-agreement calls as it reaches each stage, by bean name; each sets one status. */
@Configuration(proxyBeanMethods = false)
class AgreementStatusDelegates {

    @Bean StatusStep<AgreementStatus> markAgreementSigning(AgreementManagement m) { return step(m, AgreementStatus.SIGNING); }
    @Bean StatusStep<AgreementStatus> activateAgreement(AgreementManagement m) { return step(m, AgreementStatus.ACTIVE); }
    @Bean StatusStep<AgreementStatus> rejectAgreement(AgreementManagement m) { return step(m, AgreementStatus.REJECTED); }
    @Bean StatusStep<AgreementStatus> withdrawAgreement(AgreementManagement m) { return step(m, AgreementStatus.WITHDRAWN); }

    private static StatusStep<AgreementStatus> step(AgreementManagement management, AgreementStatus status) {
        return new StatusStep<>(ProcessVariables.AGREEMENT_ID, status, management::changeStatus);
    }
}
