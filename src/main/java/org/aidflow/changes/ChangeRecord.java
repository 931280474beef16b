package org.aidflow.changes;

import java.time.Instant;

/** One change request: its state, reason, the approved version before it and the version it asks for (JSON). */
record ChangeRecord(long id, long projectId, String status, String reason, String before, String after, String requestedBy,
                    Instant requestedAt, Instant decidedAt, String processInstanceId) {

    static final String PENDING = "PENDING";
    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";
}
