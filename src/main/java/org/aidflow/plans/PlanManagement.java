package org.aidflow.plans;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.aidflow.agreement.Agreement;
import org.aidflow.agreement.Agreements;
import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sets an agreement's funding plan: the donor's proposer, within the agreement's years and amount. */
@Service
class PlanManagement {

    static final int MAX_YEARS = 20;

    private final FundingPlans plans;
    private final Agreements agreements;
    private final AuditTrail audit;

    PlanManagement(FundingPlans plans, Agreements agreements, AuditTrail audit) {
        this.plans = plans;
        this.agreements = agreements;
        this.audit = audit;
    }

    @Transactional
    List<PlanYear> replace(CurrentUser user, Agreement agreement, List<PlanYear> years) {
        user.requireMayChange();
        if (!user.hasRole("proposer") || !user.belongsTo(agreement.donorUnion())) {
            throw ApiException.forbidden();
        }
        check(agreement, years);
        Agreement locked = agreements.lock(agreement.id()).orElseThrow();
        if (locked.status().isFinal()) {
            throw ApiException.conflict("plan.agreementClosed");
        }
        List<PlanYear> plan = years.stream().map(y -> new PlanYear(y.year(), Checks.money(y.amount()))).toList();
        Map<Integer, BigDecimal> committed = plans.committed(agreement.id(), null);
        Set<Integer> planned = plan.stream().map(PlanYear::year).collect(Collectors.toSet());
        committed.keySet().stream().filter(y -> !planned.contains(y)).sorted().findFirst().ifPresent(y -> {
            throw ApiException.conflict("plan.yearInUse", String.valueOf(y));
        });
        PlanFigures.firstOverrun(plan, committed).ifPresent(r -> {
            throw ApiException.conflict("plan.belowCommitted", String.valueOf(r.year()), Checks.money(r.committed()).toPlainString());
        });
        plans.replace(agreement.id(), plan);
        audit.record(AuditRecord.of(AuditTrail.Subject.AGREEMENT, agreement.id(), "PLAN_SET", user.username())
                .withDetails(details(plan)));
        return plan;
    }

    private static void check(Agreement agreement, List<PlanYear> years) {
        Checks checks = new Checks();
        if (years == null) {
            checks.add("years", "field.required").throwIfAny();
        }
        checks.check(years.size() <= MAX_YEARS, "years", "plan.tooManyYears", MAX_YEARS);
        Set<Integer> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean summable = true;
        for (int i = 0; i < years.size(); i++) {
            String field = "years[" + i + "]";
            PlanYear y = years.get(i);
            if (y == null) {
                checks.add(field, "field.required");
                summable = false;
                continue;
            }
            checks.require(field + ".year", y.year()).require(field + ".amount", y.amount()).amount(field + ".amount", y.amount());
            if (y.year() != null) {
                checks.check(y.year() >= agreement.startDate().getYear() && y.year() <= agreement.endDate().getYear(),
                        field + ".year", "plan.yearOutsideAgreement",
                        String.valueOf(agreement.startDate().getYear()), String.valueOf(agreement.endDate().getYear()));
                checks.check(seen.add(y.year()), field + ".year", "plan.duplicateYear");
            }
            boolean valid = y.amount() != null && !checks.hasProblem(field + ".amount");
            summable &= valid;
            total = valid ? total.add(y.amount()) : total;
        }
        if (summable && total.compareTo(agreement.intendedAmount()) > 0) {
            checks.add("years", "plan.overIntended", Checks.money(total).toPlainString(),
                    Checks.money(agreement.intendedAmount()).toPlainString());
        }
        checks.throwIfAny();
    }

    private static String details(List<PlanYear> plan) {
        return plan.stream().map(y -> "{\"year\":" + y.year() + ",\"amount\":" + y.amount().toPlainString() + "}")
                .collect(Collectors.joining(",", "{\"years\":[", "]}"));
    }
}
