package org.aidflow.ledger;

import java.util.Map;

import org.aidflow.agreement.Agreements;
import org.aidflow.project.Projects;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.security.Visibility;
import org.aidflow.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Traces of money, for the parties of a project or agreement and for auditors; 404 for anyone else. */
@RestController
class TraceController {

    private final Projects projects;
    private final Agreements agreements;
    private final TraceViews views;
    private final Visibility visibility;

    TraceController(Projects projects, Agreements agreements, TraceViews views, Visibility visibility) {
        this.projects = projects;
        this.agreements = agreements;
        this.views = views;
        this.visibility = visibility;
    }

    @GetMapping("/api/projects/{id}/trace")
    Map<String, Object> project(@PathVariable long id) {
        CurrentUser user = CurrentUsers.get();
        return projects.find(id).filter(p -> visibility.canSee(user, p.donorUnion(), p.recipientUnion()))
                .map(views::of).orElseThrow(ApiException::notFound);
    }

    @GetMapping("/api/agreements/{id}/trace")
    Map<String, Object> agreement(@PathVariable long id) {
        CurrentUser user = CurrentUsers.get();
        return agreements.find(id).filter(a -> visibility.canSee(user, a.donorUnion(), a.recipientUnion()))
                .map(views::of).orElseThrow(ApiException::notFound);
    }
}
