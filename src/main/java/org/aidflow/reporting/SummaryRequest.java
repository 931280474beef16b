package org.aidflow.reporting;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aidflow.project.ProjectStatus;
import org.aidflow.web.Checks;

/** The parameters of a summary, checked: every problem of the request answered at once as a 400. */
record SummaryRequest(GroupBy groupBy, String format, Set<ProjectStatus> statuses) {

    static final List<String> FORMATS = List.of("json", "csv", "xlsx");

    /** {@code status} may repeat or list statuses separated by commas; none means the default set. */
    static SummaryRequest of(String groupBy, String format, List<String> status) {
        Checks checks = new Checks();
        Optional<GroupBy> by = GroupBy.of(groupBy);
        checks.require("groupBy", groupBy);
        if (!checks.hasProblem("groupBy")) {
            checks.check(by.isPresent(), "groupBy", "report.groupBy", String.join(", ", GroupBy.params()));
        }
        String form = format(format, checks);
        Set<ProjectStatus> statuses = EnumSet.noneOf(ProjectStatus.class);
        for (String name : status == null ? List.<String>of() : status) {
            Optional<ProjectStatus> known = Arrays.stream(ProjectStatus.values())
                    .filter(s -> s.name().equals(name.trim())).findFirst();
            known.ifPresent(statuses::add);
            checks.check(known.isPresent() || name.isBlank(), "status", "report.status", name.trim());
        }
        checks.throwIfAny();
        return new SummaryRequest(by.orElseThrow(), form, statuses);
    }

    /** A report's {@code format}: json when none is given, else one of {@link #FORMATS}. */
    static String format(String format, Checks checks) {
        String form = format == null || format.isBlank() ? "json" : format;
        checks.check(FORMATS.contains(form), "format", "report.format", String.join(", ", FORMATS));
        return form;
    }
}
