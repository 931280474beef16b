package org.aidflow.ledger;

import java.util.List;

import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.web.ApiException;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the whole fund ledger and the log of past runs, for auditors and administrators. */
@RestController
class LedgerController {

    private final LedgerVerifications verifications;

    LedgerController(LedgerVerifications verifications) {
        this.verifications = verifications;
    }

    /** Recomputes the chain now: {"ok","entries","head","firstBadSeq",…} plus when, by whom and in how long. */
    @GetMapping("/api/ledger/verify")
    LedgerVerifications.Check verify() {
        return verifications.run(auditorOrAdmin());
    }

    /** A page of past runs, and whether one is under way. */
    record Runs(List<LedgerVerifications.Check> items, int page, int size, long total, boolean running) {
    }

    /** Past runs, newest first, with {@code running} true while one is under way. */
    @GetMapping("/api/ledger/verifications")
    Runs history(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        auditorOrAdmin();
        PageResult<LedgerVerifications.Check> runs = verifications.latest(Paging.of(page, size));
        return new Runs(runs.items(), runs.page(), runs.size(), runs.total(), verifications.isRunning());
    }

    private static CurrentUser auditorOrAdmin() {
        CurrentUser user = CurrentUsers.get();
        if (!user.hasRole("auditor") && !user.isAdmin()) {
            throw ApiException.forbidden();
        }
        return user;
    }
}
