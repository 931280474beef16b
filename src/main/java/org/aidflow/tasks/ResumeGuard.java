package org.aidflow.tasks;

import java.util.Optional;

/**
 * A feature's say on whether a case returned with {@code resumeHere} (退回) may come straight back to the returner's
 * step once the step it was returned to is completed. It may not when that step changed what decided the case's
 * route: a proposal revised to a budget the routing table sends elsewhere must walk its new route, not skip it.
 */
public interface ResumeGuard {

    /**
     * Called in the completion's transaction, after the engine completed {@code completedStep}; empty when the case
     * may jump back to {@code resumeStep}, else why not (recorded in the audit trail).
     */
    Optional<String> refuses(String processInstanceId, String completedStep, String resumeStep);
}
