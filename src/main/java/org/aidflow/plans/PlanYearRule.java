package org.aidflow.plans;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.aidflow.project.Project;
import org.aidflow.project.ProposalRules;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A project of an agreement with a funding plan belongs to one of the plan's years, and a year's projects
 * never commit more than the year's plan and carry-over ({@link PlanFigures}): asked at proposal, at
 * revision and once more at the final approval (the plan may have changed meanwhile). An agreement
 * without a plan keeps only its overall limit.
 */
@Component
@Order(1)
class PlanYearRule implements ProposalRules {

    private final FundingPlans plans;

    PlanYearRule(FundingPlans plans) {
        this.plans = plans;
    }

    @Override
    public void check(Proposal proposal, Checks checks) {
        List<PlanYear> plan = plans.of(proposal.agreementId());
        if (plan.isEmpty()) {
            checks.check(proposal.planYear() == null, "planYear", "plan.noPlan");
            return;
        }
        checks.require("planYear", proposal.planYear());
        if (proposal.planYear() != null) {
            checks.check(plan.stream().anyMatch(y -> y.year().equals(proposal.planYear())), "planYear", "plan.yearNotPlanned",
                    String.valueOf(proposal.planYear()));
        }
    }

    @Override
    public void checkState(Proposal proposal) {
        within(proposal.agreementId(), proposal.projectId(), proposal.planYear(), proposal.budget());
    }

    @Override
    public void stored(long projectId, Proposal proposal) {
        // the plan year is a column of the project row, written with it
    }

    @Override
    public void approving(Project project) {
        within(project.agreementId(), project.id(), project.planYear(), project.budget());
    }

    private void within(long agreementId, Long projectId, Integer year, BigDecimal budget) {
        List<PlanYear> plan = plans.of(agreementId);
        if (plan.isEmpty() || year == null) {
            return;
        }
        Map<Integer, BigDecimal> committed = plans.committed(agreementId, projectId);
        committed.merge(year, budget, BigDecimal::add);
        PlanFigures.firstOverrun(plan, committed).ifPresent(r -> {
            BigDecimal left = r.available().subtract(r.committed()).add(r.year() == year ? budget : BigDecimal.ZERO);
            throw ApiException.conflict("plan.overYear", String.valueOf(r.year()), Checks.money(left.max(BigDecimal.ZERO)).toPlainString());
        });
    }
}
