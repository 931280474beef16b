package org.aidflow.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aidflow.web.Checks;

/** Reads a revision's plan year and performance targets given as plain JSON (a task form's extra fields). */
final class ProposalInput {

    private ProposalInput() {
    }

    static Integer year(Object raw) {
        if (raw instanceof Integer year) {
            return year;
        }
        new Checks().add("planYear", "field.notInteger").throwIfAny();
        return null;
    }

    static List<IndicatorTarget> indicators(Object raw) {
        Checks checks = new Checks();
        if (!(raw instanceof List<?> list)) {
            checks.add("indicators", "field.wrongType").throwIfAny();
            return List.of();
        }
        List<IndicatorTarget> targets = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "indicators[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                checks.add(field, "field.wrongType");
                continue;
            }
            Object code = item.get("code");
            Object unit = item.get("unit");
            if ((code != null && !(code instanceof String)) || (unit != null && !(unit instanceof String))) {
                checks.add(field, "field.wrongType");
                continue;
            }
            targets.add(new IndicatorTarget((String) code, TranchePlanInput.amount(item.get("target"), field + ".target", checks),
                    (String) unit));
        }
        checks.throwIfAny();
        return targets;
    }
}
