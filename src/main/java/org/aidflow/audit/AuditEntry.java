package org.aidflow.audit;

import java.time.Instant;

/** One business action, as shown in a history: who, what, when, in which task, with which decision. */
public record AuditEntry(long id, String action, String taskKey, String taskId, String processInstanceId,
                         String actor, String actorName, String decision, String comment, Instant at,
                         String onBehalfOf, String onBehalfOfName) {
}
