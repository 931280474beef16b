package org.aidflow.plans;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aidflow.project.IndicatorTarget;
import org.aidflow.project.ProjectType;
import org.aidflow.project.ProposalRules;
import org.aidflow.web.Checks;
import org.aidflow.web.InputRules;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A proposal's performance targets (绩效目标): indicators of the catalogue that apply to the project's type,
 * each once, in the catalogue's unit, with a target of at most two decimals (a percentage at most 100).
 * Targets are optional, so that proposals made before the catalogue keep working.
 */
@Component
@Order(2)
class TargetRule implements ProposalRules {

    static final int MAX_INDICATORS = 30;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorCatalogue catalogue;
    private final ProjectIndicators indicators;

    TargetRule(IndicatorCatalogue catalogue, ProjectIndicators indicators) {
        this.catalogue = catalogue;
        this.indicators = indicators;
    }

    @Override
    public void check(Proposal proposal, Checks checks) {
        List<IndicatorTarget> targets = proposal.indicators();
        checks.check(targets.size() <= MAX_INDICATORS, "indicators", "indicator.tooMany", MAX_INDICATORS);
        ProjectType type = known(proposal.type());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            String field = "indicators[" + i + "]";
            IndicatorTarget t = targets.get(i);
            if (t == null) {
                checks.add(field, "field.required");
                continue;
            }
            checks.require(field + ".code", t.code()).require(field + ".unit", t.unit()).require(field + ".target", t.target());
            Indicator indicator = catalogue.find(t.code()).orElse(null);
            if (t.code() != null) {
                checks.check(indicator != null, field + ".code", "indicator.unknown");
                checks.check(indicator == null || type == null || indicator.appliesTo(type), field + ".code", "indicator.notForType");
                checks.check(seen.add(t.code()), field + ".code", "indicator.duplicate");
            }
            if (indicator != null && t.unit() != null) {
                checks.check(indicator.unit().equals(t.unit()), field + ".unit", "indicator.wrongUnit", indicator.unit());
            }
            if (t.target() != null) {
                checkValue(checks, field + ".target", t.target(), indicator);
            }
        }
    }

    /** A target or an actual value: zero or more, two decimals at most, a percentage at most 100. */
    static void checkValue(Checks checks, String field, BigDecimal value, Indicator indicator) {
        String shape = InputRules.number(value);
        if (shape != null) {
            checks.add(field, shape);
            return;
        }
        checks.check(value.signum() >= 0, field, "field.belowMin", 0)
                .check(value.stripTrailingZeros().scale() <= 2, field, "amount.tooManyDecimals")
                .check(value.compareTo(Checks.MAX_AMOUNT) <= 0, field, "amount.tooLarge");
        if (indicator != null && "PERCENT".equals(indicator.unit())) {
            checks.check(value.compareTo(HUNDRED) <= 0, field, "field.aboveMax", 100);
        }
    }

    @Override
    public void checkState(Proposal proposal) {
        // targets hold no shared state
    }

    @Override
    public void stored(long projectId, Proposal proposal) {
        indicators.replace(projectId, proposal.indicators().stream()
                .map(t -> new IndicatorTarget(t.code(), t.target().setScale(2, java.math.RoundingMode.UNNECESSARY), t.unit()))
                .toList());
    }

    @Override
    public List<IndicatorTarget> targets(long projectId) {
        return indicators.of(projectId).stream().map(r -> new IndicatorTarget(r.code(), r.target(), r.unit())).toList();
    }

    private static ProjectType known(String type) {
        try {
            return type == null ? null : ProjectType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
