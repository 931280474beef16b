package org.aidflow.funds;

import org.aidflow.tasks.TaskReturned;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A tranche returned to its approval (退回 from the transfer before any money moved) is a request again, so that
 * the approval finds it as it expects; a return to the request replaces the request when it is made again.
 */
@Component
class TrancheReturns {

    private final RuntimeService runtime;
    private final JdbcClient jdbc;

    TrancheReturns(RuntimeService runtime, JdbcClient jdbc) {
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TaskReturned returned) {
        if (!"approveTranche".equals(returned.to()) || returned.projectId() == null) {
            return;
        }
        Object trancheNo = runtime.getVariable(returned.processInstanceId(), "trancheNo");
        if (trancheNo instanceof Number n) {
            jdbc.sql("UPDATE tranche SET status = ?, approved_by = NULL WHERE project_id = ? AND tranche_no = ? AND status = ?")
                    .params(TrancheStatus.REQUESTED.name(), returned.projectId(), n.intValue(), TrancheStatus.APPROVED.name())
                    .update();
        }
    }
}
