package org.aidflow.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.plans.PerformanceScore.Measured;
import org.aidflow.project.Project;
import org.aidflow.project.Projects;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A project's performance targets, planned vs actual, the score they compute to and the score the audit gave. */
@RestController
class PerformanceController {

    private final Projects projects;
    private final ProjectPerformance performance;
    private final Visibility visibility;

    PerformanceController(Projects projects, ProjectPerformance performance, Visibility visibility) {
        this.projects = projects;
        this.performance = performance;
        this.visibility = visibility;
    }

    @GetMapping("/api/projects/{id}/performance")
    Map<String, Object> show(@PathVariable long id) {
        CurrentUser user = CurrentUsers.get();
        Project p = projects.find(id).filter(x -> visibility.canSee(user, x.donorUnion(), x.recipientUnion()))
                .orElseThrow(ApiException::notFound);
        List<Measured> measured = performance.measured(id);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("indicators", PerformanceViews.rows(measured));
        boolean reported = measured.stream().anyMatch(m -> m.actual() != null);
        view.put("computed", reported
                ? PerformanceViews.result(PerformanceScore.of(measured, p.budget(), performance.spent(id).orElse(null))) : null);
        view.put("audit", performance.score(id).map(s -> {
            Map<String, Object> audit = new LinkedHashMap<>();
            audit.put("computedScore", s.computed());
            audit.put("score", s.given());
            audit.put("reason", s.reason());
            audit.put("auditedBy", s.auditedBy());
            return audit;
        }).orElse(null));
        return view;
    }
}
