package org.aidflow.completion;

import java.math.BigDecimal;
import java.time.Instant;

/** A project's completion as it stands: the latest report, inspection and audit. */
record Completion(long projectId, BigDecimal actualSpending, int beneficiaries, String summary, String reportedBy,
                  Instant reportedAt, String inspectionDecision, String inspectionFindings, String inspectedBy,
                  String outcome, int rectifications, String auditDecision, Integer performanceScore,
                  String auditFindings, String auditedBy, Instant updatedAt) {
}
