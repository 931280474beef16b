package org.aidflow.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One tranche of a project as it actually happened. */
record Tranche(long projectId, int trancheNo, TrancheStatus status, BigDecimal requestedAmount, String purpose,
               String progressReport, String requestedBy, String approvedBy, BigDecimal transferredAmount,
               String bankReference, LocalDate transferredOn, BigDecimal receivedAmount, LocalDate receivedOn,
               String finding, String resolution, String processInstanceId, Instant updatedAt) {
}
