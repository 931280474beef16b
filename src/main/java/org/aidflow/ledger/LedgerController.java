package org.aidflow.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

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

    /** Past runs, newest first, with {@code running} true while one is under way. */
    @GetMapping("/api/ledger/verifications")
    Map<String, Object> history(@RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        auditorOrAdmin();
        PageResult<LedgerVerifications.Check> runs = verifications.latest(Paging.of(page, size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", runs.items());
        body.put("page", runs.page());
        body.put("size", runs.size());
        body.put("total", runs.total());
        body.put("running", verifications.isRunning());
        return body;
    }

    private static CurrentUser auditorOrAdmin() {
        CurrentUser user = CurrentUsers.get();
        if (!user.hasRole("auditor") && !user.isAdmin()) {
            throw ApiException.forbidden();
        }
        return user;
    }
}
