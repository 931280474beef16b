package org.aidflow.people;

import java.net.URI;
import java.util.Set;

import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The administrator's directory of people (/api/admin/people) and where tasks would find nobody
 * (/api/admin/coverage). Administrators only; they see people, never business data.
 */
@RestController
class PeopleController {

    private static final Set<String> ROLES = Set.of("proposer", "leader", "finance", "auditor", "officer", "inspector", "admin");

    private final PeopleSearch search;
    private final PeopleManagement management;
    private final Coverage coverage;

    PeopleController(PeopleSearch search, PeopleManagement management, Coverage coverage) {
        this.search = search;
        this.management = management;
        this.coverage = coverage;
    }

    /** The create and reset answers: the person, and their one-time password, shown this once. */
    record Created(@JsonUnwrapped PersonView person, String oneTimePassword) {
    }

    @GetMapping("/api/admin/people")
    PageResult<PersonView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String union,
                                @RequestParam(required = false) String role, @RequestParam(required = false) Boolean disabled,
                                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        admin();
        Paging paging = Paging.of(page, size);
        new Checks().maxLength("q", q, 100).maxLength("union", union, 16)
                .check(role == null || role.isBlank() || ROLES.contains(role), "role", "field.unknownValue")
                .throwIfAny();
        return search.search(q, union, role, disabled, paging);
    }

    @GetMapping("/api/admin/people/{username}")
    PersonView one(@PathVariable String username) {
        admin();
        return search.find(username).orElseThrow(ApiException::notFound);
    }

    @PostMapping(path = "/api/admin/people", consumes = "application/json")
    ResponseEntity<Created> create(@RequestBody(required = false) PeopleManagement.PersonInput body) {
        CurrentUser admin = admin();
        PeopleManagement.WithPassword made = management.create(admin, body == null ? empty() : body);
        return ResponseEntity.created(URI.create("/api/admin/people/" + made.person().username()))
                .body(new Created(made.person(), made.oneTimePassword()));
    }

    @PutMapping(path = "/api/admin/people/{username}", consumes = "application/json")
    PersonView update(@PathVariable String username, @RequestBody(required = false) PeopleManagement.PersonInput body) {
        return management.update(admin(), username, body == null ? empty() : body);
    }

    @PostMapping("/api/admin/people/{username}/disable")
    PersonView disable(@PathVariable String username) {
        return management.disable(admin(), username);
    }

    @PostMapping("/api/admin/people/{username}/enable")
    PersonView enable(@PathVariable String username) {
        return management.enable(admin(), username);
    }

    @PostMapping("/api/admin/people/{username}/reset")
    Created reset(@PathVariable String username) {
        PeopleManagement.WithPassword reset = management.reset(admin(), username);
        return new Created(reset.person(), reset.oneTimePassword());
    }

    @GetMapping("/api/admin/coverage")
    Coverage.Report coverage() {
        admin();
        return coverage.report();
    }

    /** Also enforced by the security configuration; checked here too so that no path slips through. */
    static CurrentUser admin() {
        CurrentUser user = CurrentUsers.get();
        if (!user.isAdmin()) {
            throw ApiException.forbidden();
        }
        return user;
    }

    private static PeopleManagement.PersonInput empty() {
        return new PeopleManagement.PersonInput(null, null, null, null, null, null, null);
    }
}
