package org.aidflow.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aidflow.plans.IndicatorCategory.Part;

/**
 * The performance score from indicator attainment with the standard weights: output 50, benefit 30,
 * satisfaction 10, budget execution 10. An indicator's attainment is actual/target for "the more the better"
 * and target/actual for "the less the better", at most 1; a part scores its weight times the mean attainment
 * of its indicators. Parts without indicators are left out and the others scaled up to 100.
 */
final class PerformanceScore {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Measured(Indicator indicator, BigDecimal target, BigDecimal actual) {
    }

    /** The score (0–100, two decimals) and each part's mean attainment (0–1). */
    record Result(BigDecimal score, Map<Part, BigDecimal> attainment) {
        int rounded() {
            return score.setScale(0, RoundingMode.HALF_UP).intValueExact();
        }
    }

    private PerformanceScore() {
    }

    static BigDecimal attainment(Indicator.Direction direction, BigDecimal target, BigDecimal actual) {
        if (actual == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal value;
        if (direction == Indicator.Direction.GE) {
            value = target.signum() == 0 ? ONE : actual.divide(target, 4, RoundingMode.HALF_UP);
        } else {
            value = actual.compareTo(target) <= 0 ? ONE : target.divide(actual, 4, RoundingMode.HALF_UP);
        }
        return value.min(ONE).setScale(4, RoundingMode.HALF_UP);
    }

    static Result of(List<Measured> measured, BigDecimal budget, BigDecimal spent) {
        Map<Part, BigDecimal> sums = new EnumMap<>(Part.class);
        Map<Part, Integer> counts = new EnumMap<>(Part.class);
        for (Measured m : measured) {
            Part part = m.indicator().category().part;
            sums.merge(part, attainment(m.indicator().direction(), m.target(), m.actual()), BigDecimal::add);
            counts.merge(part, 1, Integer::sum);
        }
        Map<Part, BigDecimal> attainment = new EnumMap<>(Part.class);
        sums.forEach((part, sum) -> attainment.put(part, sum.divide(BigDecimal.valueOf(counts.get(part)), 4, RoundingMode.HALF_UP)));
        if (budget != null && budget.signum() > 0 && spent != null) {
            attainment.put(Part.BUDGET_EXECUTION, spent.divide(budget, 4, RoundingMode.HALF_UP).min(ONE));
        }
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        for (Map.Entry<Part, BigDecimal> e : attainment.entrySet()) {
            weighted = weighted.add(e.getValue().multiply(BigDecimal.valueOf(e.getKey().weight)));
            weights += e.getKey().weight;
        }
        BigDecimal score = weights == 0 ? BigDecimal.ZERO
                : weighted.multiply(HUNDRED).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
        return new Result(score, attainment);
    }
}
