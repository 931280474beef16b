package org.aidflow.project;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.aidflow.project.ProjectFields.TrancheDraft;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.ApiException;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Projects: submission by a donor proposer, and reading by the parties and auditors. */
@RestController
class ProjectController {

    private final ProjectManagement management;
    private final Projects projects;
    private final ProjectViews views;
    private final Visibility visibility;

    ProjectController(ProjectManagement management, Projects projects, ProjectViews views, Visibility visibility) {
        this.management = management;
        this.projects = projects;
        this.views = views;
        this.visibility = visibility;
    }

    record DraftProject(Long agreementId, String recipientUnion, String title, String type, List<String> focusAreas,
                        BigDecimal budget, List<TrancheDraft> tranches, String description,
                        BigDecimal beneficiariesPlanned, Integer planYear, List<IndicatorTarget> indicators) {
    }

    @PostMapping(path = "/api/projects", consumes = "application/json")
    ResponseEntity<Map<String, Object>> submit(@RequestBody DraftProject body) {
        if (body == null) {
            throw ApiException.badRequest("body", "field.required");
        }
        Project p = management.submit(CurrentUsers.get(), body.agreementId(), body.recipientUnion(),
                new ProjectFields(body.title(), body.type(), body.focusAreas(), body.budget(), body.description(),
                        body.beneficiariesPlanned(), body.tranches(), body.planYear(), body.indicators()));
        Map<String, Object> view = views.summary(p);
        view.put("tranches", views.tranches(p));
        return ResponseEntity.created(URI.create("/api/projects/" + p.id())).body(view);
    }

    @GetMapping("/api/projects")
    PageResult<Map<String, Object>> list(@RequestParam(required = false) String donor,
                                         @RequestParam(required = false) String recipient,
                                         @RequestParam(required = false) Long agreementId,
                                         @RequestParam(required = false) ProjectStatus status,
                                         @RequestParam(required = false) ProjectType type,
                                         @RequestParam(required = false) TypeGroup typeGroup,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return projects.list(visibility.scope(CurrentUsers.get()),
                new Projects.Filter(donor, recipient, agreementId, status, type, typeGroup, q), Paging.of(page, size))
                .map(views::summary);
    }

    @GetMapping("/api/projects/{id}")
    Map<String, Object> show(@PathVariable long id) {
        CurrentUser user = CurrentUsers.get();
        return projects.find(id)
                .filter(p -> visibility.canSee(user, p.donorUnion(), p.recipientUnion()))
                .map(views::detail)
                .orElseThrow(ApiException::notFound);
    }

    record Withdrawal(String comment) {
    }

    /** The donor proposer withdraws the proposal while the donor's approval is open; 204, then it is WITHDRAWN. */
    @PostMapping("/api/projects/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody(required = false) Withdrawal body) {
        CurrentUser user = CurrentUsers.get();
        Project project = projects.find(id)
                .filter(p -> visibility.canSee(user, p.donorUnion(), p.recipientUnion()))
                .orElseThrow(ApiException::notFound);
        management.withdraw(user, project, body == null ? null : body.comment());
        return ResponseEntity.noContent().build();
    }
}
