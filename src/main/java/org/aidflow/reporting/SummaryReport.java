package org.aidflow.reporting;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aidflow.project.ProjectStatus;
import org.aidflow.reporting.ReportQueries.ProjectRow;
import org.aidflow.reporting.Summary.Row;
import org.aidflow.reporting.Summary.Tally;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.Visibility;
import org.aidflow.security.Visibility.Scope;
import org.springframework.stereotype.Service;

/**
 * Projects and their money per type group, type, donor, recipient, focus area or status, over the
 * projects the caller may see. Rows hold only groups with at least one project counted.
 */
@Service
class SummaryReport {

    /** Rejected and withdrawn proposals never held money; counting their budgets would inflate the program. */
    static final Set<ProjectStatus> LIVE = EnumSet.complementOf(EnumSet.of(ProjectStatus.REJECTED, ProjectStatus.WITHDRAWN));

    /** A project's focus areas are stored as one list ("CULTURE,FACILITY"); few lists occur, so each is split once. */
    private static final Map<String, Set<String>> AREAS = new ConcurrentHashMap<>();

    private final ProgramFigures figures;
    private final Visibility visibility;
    private final ReportLabels labels;

    SummaryReport(ProgramFigures figures, Visibility visibility, ReportLabels labels) {
        this.figures = figures;
        this.visibility = visibility;
        this.labels = labels;
    }

    Summary summarize(CurrentUser user, GroupBy groupBy, Set<ProjectStatus> statuses) {
        Set<ProjectStatus> counted = statuses.isEmpty() ? LIVE : EnumSet.copyOf(statuses);
        Set<String> countedNames = new HashSet<>(counted.stream().map(Enum::name).toList());
        Scope scope = visibility.scope(user);
        Tally totals = new Tally();
        Map<String, Tally> groups = new HashMap<>();
        figures.visit((project, sums) -> {
            if (!countedNames.contains(project.status()) || !visible(scope, project.donor(), project.recipient())) {
                return;
            }
            totals.add(project.budgetCents(), sums);
            for (String key : keys(groupBy, project)) {
                groups.computeIfAbsent(key, k -> new Tally()).add(project.budgetCents(), sums);
            }
        });
        List<Row> rows = groups.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Tally> e) -> labels.rank(groupBy, e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(e -> e.getValue().row(e.getKey(), labels.of(groupBy, e.getKey())))
                .toList();
        return new Summary(groupBy.param(), counted.stream().map(Enum::name).toList(), rows, totals.totals());
    }

    /** The same rule as Visibility and the project list: the donor's union, or the recipient at or below the caller's. */
    static boolean visible(Scope scope, String donor, String recipient) {
        return scope == null || scope.donors().contains(donor) || scope.recipients().contains(recipient);
    }

    /** A project's group keys: one, or for focus areas each area of its list, each once. */
    private static Set<String> keys(GroupBy groupBy, ProjectRow p) {
        return switch (groupBy) {
            case TYPE_GROUP -> Set.of(p.typeGroup());
            case TYPE -> Set.of(p.type());
            case DONOR -> Set.of(p.donor());
            case RECIPIENT -> Set.of(p.recipient());
            case STATUS -> Set.of(p.status());
            case FOCUS_AREA -> areas(p.focusAreas());
        };
    }

    private static Set<String> areas(String list) {
        return AREAS.computeIfAbsent(list, l -> {
            Set<String> areas = new LinkedHashSet<>();
            for (String a : l.split(",")) {
                if (!a.isBlank()) {
                    areas.add(a.trim());
                }
            }
            return Set.copyOf(areas);
        });
    }
}
