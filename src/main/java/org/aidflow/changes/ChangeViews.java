package org.aidflow.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

/** A change as the project page and the approval forms show it: the approved version and the asked one side by side. */
@Component
class ChangeViews {

    private static final List<String> FIELDS = List.of("budget", "recipientUnion", "tranches", "indicators");

    private final ChangeManagement management;

    ChangeViews(ChangeManagement management) {
        this.management = management;
    }

    Map<String, Object> view(ChangeRecord c) {
        Map<String, Object> before = management.read(c.before());
        Map<String, Object> after = management.read(c.after());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", c.id());
        view.put("projectId", c.projectId());
        view.put("status", c.status());
        view.put("reason", c.reason());
        view.put("requestedBy", c.requestedBy());
        view.put("requestedAt", c.requestedAt());
        view.put("decidedAt", c.decidedAt());
        view.put("before", before);
        view.put("after", after);
        List<String> changed = new ArrayList<>();
        FIELDS.stream().filter(f -> !Objects.equals(before.get(f), after.get(f))).forEach(changed::add);
        view.put("changed", changed);
        return view;
    }
}
