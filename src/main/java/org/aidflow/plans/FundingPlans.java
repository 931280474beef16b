package org.aidflow.plans;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agreements' plan years, and what the projects of each year commit, got approved and received in transfers. */
@Repository
class FundingPlans {

    /** Statuses that hold no share of a plan (as for the agreement's allocated amount). */
    private static final String LIVE = "status NOT IN ('REJECTED', 'WITHDRAWN')";
    /** Statuses of projects that passed their approvals. */
    private static final String APPROVED = "status NOT IN ('UNDER_REVIEW', 'REJECTED', 'WITHDRAWN')";

    private final JdbcClient jdbc;

    FundingPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanYear> of(long agreementId) {
        return jdbc.sql("SELECT plan_year, amount FROM agreement_plan_year WHERE agreement_id = ? ORDER BY plan_year")
                .param(agreementId).query((rs, n) -> new PlanYear(rs.getInt(1), rs.getBigDecimal(2))).list();
    }

    void replace(long agreementId, List<PlanYear> years) {
        jdbc.sql("DELETE FROM agreement_plan_year WHERE agreement_id = ?").param(agreementId).update();
        for (PlanYear y : years) {
            jdbc.sql("INSERT INTO agreement_plan_year (agreement_id, plan_year, amount) VALUES (?, ?, ?)")
                    .params(agreementId, y.year(), y.amount()).update();
        }
    }

    /** The budgets of the agreement's live projects per plan year, leaving out one project (or none). */
    Map<Integer, BigDecimal> committed(long agreementId, Long except) {
        return sums("SELECT plan_year, SUM(budget) FROM project WHERE agreement_id = ? AND plan_year IS NOT NULL AND "
                + LIVE + " AND id <> ? GROUP BY plan_year", agreementId, except == null ? -1L : except);
    }

    Map<Integer, BigDecimal> approved(long agreementId) {
        return sums("SELECT plan_year, SUM(budget) FROM project WHERE agreement_id = ? AND plan_year IS NOT NULL AND "
                + APPROVED + " GROUP BY plan_year", agreementId);
    }

    Map<Integer, BigDecimal> transferred(long agreementId) {
        return sums("SELECT p.plan_year, SUM(e.amount) FROM ledger_entry e JOIN project p ON p.id = e.project_id "
                + "WHERE e.agreement_id = ? AND e.entry_type = 'TRANSFER' AND p.plan_year IS NOT NULL GROUP BY p.plan_year",
                agreementId);
    }

    private Map<Integer, BigDecimal> sums(String sql, Object... params) {
        Map<Integer, BigDecimal> sums = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            sums.put(rs.getInt(1), rs.getBigDecimal(2));
        });
        return sums;
    }
}
