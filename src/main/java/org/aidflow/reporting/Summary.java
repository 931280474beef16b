package org.aidflow.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A summary report: the statuses of the projects counted, one row per group, and the totals over
 * the projects counted. With focus areas a project counts in each of its areas, so the rows may add
 * up to more than the totals, which count every project once.
 */
record Summary(String groupBy, List<String> statuses, List<Row> rows, Totals totals) {

    record Row(String key, String labelZh, String labelEn, long projects, BigDecimal budget, BigDecimal transferred,
               BigDecimal received, BigDecimal spent) {
    }

    record Totals(long projects, BigDecimal budget, BigDecimal transferred, BigDecimal received, BigDecimal spent) {
    }

    /** Sums one group while the report runs, in cents; overflow fails rather than wraps. */
    static final class Tally {

        private long projects;
        private long budget;
        private long transferred;
        private long received;
        private long spent;

        void add(long budgetCents, long[] sums) {
            projects++;
            budget = Math.addExact(budget, budgetCents);
            transferred = Math.addExact(transferred, sums[ProgramFigures.TRANSFERRED]);
            received = Math.addExact(received, sums[ProgramFigures.RECEIVED]);
            spent = Math.addExact(spent, sums[ProgramFigures.SPENT]);
        }

        Row row(String key, ReportLabels.Label label) {
            return new Row(key, label.zh(), label.en(), projects, yuan(budget), yuan(transferred), yuan(received), yuan(spent));
        }

        Totals totals() {
            return new Totals(projects, yuan(budget), yuan(transferred), yuan(received), yuan(spent));
        }

        private static BigDecimal yuan(long cents) {
            return BigDecimal.valueOf(cents, 2);
        }
    }
}
