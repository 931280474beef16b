package org.aidflow.reporting;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.aidflow.agreement.SignedAgreements;
import org.aidflow.agreement.SignedAgreements.Signed;
import org.aidflow.project.ProjectStatus;
import org.aidflow.project.TypeGroup;
import org.aidflow.reporting.ReportQueries.ProjectRow;
import org.aidflow.reporting.Summary.Tally;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.Visibility;
import org.aidflow.security.Visibility.Scope;
import org.springframework.stereotype.Service;

/** Builds the {@link ProgramReport} from the report figures and the agreements in force. */
@Service
class ProgramReporting {

    /** The projects the article counts as fixed (已确定援助项目): approved, and every stage after. */
    static final Set<ProjectStatus> FIXED = EnumSet.of(ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS,
            ProjectStatus.COMPLETION_REVIEW, ProjectStatus.CLOSED, ProjectStatus.FAILED);

    private final ProgramFigures figures;
    private final SignedAgreements agreements;
    private final Visibility visibility;
    private final ReportLabels labels;

    ProgramReporting(ProgramFigures figures, SignedAgreements agreements, Visibility visibility, ReportLabels labels) {
        this.figures = figures;
        this.agreements = agreements;
        this.visibility = visibility;
        this.labels = labels;
    }

    ProgramReport report(CurrentUser user) {
        Scope scope = visibility.scope(user);
        Set<String> fixed = new LinkedHashSet<>(FIXED.stream().map(Enum::name).toList());
        Tally totals = new Tally();
        Map<String, Tally> groups = new HashMap<>();
        Map<String, Tally> facilities = new HashMap<>();
        Map<String, Tally> notFixed = new HashMap<>();
        Map<String, Tally> donors = new HashMap<>();
        figures.visit((ProjectRow p, long[] sums) -> {
            if (!SummaryReport.visible(scope, p.donor(), p.recipient())) {
                return;
            }
            if (!fixed.contains(p.status())) {
                notFixed.computeIfAbsent(p.status(), k -> new Tally()).add(p.budgetCents(), sums);
                return;
            }
            totals.add(p.budgetCents(), sums);
            groups.computeIfAbsent(p.typeGroup(), k -> new Tally()).add(p.budgetCents(), sums);
            donors.computeIfAbsent(p.donor(), k -> new Tally()).add(p.budgetCents(), sums);
            if (TypeGroup.SERVICE_FACILITY.name().equals(p.typeGroup())) {
                facilities.computeIfAbsent(p.type(), k -> new Tally()).add(p.budgetCents(), sums);
            }
        });
        Map<String, Long> signedCount = new HashMap<>();
        Map<String, BigDecimal> intended = new HashMap<>();
        for (Signed a : agreements.all()) {
            if (SummaryReport.visible(scope, a.donor(), a.recipient())) {
                signedCount.merge(a.donor(), 1L, Long::sum);
                intended.merge(a.donor(), a.intendedAmount(), BigDecimal::add);
            }
        }
        Set<String> donorCodes = new LinkedHashSet<>(signedCount.keySet());
        donorCodes.addAll(donors.keySet());
        List<ProgramReport.Donor> donorRows = donorCodes.stream()
                .sorted(Comparator.comparingInt((String d) -> labels.rank(GroupBy.DONOR, d)).thenComparing(d -> d))
                .map(d -> donor(d, signedCount.getOrDefault(d, 0L), intended.getOrDefault(d, BigDecimal.ZERO),
                        donors.getOrDefault(d, new Tally()).totals()))
                .toList();
        BigDecimal intendedTotal = intended.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Summary.Totals t = totals.totals();
        return new ProgramReport(FIXED.stream().map(Enum::name).toList(),
                new ProgramReport.Totals(donorRows.size(), signedCount.values().stream().mapToLong(Long::longValue).sum(),
                        money(intendedTotal), t.projects(), t.budget(), t.transferred(), t.received(), t.spent()),
                intended.values().stream().filter(v -> v.compareTo(ProgramReport.LARGE_INTENT) > 0).count(),
                donorRows, rows(groups, GroupBy.TYPE_GROUP), rows(facilities, GroupBy.TYPE), rows(notFixed, GroupBy.STATUS));
    }

    private ProgramReport.Donor donor(String code, long agreements, BigDecimal intended, Summary.Totals t) {
        ReportLabels.Label label = labels.of(GroupBy.DONOR, code);
        return new ProgramReport.Donor(code, label.zh(), label.en(), agreements, money(intended), t.projects(), t.budget(),
                t.transferred(), t.received(), t.spent());
    }

    private List<Summary.Row> rows(Map<String, Tally> tallies, GroupBy groupBy) {
        Function<Map.Entry<String, Tally>, Summary.Row> row = e -> e.getValue().row(e.getKey(), labels.of(groupBy, e.getKey()));
        return tallies.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Tally> e) -> labels.rank(groupBy, e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(row).toList();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
