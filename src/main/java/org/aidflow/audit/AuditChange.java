package org.aidflow.audit;

import java.time.Instant;

/** One recorded change with its details as stored (JSON), as a change history shows it. */
public record AuditChange(long id, String action, String actor, String actorName, String details, Instant at) {
}
