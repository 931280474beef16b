package org.aidflow.funds;

import org.aidflow.tasks.EngineUser;
import org.aidflow.tasks.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** aid-project's allocateFunds step: the approved project's budget enters the ledger. */
@Component("allocateFunds")
class AllocateFunds implements JavaDelegate {

    private final FundLedger ledger;
    private final EngineUser engineUser;

    AllocateFunds(FundLedger ledger, EngineUser engineUser) {
        this.ledger = ledger;
        this.engineUser = engineUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number projectId = (Number) execution.getVariable(ProcessVariables.PROJECT_ID);
        ledger.allocate(projectId.longValue(), engineUser.current(), execution.getCurrentActivityId(),
                execution.getProcessInstanceId());
    }
}
