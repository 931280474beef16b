package org.aidflow.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aidflow.project.Project;
import org.aidflow.project.Projects;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A project's progress reports, newest first, for whoever sees the project (the next tranche request shows the latest). */
@RestController
class ProgressController {

    private final ProgressReports reports;
    private final Projects projects;
    private final Visibility visibility;

    ProgressController(ProgressReports reports, Projects projects, Visibility visibility) {
        this.reports = reports;
        this.projects = projects;
        this.visibility = visibility;
    }

    @GetMapping("/api/projects/{id}/progress-reports")
    Map<String, Object> list(@PathVariable long id) {
        CurrentUser user = CurrentUsers.get();
        Project p = projects.find(id).filter(x -> visibility.canSee(user, x.donorUnion(), x.recipientUnion()))
                .orElseThrow(ApiException::notFound);
        return Map.of("items", views(reports.ofProject(p.id())));
    }

    static List<Map<String, Object>> views(List<ProgressReports.Report> reports) {
        return reports.stream().map(r -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", r.id());
            view.put("progress", r.progress());
            view.put("issues", r.issues());
            view.put("filedBy", r.filedBy());
            view.put("filedAt", r.filedAt());
            view.put("dueAt", r.dueAt());
            view.put("late", r.dueAt() != null && r.filedAt().isAfter(r.dueAt()));
            return view;
        }).toList();
    }
}
