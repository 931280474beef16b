package org.aidflow.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.plans.PerformanceScore.Measured;
import org.aidflow.web.Checks;

/** Planned vs actual per indicator, and a computed score with its parts, as the forms and the project page show them. */
final class PerformanceViews {

    private PerformanceViews() {
    }

    static List<Map<String, Object>> rows(List<Measured> measured) {
        return measured.stream().map(m -> {
            Map<String, Object> row = IndicatorController.view(m.indicator());
            row.put("target", Checks.money(m.target()));
            row.put("actual", m.actual() == null ? null : Checks.money(m.actual()));
            row.put("attainment", m.actual() == null ? null
                    : PerformanceScore.attainment(m.indicator().direction(), m.target(), m.actual()));
            return row;
        }).toList();
    }

    static Map<String, Object> result(PerformanceScore.Result result) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("computedScore", result.score());
        view.put("roundedScore", result.rounded());
        Map<String, Object> parts = new LinkedHashMap<>();
        result.attainment().forEach((part, value) -> parts.put(part.name(), Map.of("weight", part.weight, "attainment", value)));
        view.put("parts", parts);
        return view;
    }
}
