package org.aidflow.plans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.Checks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plan vs committed vs approved vs transferred per year, summed over the agreements with a funding plan that the
 * caller may see; carry-over and unused amounts are each agreement's own ({@link PlanFigures}), then summed.
 */
@RestController
class PlanReport {

    private static final String[] FIGURES = {"amount", "carryIn", "committed", "approved", "transferred", "unused"};

    private final JdbcClient jdbc;
    private final FundingPlans plans;
    private final Visibility visibility;

    PlanReport(JdbcClient jdbc, FundingPlans plans, Visibility visibility) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.visibility = visibility;
    }

    private record Planned(long id, String donor, String recipient) {
    }

    @GetMapping("/api/reports/plans")
    Map<String, Object> report() {
        CurrentUser user = CurrentUsers.get();
        List<Planned> agreements = jdbc.sql("SELECT DISTINCT a.id, a.donor_code, a.recipient_code FROM agreement a "
                        + "JOIN agreement_plan_year y ON y.agreement_id = a.id ORDER BY a.id")
                .query((rs, n) -> new Planned(rs.getLong(1), rs.getString(2), rs.getString(3))).list()
                .stream().filter(a -> visibility.canSee(user, a.donor(), a.recipient())).toList();
        Map<Integer, Map<String, BigDecimal>> years = new TreeMap<>();
        for (Planned a : agreements) {
            Map<Integer, BigDecimal> approved = plans.approved(a.id());
            Map<Integer, BigDecimal> transferred = plans.transferred(a.id());
            for (PlanFigures.Row r : PlanFigures.rows(plans.of(a.id()), plans.committed(a.id(), null))) {
                Map<String, BigDecimal> sums = years.computeIfAbsent(r.year(), y -> new LinkedHashMap<>());
                add(sums, "amount", r.plan());
                add(sums, "carryIn", r.carryIn());
                add(sums, "committed", r.committed());
                add(sums, "approved", approved.getOrDefault(r.year(), BigDecimal.ZERO));
                add(sums, "transferred", transferred.getOrDefault(r.year(), BigDecimal.ZERO));
                add(sums, "unused", r.available().subtract(r.committed()).max(BigDecimal.ZERO));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        years.forEach((year, sums) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year);
            for (String figure : FIGURES) {
                row.put(figure, Checks.money(sums.getOrDefault(figure, BigDecimal.ZERO).setScale(2)));
            }
            rows.add(row);
        });
        return Map.of("agreements", agreements.size(), "years", rows);
    }

    private static void add(Map<String, BigDecimal> sums, String figure, BigDecimal value) {
        sums.merge(figure, value, BigDecimal::add);
    }
}
