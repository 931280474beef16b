package org.aidflow.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One tranche of a project's funding plan, numbered from 1. */
public record PlannedTranche(int trancheNo, BigDecimal amount, LocalDate plannedOn) {
}
