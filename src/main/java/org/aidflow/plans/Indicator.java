package org.aidflow.plans;

import java.util.List;

import org.aidflow.project.ProjectType;

/** One indicator of the catalogue: its category, names, unit, which way is better, and the projects that may choose it. */
record Indicator(String code, IndicatorCategory category, String nameZh, String nameEn, String unit, Direction direction,
                 List<String> typeGroups, List<String> types) {

    enum Direction { GE, LE }

    Indicator {
        typeGroups = typeGroups == null ? List.of() : List.copyOf(typeGroups);
        types = types == null ? List.of() : List.copyOf(types);
    }

    boolean appliesTo(ProjectType type) {
        return typeGroups.contains("*") || typeGroups.contains(type.group().name()) || types.contains(type.name());
    }
}
