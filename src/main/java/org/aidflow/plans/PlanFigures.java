package org.aidflow.plans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's years with what their projects commit, and the carry-over between them. What a year does
 * not use carries into the next: carry(first) = 0, available(y) = plan(y) + carry(y),
 * carry(y + 1) = max(0, available(y) − committed(y)). A year that uses its carry-over leaves less for
 * the years after it, so nothing is counted twice.
 */
final class PlanFigures {

    record Row(int year, BigDecimal plan, BigDecimal carryIn, BigDecimal available, BigDecimal committed) {
        boolean overrun() {
            return committed.compareTo(available) > 0;
        }
    }

    private PlanFigures() {
    }

    static List<Row> rows(List<PlanYear> plan, Map<Integer, BigDecimal> committed) {
        List<Row> rows = new ArrayList<>();
        BigDecimal carry = BigDecimal.ZERO;
        for (PlanYear y : plan.stream().sorted((a, b) -> a.year().compareTo(b.year())).toList()) {
            BigDecimal available = y.amount().add(carry);
            BigDecimal used = committed.getOrDefault(y.year(), BigDecimal.ZERO);
            rows.add(new Row(y.year(), y.amount(), carry, available, used));
            carry = available.subtract(used).max(BigDecimal.ZERO);
        }
        return rows;
    }

    /** The first year whose projects commit more than it has available, if any. */
    static Optional<Row> firstOverrun(List<PlanYear> plan, Map<Integer, BigDecimal> committed) {
        return rows(plan, committed).stream().filter(Row::overrun).findFirst();
    }
}
