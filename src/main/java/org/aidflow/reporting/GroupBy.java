package org.aidflow.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a summary report groups projects by: the request parameter value and the project column behind it. */
enum GroupBy {
    TYPE_GROUP("typeGroup", "type_group"),
    TYPE("type", "project_type"),
    DONOR("donor", "donor_code"),
    RECIPIENT("recipient", "recipient_code"),
    /** The column holds a comma-separated list; a project counts once in each of its focus areas. */
    FOCUS_AREA("focusArea", "focus_areas"),
    STATUS("status", "status");

    private final String param;
    private final String column;

    GroupBy(String param, String column) {
        this.param = param;
        this.column = column;
    }

    String param() {
        return param;
    }

    /** A fixed column name from this enum, never from the request, so it is safe to put into SQL. */
    String column() {
        return column;
    }

    static Optional<GroupBy> of(String param) {
        return Arrays.stream(values()).filter(g -> g.param.equals(param)).findFirst();
    }

    static List<String> params() {
        return Arrays.stream(values()).map(GroupBy::param).toList();
    }
}
