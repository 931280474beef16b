package org.aidflow.ledger;

import java.util.List;

import org.aidflow.tasks.FundedSteps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tasks of a process instance whose completion wrote a ledger entry (a transfer, a receipt, a refund). */
@Component
class LedgerFundedSteps implements FundedSteps {

    private final JdbcClient jdbc;

    LedgerFundedSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> moneyTaskIds(String processInstanceId) {
        return jdbc.sql("SELECT DISTINCT task_id FROM ledger_entry WHERE process_instance_id = ? AND task_id IS NOT NULL")
                .param(processInstanceId).query(String.class).list();
    }
}
