package org.aidflow.tasks;

import java.util.List;

/**
 * The tasks of a process instance that moved money (a ledger entry recorded in their completion). A case is never
 * returned to a step before one of them: the money stays in the ledger and would be moved a second time.
 * The ledger answers it; tasks does not know the ledger.
 */
public interface FundedSteps {

    List<String> moneyTaskIds(String processInstanceId);
}
