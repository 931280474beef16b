package org.aidflow.changes;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.aidflow.project.IndicatorTarget;
import org.aidflow.project.Project;
import org.aidflow.project.ProjectManagement.Change;
import org.aidflow.project.ProjectProposal;
import org.aidflow.project.Projects;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A project's change requests: read by whoever sees the project, asked by the donor union's proposer. */
@RestController
class ChangeController {

    private final ChangeManagement management;
    private final ProjectChanges changes;
    private final ChangeViews views;
    private final Projects projects;
    private final Visibility visibility;

    ChangeController(ChangeManagement management, ProjectChanges changes, ChangeViews views, Projects projects,
                     Visibility visibility) {
        this.management = management;
        this.changes = changes;
        this.views = views;
        this.projects = projects;
        this.visibility = visibility;
    }

    record ChangeBody(String reason, BigDecimal budget, List<ProjectProposal.Tranche> tranches, List<IndicatorTarget> indicators,
                      String recipientUnion) {
    }

    @GetMapping("/api/projects/{id}/changes")
    Map<String, Object> list(@PathVariable long id) {
        Project p = visible(CurrentUsers.get(), id);
        return Map.of("items", changes.ofProject(p.id()).stream().map(views::view).toList());
    }

    @PostMapping(path = "/api/projects/{id}/changes", consumes = "application/json")
    ResponseEntity<Map<String, Object>> request(@PathVariable long id, @RequestBody ChangeBody body) {
        CurrentUser user = CurrentUsers.get();
        Project p = visible(user, id);
        if (body == null) {
            throw ApiException.badRequest("body", "field.required");
        }
        long changeId = management.request(user, p, body.reason(),
                new Change(body.budget(), body.tranches(), body.indicators(), body.recipientUnion()));
        return ResponseEntity.created(URI.create("/api/projects/" + id + "/changes"))
                .body(views.view(changes.find(changeId).orElseThrow()));
    }

    private Project visible(CurrentUser user, long id) {
        return projects.find(id).filter(p -> visibility.canSee(user, p.donorUnion(), p.recipientUnion()))
                .orElseThrow(ApiException::notFound);
    }
}
