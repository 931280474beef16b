package org.aidflow.plans;

import java.math.BigDecimal;

/** What an agreement intends to spend in one year of its plan. */
record PlanYear(Integer year, BigDecimal amount) {
}
