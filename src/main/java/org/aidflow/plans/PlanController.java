package org.aidflow.plans;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.agreement.Agreement;
import org.aidflow.agreement.Agreements;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An agreement's funding plan: read by whoever sees the agreement, set by the donor's proposer. */
@RestController
class PlanController {

    private final PlanManagement management;
    private final FundingPlans plans;
    private final Agreements agreements;
    private final Visibility visibility;

    PlanController(PlanManagement management, FundingPlans plans, Agreements agreements, Visibility visibility) {
        this.management = management;
        this.plans = plans;
        this.agreements = agreements;
        this.visibility = visibility;
    }

    record PlanBody(List<PlanYear> years) {
    }

    @GetMapping("/api/agreements/{id}/plan")
    Map<String, Object> show(@PathVariable long id) {
        return view(visible(CurrentUsers.get(), id));
    }

    @PutMapping(path = "/api/agreements/{id}/plan", consumes = "application/json")
    Map<String, Object> replace(@PathVariable long id, @RequestBody PlanBody body) {
        CurrentUser user = CurrentUsers.get();
        Agreement agreement = visible(user, id);
        management.replace(user, agreement, body == null ? null : body.years());
        return view(agreement);
    }

    /** Per year: plan, carry-over in, available, committed (live projects), approved, transferred. */
    private Map<String, Object> view(Agreement a) {
        List<PlanYear> plan = plans.of(a.id());
        Map<Integer, BigDecimal> approved = plans.approved(a.id());
        Map<Integer, BigDecimal> transferred = plans.transferred(a.id());
        List<Map<String, Object>> years = PlanFigures.rows(plan, plans.committed(a.id(), null)).stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", r.year());
            row.put("amount", Checks.money(r.plan()));
            row.put("carryIn", Checks.money(r.carryIn()));
            row.put("available", Checks.money(r.available()));
            row.put("committed", Checks.money(r.committed()));
            row.put("approved", Checks.money(approved.getOrDefault(r.year(), BigDecimal.ZERO)));
            row.put("transferred", Checks.money(transferred.getOrDefault(r.year(), BigDecimal.ZERO)));
            row.put("unused", Checks.money(r.available().subtract(r.committed()).max(BigDecimal.ZERO)));
            return row;
        }).toList();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("agreementId", a.id());
        view.put("intendedAmount", Checks.money(a.intendedAmount()));
        view.put("planned", Checks.money(plan.stream().map(PlanYear::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        view.put("years", years);
        return view;
    }

    private Agreement visible(CurrentUser user, long id) {
        return agreements.find(id)
                .filter(a -> visibility.canSee(user, a.donorUnion(), a.recipientUnion()))
                .orElseThrow(ApiException::notFound);
    }
}
