package org.aidflow.plans;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aidflow.web.Checks;

/** Reads a completion report's {@code indicatorActuals}: one actual value for each of the project's indicators. */
final class IndicatorActuals {

    private IndicatorActuals() {
    }

    static Map<String, BigDecimal> parse(Object raw, List<ProjectIndicators.Row> planned) {
        Checks checks = new Checks();
        if (raw == null) {
            checks.add("indicatorActuals", "field.required").throwIfAny();
        }
        if (!(raw instanceof List<?> list)) {
            checks.add("indicatorActuals", "field.wrongType").throwIfAny();
            return Map.of();
        }
        Set<String> codes = PerformanceRules.codes(planned);
        Map<String, BigDecimal> actuals = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "indicatorActuals[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> item) || (item.get("code") != null && !(item.get("code") instanceof String))) {
                checks.add(field, "field.wrongType");
                continue;
            }
            String code = (String) item.get("code");
            if (item.keySet().stream().anyMatch(k -> !"code".equals(k) && !"actual".equals(k))) {
                checks.add(field, "field.unknownField");
                continue;
            }
            if (code == null || !codes.contains(code)) {
                checks.add(field + ".code", code == null ? "field.required" : "indicator.notTargeted");
                continue;
            }
            if (actuals.containsKey(code)) {
                checks.add(field + ".code", "indicator.duplicate");
                continue;
            }
            BigDecimal actual = number(item.get("actual"), field + ".actual", checks);
            if (actual != null) {
                TargetRule.checkValue(checks, field + ".actual", actual, null);
                actuals.put(code, actual);
            }
        }
        for (String code : codes) {
            checks.check(actuals.containsKey(code) || checks.hasProblem("indicatorActuals"), "indicatorActuals",
                    "indicator.actualMissing", code);
        }
        checks.throwIfAny();
        return actuals;
    }

    private static BigDecimal number(Object value, String field, Checks checks) {
        if (value == null) {
            checks.add(field, "field.required");
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return new BigDecimal(value.toString());
        }
        checks.add(field, "field.notNumber");
        return null;
    }
}
