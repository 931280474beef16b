package org.aidflow.tasks;

import org.aidflow.security.CurrentUser;

/** The task being shown or completed, the process it belongs to, and who is acting. */
public record TaskContext(String taskId, String taskKey, String processInstanceId, String businessKey,
                          Long agreementId, Long projectId, CurrentUser actor) {
}
