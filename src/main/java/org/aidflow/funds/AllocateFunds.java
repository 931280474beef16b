package org.aidflow.funds;

import org.aidflow.audit.AuditTrail;
import org.aidflow.tasks.ProcessVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** aid-project's allocateFunds step: the approved project's budget enters the ledger. */
@Component("allocateFunds")
class AllocateFunds implements JavaDelegate {

    private final FundLedger ledger;
    private final IdentityService identity;

    AllocateFunds(FundLedger ledger, IdentityService identity) {
        this.ledger = ledger;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number projectId = (Number) execution.getVariable(ProcessVariables.PROJECT_ID);
        String actor = AuditTrail.actorOf(identity.getCurrentAuthentication());
        ledger.allocate(projectId.longValue(), actor, execution.getCurrentActivityId(), execution.getProcessInstanceId());
    }
}
