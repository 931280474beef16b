package org.aidflow.project;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aidflow.project.ProjectFields.TrancheDraft;
import org.aidflow.web.Checks;
import org.aidflow.web.InputRules;

/** Reads a tranche plan given as plain JSON (a task form's extra field), field by field. */
final class TranchePlanInput {

    private TranchePlanInput() {
    }

    static List<TrancheDraft> of(List<PlannedTranche> plan) {
        return plan.stream().map(t -> new TrancheDraft(t.amount(), t.plannedOn())).toList();
    }

    static List<TrancheDraft> parse(Object raw) {
        Checks checks = new Checks();
        if (!(raw instanceof List<?> list)) {
            checks.add("tranches", "field.wrongType").throwIfAny();
            return List.of();
        }
        List<TrancheDraft> drafts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "tranches[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                checks.add(field, "field.wrongType");
                continue;
            }
            drafts.add(new TrancheDraft(amount(item.get("amount"), field + ".amount", checks),
                    date(item.get("plannedOn"), field + ".plannedOn", checks)));
        }
        checks.throwIfAny();
        return drafts;
    }

    /** A JSON number as an exact decimal (never through double); anything else is refused as "not a number". */
    static BigDecimal amount(Object value, String field, Checks checks) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return new BigDecimal(value.toString());
        }
        checks.add(field, "field.notNumber");
        return null;
    }

    private static LocalDate date(Object value, String field, Checks checks) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse((String) value);
            String window = InputRules.date(date);
            if (window != null) {
                checks.add(field, window);
                return null;
            }
            return date;
        } catch (ClassCastException | DateTimeParseException e) {
            checks.add(field, "field.notDate");
            return null;
        }
    }
}
