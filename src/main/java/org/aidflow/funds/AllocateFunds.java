package org.aidflow.funds;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** aid-project's allocateFunds step: the approved project's budget enters the ledger. */
@Component("allocateFunds")
class AllocateFunds implements JavaDelegate {

    static final String SYSTEM = "system";

    private final FundLedger ledger;
    private final IdentityService identity;

    AllocateFunds(FundLedger ledger, IdentityService identity) {
        this.ledger = ledger;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number projectId = (Number) execution.getVariable(TrancheProcess.PROJECT_ID);
        Authentication who = identity.getCurrentAuthentication();
        String actor = who == null || who.getUserId() == null ? SYSTEM : who.getUserId();
        ledger.allocate(projectId.longValue(), actor, execution.getCurrentActivityId(), execution.getProcessInstanceId());
    }
}
