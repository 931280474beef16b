package org.aidflow.agreement;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

/** Agreements: drafting by a donor proposer, and reading by the parties and auditors. */
@RestController
class AgreementController {

    private final AgreementManagement management;
    private final Agreements agreements;
    private final AgreementViews views;
    private final Visibility visibility;

    AgreementController(AgreementManagement management, Agreements agreements, AgreementViews views, Visibility visibility) {
        this.management = management;
        this.agreements = agreements;
        this.views = views;
        this.visibility = visibility;
    }

    record DraftAgreement(String recipientUnion, String title, List<String> focusAreas, BigDecimal intendedAmount,
                          LocalDate startDate, LocalDate endDate, String description) {
    }

    @PostMapping(path = "/api/agreements", consumes = "application/json")
    ResponseEntity<Map<String, Object>> draft(@RequestBody DraftAgreement body) {
        if (body == null) {
            throw ApiException.badRequest("body", "field.required");
        }
        Agreement a = management.draft(CurrentUsers.get(), body.recipientUnion(), new AgreementFields(body.title(),
                body.focusAreas(), body.intendedAmount(), body.startDate(), body.endDate(), body.description()));
        return ResponseEntity.created(URI.create("/api/agreements/" + a.id())).body(views.summary(a));
    }

    @GetMapping("/api/agreements")
    PageResult<Map<String, Object>> list(@RequestParam(required = false) String donor,
                                         @RequestParam(required = false) String recipient,
                                         @RequestParam(required = false) AgreementStatus status,
                                         @RequestParam(required = false) String q,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        return agreements.list(visibility.scope(CurrentUsers.get()),
                new Agreements.Filter(donor, recipient, status, q), Paging.of(page, size)).map(views::summary);
    }

    @GetMapping("/api/agreements/{id}")
    Map<String, Object> show(@PathVariable long id) {
        return views.detail(visible(CurrentUsers.get(), id));
    }

    record Withdrawal(String comment) {
    }

    /** The donor proposer withdraws the agreement while its review is open; 204, then it is WITHDRAWN. */
    @PostMapping("/api/agreements/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody(required = false) Withdrawal body) {
        CurrentUser user = CurrentUsers.get();
        management.withdraw(user, visible(user, id), body == null ? null : body.comment());
        return ResponseEntity.noContent().build();
    }

    private Agreement visible(CurrentUser user, long id) {
        return agreements.find(id)
                .filter(a -> visibility.canSee(user, a.donorUnion(), a.recipientUnion()))
                .orElseThrow(ApiException::notFound);
    }
}
