package org.aidflow.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.aidflow.web.ApiException.FieldProblem;

/** Collects every problem of one request before answering, so the user sees all of them at once. */
public final class Checks {

    /** The largest amount a DECIMAL(18,2) column holds. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

    private final List<FieldProblem> problems = new ArrayList<>();

    public Checks require(String field, Object value) {
        boolean missing = value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
        if (missing) {
            add(field, "field.required");
        }
        return this;
    }

    public Checks maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, "field.tooLong", max);
        }
        return this;
    }

    /** Yuan: positive, at most two decimals, within what the ledger can hold. */
    public Checks amount(String field, BigDecimal value) {
        if (value == null) {
            return this;
        }
        String shape = InputRules.number(value);
        if (shape != null) {
            add(field, shape);
        } else if (value.signum() <= 0) {
            add(field, "amount.notPositive");
        } else if (value.stripTrailingZeros().scale() > 2) {
            add(field, "amount.tooManyDecimals");
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            add(field, "amount.tooLarge");
        }
        return this;
    }

    public Checks check(boolean ok, String field, String messageKey, Object... args) {
        if (!ok) {
            add(field, messageKey, args);
        }
        return this;
    }

    public Checks add(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, messageKey, args));
        return this;
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** Runs one set of rules, such as a form's own checks, and answers with every problem they find. */
    public static void enforce(Consumer<Checks> rules) {
        Checks checks = new Checks();
        rules.accept(checks);
        checks.throwIfAny();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    /** Amounts leave the API with scale 2 (1250000.50). */
    public static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
