package org.aidflow.security;

import java.util.Set;

import org.aidflow.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Who may see what (api.md): a donor union's people see what their union funds; a recipient
 * union's people see what is sited with their union or any union below it; the national
 * federation's officers and auditors see everything. Administrators see no business data.
 */
@Component
public class Visibility {

    private final Directory directory;

    Visibility(Directory directory) {
        this.directory = directory;
    }

    public boolean canSee(CurrentUser user, String donor, String recipient) {
        if (user.isNationalOverseer()) {
            return true;
        }
        if (user.unionCode() == null) {
            return false;
        }
        return user.unionCode().equals(donor) || directory.isSelfOrBelow(recipient, user.unionCode());
    }

    /** For list queries: null means "no restriction", otherwise the allowed donor and recipient codes. */
    public Scope scope(CurrentUser user) {
        if (user.isNationalOverseer()) {
            return null;
        }
        if (user.unionCode() == null) {
            return new Scope(Set.of(), Set.of());
        }
        return new Scope(Set.of(user.unionCode()), directory.selfAndBelow(user.unionCode()));
    }

    /** Rows are visible when their donor is in {@code donors} or their recipient is in {@code recipients}. */
    public record Scope(Set<String> donors, Set<String> recipients) {
    }
}
