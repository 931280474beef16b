package org.aidflow.project;

import java.util.Set;

/** Where a project stands. SUBMITTED (processes.md) passes at once into UNDER_REVIEW, so it is never stored. */
public enum ProjectStatus {
    UNDER_REVIEW, APPROVED, IN_PROGRESS, COMPLETION_REVIEW, CLOSED, FAILED, REJECTED, WITHDRAWN;

    /** Projects in these states hold no part of their agreement's intended amount. */
    static final Set<ProjectStatus> DEAD = Set.of(REJECTED, WITHDRAWN);

    /** The project's process has ended (FAILED only once its refund steps are done): nothing more happens to it. */
    public boolean isFinal() {
        return this == CLOSED || this == FAILED || this == REJECTED || this == WITHDRAWN;
    }
}
