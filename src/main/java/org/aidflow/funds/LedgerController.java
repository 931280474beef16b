package org.aidflow.funds;

import org.aidflow.security.CurrentUser;
import org.aidflow.security.CurrentUsers;
import org.aidflow.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the whole fund ledger, for auditors and administrators. */
@RestController
class LedgerController {

    private final LedgerVerifier verifier;

    LedgerController(LedgerVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/ledger/verify")
    LedgerVerifier.Verification verify() {
        CurrentUser user = CurrentUsers.get();
        if (!user.hasRole("auditor") && !user.isAdmin()) {
            throw ApiException.forbidden();
        }
        return verifier.verify();
    }
}
