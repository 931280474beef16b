package org.aidflow.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What actually happened to one requested tranche so far, as a project's detail and the tranche
 * forms show it; {@code status} is the tranche's (REQUESTED … RESOLVED), {@code shortfall} what
 * was transferred and not received (null before the receipt).
 */
public record TrancheActual(int trancheNo, String status, BigDecimal requestedAmount, String purpose,
                            String progressReport, String requestedBy, String decidedBy, BigDecimal transferredAmount,
                            String bankReference, LocalDate transferredOn, BigDecimal receivedAmount,
                            LocalDate receivedOn, BigDecimal shortfall, String finding, String resolution,
                            Instant updatedAt) {
}
